package org.rissim.analysis.patterns;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.rissim.experiment.ExperimentException;
import org.rissim.experiment.ReplicateRunner;
import org.rissim.experiment.RunFunction;
import org.rissim.experiment.RunResult;
import org.rissim.scenario.PatternSpec;
import org.rissim.scenario.Scenario;

/**
 * Runs replicates of a scenario and evaluates its patterns in each: replicate k (0-based) uses
 * {@code Seeds.replicate(base, k)} and its outcomes are stored at index k ({@link
 * ReplicateRunner}), so the result does not depend on the thread count. Each run is evaluated on its worker and then dropped, so memory
 * does not grow with the number of replicates.
 */
public final class PatternReplication {
  private PatternReplication() {}

  /**
   * The outcomes of the scenario's patterns in every replicate, in replicate order.
   *
   * @throws ExperimentException when a run fails (its number and seed are in the message)
   */
  public static List<List<PatternOutcome>> run(Scenario scenario, long baseSeed, int reps,
      int threads, RunFunction model) throws ExperimentException {
    return run(k -> scenario, scenario.patterns(), baseSeed, reps, threads, model);
  }

  /**
   * The outcomes of {@code patterns} in every replicate, replicate k running
   * {@code scenarioOf.apply(k)} (a posterior draw, a null model) with seed
   * {@code Seeds.replicate(baseSeed, k)}.
   *
   * @throws ExperimentException when a run fails (its number and seed are in the message)
   */
  public static List<List<PatternOutcome>> run(IntFunction<Scenario> scenarioOf,
      List<PatternSpec> patterns, long baseSeed, int reps, int threads, RunFunction model)
      throws ExperimentException {
    return ReplicateRunner.run(baseSeed, reps, threads, (k, seed) -> {
      Scenario scenario = scenarioOf.apply(k);
      return () -> {
        RunResult r = model.run(scenario, seed);
        List<PatternOutcome> outcomes = new ArrayList<>(patterns.size());
        for (PatternSpec p : patterns) {
          outcomes.add(PatternEvaluator.holds(p, r));
        }
        return outcomes;
      };
    }, k -> { });
  }
}
