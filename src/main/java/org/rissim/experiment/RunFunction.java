package org.rissim.experiment;

import java.time.YearMonth;
import java.util.Optional;
import org.rissim.scenario.Scenario;

/** One run of a model: a scenario and a seed in, a result out ({@code Simulation::run} in use). */
@FunctionalInterface
public interface RunFunction {
  /** The model itself. */
  RunFunction MODEL = Simulation::run;

  /** The model, stopped after {@code until} when given (as {@code rissim run --until}). */
  static RunFunction until(Optional<YearMonth> until) {
    return (scenario, seed) -> Simulation.run(scenario, seed, until);
  }

  /** Runs the scenario once with this seed. */
  RunResult run(Scenario scenario, long seed) throws Exception;
}
