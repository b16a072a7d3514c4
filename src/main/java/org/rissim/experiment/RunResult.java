package org.rissim.experiment;

import java.util.List;
import org.rissim.observe.Event;
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
 */
public record RunResult(Scenario scenario, long seed, TimeSeries series, List<Event> events,
    long wallNanos) {
  public RunResult {
    events = List.copyOf(events);
  }
}
