package org.rissim.experiment;

import java.time.YearMonth;
import java.util.Optional;
import org.rissim.scenario.Scenario;

/** Runs the model once: builds the world from a scenario, steps it month by month, records it. */
public final class Simulation {
  private Simulation() {}

  /** Runs the whole scenario with this seed. */
  public static RunResult run(Scenario scenario, long seed) {
    return run(scenario, seed, Optional.empty());
  }

  /** Runs the scenario with this seed up to and including {@code until} (default: its end). */
  public static RunResult run(Scenario scenario, long seed, Optional<YearMonth> until) {
    throw new UnsupportedOperationException("model not written yet");
  }
}
