package org.rissim.model;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.rissim.experiment.RunResult;
import org.rissim.experiment.Simulation;
import org.rissim.scenario.Scenario;
import org.rissim.scenario.ScenarioException;
import org.rissim.scenario.ScenarioLoader;

/** The historical baseline scenario, run for its first nine years to keep tests fast. */
final class Baseline {
  /** Last month simulated by the tests. */
  static final YearMonth UNTIL = YearMonth.of(2000, 12);

  private Baseline() {}

  /** The baseline scenario as shipped in {@code scenarios/}. */
  static Scenario scenario() {
    try {
      return ScenarioLoader.load(Path.of("scenarios/psris-baseline.yaml"), List.of()).scenario();
    } catch (ScenarioException e) {
      throw new IllegalStateException(e);
    }
  }

  /** One run of the baseline to {@link #UNTIL}. */
  static RunResult run(Scenario scenario, long seed) {
    return Simulation.run(scenario, seed, Optional.of(UNTIL));
  }
}
