package org.rissim.experiment;

import java.util.LinkedHashMap;
import java.util.List;
import org.rissim.scenario.OutcomeSpec;
import org.rissim.scenario.Scenario;

/**
 * How a run's outcome measures are taken: the built-in ones, then the scenario's declared
 * outcomes, then an experiment's extra ones. Replications and sweeps run the model and write
 * what this gives; the caller supplies it ({@code org.rissim.analysis.DeclaredOutcomes.MEASUREMENT}
 * in use), so that running experiments does not depend on how outcomes are computed (the
 * packages stay acyclic, docs/STYLE and issue 16).
 */
public interface Measurement {
  /** Every measure name for a scenario and extra outcomes, in the order of {@link #measure}. */
  List<String> names(Scenario scenario, List<OutcomeSpec> extra);

  /** Every measure of a run, by name, NaN where a measure does not exist in the run. */
  LinkedHashMap<String, Double> measure(RunResult run, List<OutcomeSpec> extra);
}
