package org.rissim.analysis.patterns;

import java.util.List;

/**
 * The pattern outcomes of one model's replicated runs: the scenario itself, a null model, or a
 * predictive distribution.
 *
 * @param name    the model's name in tables (e.g. the scenario's name)
 * @param removes the mechanisms the model removes (a null model); empty otherwise
 * @param runs    for every run, the outcome of every pattern in pattern order
 */
public record ModelOutcomes(String name, List<String> removes, List<List<PatternOutcome>> runs) {
  public ModelOutcomes {
    removes = List.copyOf(removes);
    runs = List.copyOf(runs);
  }
}
