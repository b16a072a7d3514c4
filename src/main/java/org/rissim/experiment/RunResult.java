package org.rissim.experiment;

import java.util.List;
import org.rissim.observe.Event;
import org.rissim.observe.StateTable;
import org.rissim.observe.TimeSeries;
import org.rissim.scenario.Scenario;

/**
 * Everything one run of the model produced.
 *
 * @param scenario  the scenario that was run
 * @param seed      the seed of {@code SimState.random}
 * @param series    the monthly time series
 * @param events    the events, in order
 * @param wallNanos wall time of the run in nanoseconds (not part of any deterministic output)
 * @param states    every state's belief and stances by month, or null when not kept
 */
public record RunResult(Scenario scenario, long seed, TimeSeries series, List<Event> events,
    long wallNanos, StateTable states) {
  public RunResult {
    events = List.copyOf(events);
  }

  /** A result without the table of states' beliefs. */
  public RunResult(Scenario scenario, long seed, TimeSeries series, List<Event> events,
      long wallNanos) {
    this(scenario, seed, series, events, wallNanos, null);
  }

  /** The same result without the table of states' beliefs (to keep many results in memory). */
  public RunResult withoutStates() {
    return states == null ? this : new RunResult(scenario, seed, series, events, wallNanos, null);
  }
}
