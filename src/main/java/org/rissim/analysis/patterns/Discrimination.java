package org.rissim.analysis.patterns;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;
import org.apache.commons.math3.stat.interval.ConfidenceInterval;
import org.apache.commons.math3.stat.interval.WilsonScoreInterval;
import org.rissim.scenario.PatternSpec;

/**
 * Patterns against models: the share of each pattern in the reference model (the first) and in
 * every other model, whether the pattern <em>discriminates</em> against each null model (its share
 * falls by at least {@link #FALL} under a null that removes a mechanism it evidences), each
 * pattern's label, and the joint shares (all evidence patterns together; all patterns together).
 *
 * @param patterns the patterns, in scenario order
 * @param models   the models, the reference first
 * @param shares   {@code shares.get(m).get(p)}: pattern p in model m
 * @param jointEvidence per model, the share of runs in which every pattern that declares
 *                 {@code evidences} holds (empty when no pattern declares any)
 * @param jointAll per model, the share of runs in which every pattern holds
 */
public record Discrimination(List<PatternSpec> patterns, List<ModelOutcomes> models,
    List<List<PatternShare>> shares, List<Optional<JointShare>> jointEvidence,
    List<JointShare> jointAll) {

  /** The fall of a share, from the reference to a null model, that makes a pattern evidence. */
  public static final double FALL = 0.5;

  /** A pattern's label when it discriminates against at least one of its null models. */
  public static final String EVIDENCE = "evidence";
  /** A pattern's label when it evidences nothing or discriminates against none of its nulls. */
  public static final String CONSTRAINT = "constraint";
  /** A pattern's label when it evidences mechanisms but no null model removing them was run. */
  public static final String UNTESTED = "untested";

  /** Summarises the models' outcomes; the first model is the reference. */
  public static Discrimination of(List<PatternSpec> patterns, List<ModelOutcomes> models) {
    if (models.isEmpty()) {
      throw new IllegalArgumentException("no model to summarise");
    }
    List<List<PatternShare>> shares = new ArrayList<>();
    List<Optional<JointShare>> evidence = new ArrayList<>();
    List<JointShare> all = new ArrayList<>();
    boolean anyEvidence = patterns.stream().anyMatch(p -> !p.evidences().isEmpty());
    for (ModelOutcomes m : models) {
      shares.add(PatternShares.of(patterns, m.runs()));
      all.add(joint(m.runs(), p -> true));
      evidence.add(anyEvidence
          ? Optional.of(joint(m.runs(), p -> !patterns.get(p).evidences().isEmpty()))
          : Optional.empty());
    }
    return new Discrimination(List.copyOf(patterns), List.copyOf(models), List.copyOf(shares),
        List.copyOf(evidence), List.copyOf(all));
  }

  /** The share of runs in which every pattern selected by {@code include} holds. */
  static JointShare joint(List<List<PatternOutcome>> runs, IntPredicate include) {
    int holds = 0;
    for (List<PatternOutcome> run : runs) {
      boolean allHold = true;
      for (int p = 0; p < run.size() && allHold; p++) {
        allHold = !include.test(p) || run.get(p).holds();
      }
      holds += allHold ? 1 : 0;
    }
    int n = runs.size();
    ConfidenceInterval ci = new WilsonScoreInterval().createInterval(n, holds, 0.95);
    return new JointShare(holds, n, (double) holds / n, ci.getLowerBound(), ci.getUpperBound());
  }

  /**
   * Per model, the share of runs in which every pattern labelled {@link #EVIDENCE} holds (empty
   * when no pattern discriminates against a null model run here).
   */
  public List<Optional<JointShare>> jointDiscriminating() {
    List<Integer> evidence = java.util.stream.IntStream.range(0, patterns.size())
        .filter(p -> label(p).equals(EVIDENCE)).boxed().toList();
    return models.stream().map(m -> evidence.isEmpty() ? Optional.<JointShare>empty()
        : Optional.of(joint(m.runs(), evidence::contains))).toList();
  }

  /**
   * Whether pattern p discriminates against model m: empty for the reference, for a model that
   * removes nothing, and for one that removes none of the mechanisms the pattern evidences.
   */
  public Optional<Boolean> discriminates(int p, int m) {
    ModelOutcomes model = models.get(m);
    if (m == 0 || model.removes().stream().noneMatch(patterns.get(p).evidences()::contains)) {
      return Optional.empty();
    }
    return Optional.of(shares.get(0).get(p).share() - shares.get(m).get(p).share() >= FALL - 1e-12);
  }

  /**
   * The pattern's label: {@link #EVIDENCE} when it discriminates against a null model,
   * {@link #UNTESTED} when it evidences mechanisms no model here removes, {@link #CONSTRAINT}
   * otherwise.
   */
  public String label(int p) {
    boolean tested = false;
    for (int m = 1; m < models.size(); m++) {
      Optional<Boolean> d = discriminates(p, m);
      if (d.orElse(false)) {
        return EVIDENCE;
      }
      tested |= d.isPresent();
    }
    return tested || patterns.get(p).evidences().isEmpty() ? CONSTRAINT : UNTESTED;
  }
}
