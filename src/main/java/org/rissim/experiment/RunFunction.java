package org.rissim.experiment;

import org.rissim.scenario.Scenario;

/** One run of a model: a scenario and a seed in, a result out ({@code Simulation::run} in use). */
@FunctionalInterface
public interface RunFunction {
  /** The model itself. */
  RunFunction MODEL = Simulation::run;

  /** Runs the scenario once with this seed. */
  RunResult run(Scenario scenario, long seed) throws Exception;
}
