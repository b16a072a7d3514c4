package org.rissim.gui;

import java.time.YearMonth;
import sim.engine.Schedule;

/**
 * MASON's schedule with the Console's time shown as the month, YYYY-MM (step 0 is the
 * scenario's first month), instead of the step number. Scheduling itself is MASON's, unchanged.
 */
final class DatedSchedule extends Schedule {
  private static final long serialVersionUID = 1L;

  private final YearMonth start;

  DatedSchedule(YearMonth start) {
    this.start = start;
  }

  /** The month of step {@code time}, or the Console's before/after text outside the run. */
  @Override
  public String getTimestamp(double time, String beforeSimulationString,
      String afterSimulationString) {
    if (time < EPOCH) {
      return beforeSimulationString;
    }
    if (time >= AFTER_SIMULATION) {
      return afterSimulationString;
    }
    return month(start, time);
  }

  /** The month of step {@code time} of a run starting in {@code start}. */
  static String month(YearMonth start, double time) {
    return start.plusMonths((long) Math.floor(time)).toString();
  }
}
