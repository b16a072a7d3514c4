package org.rissim.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rissim.analysis.patterns.PatternOutcome;
import org.rissim.scenario.PatternSpec;
import org.junit.jupiter.api.Test;

/** The distance of a run from the patterns. */
class PatternDistanceTest {
  private static PatternSpec series(Double min, Double max, List<String> evidences) {
    return new PatternSpec("s", "", "", Optional.of(new PatternSpec.SeriesTest("x",
        Optional.empty(), Optional.empty(), Optional.empty(), "value", Optional.ofNullable(min),
        Optional.ofNullable(max))), Optional.empty(), evidences);
  }

  private static PatternSpec never(List<String> evidences) {
    return new PatternSpec("e", "", "", Optional.empty(), Optional.of(new PatternSpec.EventTest(
        "exit", Map.of(), Optional.empty(), Optional.empty(), false, Map.of(), 0,
        Optional.of(0))), evidences);
  }

  private static PatternOutcome outcome(boolean holds, double v) {
    return new PatternOutcome("x", holds, v, Optional.empty(), "");
  }

  @Test
  void aFailedPatternCountsOnePlusItsNormalisedGap() {
    PatternSpec band = series(0.4, 0.6, List.of("founding"));
    // Gap 0.2 over the width 0.2: delta = 0.2 / (0.2 + 0.2) = 0.5.
    assertEquals(1.5, PatternDistance.of(List.of(band), List.of(0),
        List.of(outcome(false, 0.8))), 1e-12);
    assertEquals(0, PatternDistance.of(List.of(band), List.of(0), List.of(outcome(true, 0.5))));
    // Farther is farther, without saturating; an unmeasured value counts 2.
    double far = PatternDistance.of(List.of(band), List.of(0), List.of(outcome(false, 5)));
    assertTrue(far > 1.5 && far < 2, "distance " + far);
    assertEquals(2, PatternDistance.of(List.of(band), List.of(0),
        List.of(outcome(false, Double.NaN))));
    // Two events where none may happen: surplus 2 over maxCount + 1 = 1.
    assertEquals(1 + 2.0 / 3, PatternDistance.of(List.of(never(List.of())), List.of(0),
        List.of(outcome(false, 2))), 1e-12);
  }

  @Test
  void theEvidencePatternsAreUsedWhenThereAreAny() {
    List<PatternSpec> mixed = List.of(series(0.0, null, List.of()),
        series(0.0, null, List.of("bodies")));
    assertEquals(List.of(1), PatternDistance.used(mixed));
    List<PatternSpec> constraints = List.of(series(0.0, null, List.of()), never(List.of()));
    assertEquals(List.of(0, 1), PatternDistance.used(constraints));
  }
}
