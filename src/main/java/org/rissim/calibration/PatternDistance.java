package org.rissim.calibration;

import java.util.List;
import java.util.Optional;
import org.rissim.analysis.patterns.PatternOutcome;
import org.rissim.scenario.PatternSpec;

/**
 * The distance of one run from the patterns (docs/VALIDATION.md, "Distance"): over the patterns
 * used (those that declare {@code evidences}, or all when none does), the sum of 0 for a pattern
 * that holds and {@code 1 + delta} for one that fails, where {@code delta} in [0, 1] is the
 * normalised distance of the measured value from the violated bound. A run that fails k patterns
 * is thus at a distance in [k, 2k]; 0 means every pattern holds.
 */
public final class PatternDistance {
  private PatternDistance() {}

  /** The indices of the patterns the distance uses: the evidence patterns, or all of them. */
  public static List<Integer> used(List<PatternSpec> patterns) {
    List<Integer> evidence = java.util.stream.IntStream.range(0, patterns.size())
        .filter(p -> !patterns.get(p).evidences().isEmpty()).boxed().toList();
    return evidence.isEmpty()
        ? java.util.stream.IntStream.range(0, patterns.size()).boxed().toList() : evidence;
  }

  /** The distance of one run's outcomes (in pattern order) over the patterns {@code used}. */
  public static double of(List<PatternSpec> patterns, List<Integer> used,
      List<PatternOutcome> outcomes) {
    double d = 0;
    for (int p : used) {
      PatternOutcome o = outcomes.get(p);
      if (!o.holds()) {
        d += 1 + delta(patterns.get(p), o.value());
      }
    }
    return d;
  }

  /**
   * How far a failed pattern's measured value is from the bound it violates, in [0, 1): g / (g +
   * s), where g is the gap and s the pattern's scale: for a series, the width of the bounds (both
   * given) or max(|bound|, 0.1); for an event count, minCount (missing events) or maxCount + 1
   * (surplus events). It grows with the gap without saturating, so that the tolerance can keep
   * shrinking while most runs still fail. 1 when the quantity could not be measured.
   */
  static double delta(PatternSpec p, double v) {
    if (Double.isNaN(v)) {
      return 1;
    }
    if (p.series().isPresent()) {
      Optional<Double> min = p.series().get().min();
      Optional<Double> max = p.series().get().max();
      double gap = min.isPresent() && v < min.get() ? min.get() - v
          : max.isPresent() && v > max.get() ? v - max.get() : 0;
      double bound = min.isPresent() && v < min.get() ? min.get() : max.orElse(0.0);
      double scale = min.isPresent() && max.isPresent() && max.get() > min.get()
          ? max.get() - min.get() : Math.max(Math.abs(bound), 0.1);
      return gap / (gap + scale);
    }
    PatternSpec.EventTest t = p.event().orElseThrow();
    if (v < t.minCount()) {
      double gap = t.minCount() - v;
      return gap / (gap + Math.max(1, t.minCount()));
    }
    if (t.maxCount().isPresent() && v > t.maxCount().get()) {
      double gap = v - t.maxCount().get();
      return gap / (gap + t.maxCount().get() + 1.0);
    }
    return 0;
  }
}
