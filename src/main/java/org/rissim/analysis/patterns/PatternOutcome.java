package org.rissim.analysis.patterns;

import java.time.YearMonth;
import java.util.Optional;

/**
 * Whether one run shows one pattern.
 *
 * @param pattern    the pattern's id
 * @param holds      whether the run shows the pattern
 * @param value      the measured quantity: the statistic of a series test, the count of an event
 *                   test; NaN when it could not be measured
 * @param firstMonth for event tests, the month of the earliest event meeting every condition
 *                   (empty for series tests and when no event matched)
 * @param reason     what was measured against what, or why the pattern could not be measured
 */
public record PatternOutcome(String pattern, boolean holds, double value,
    Optional<YearMonth> firstMonth, String reason) {

  /** An outcome for a pattern that could not be measured in the run (it does not hold). */
  static PatternOutcome missing(String pattern, String reason) {
    return new PatternOutcome(pattern, false, Double.NaN, Optional.empty(), reason);
  }
}
