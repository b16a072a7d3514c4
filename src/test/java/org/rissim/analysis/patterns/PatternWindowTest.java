package org.rissim.analysis.patterns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rissim.analysis.patterns.PatternFixtures.START;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rissim.scenario.PatternSpec;
import org.rissim.scenario.PatternSpec.Anchor;
import org.rissim.scenario.PatternSpec.SeriesTest;
import org.junit.jupiter.api.Test;

/** Series windows that start at an event ({@code after}), and {@code first} before the window. */
class PatternWindowTest {
  private static PatternSpec after(Integer months, double max) {
    return new PatternSpec("a", "test", "", Optional.of(new SeriesTest("body.csto.cohesion",
        Optional.empty(), Optional.empty(), Optional.empty(), "change", Optional.empty(),
        Optional.of(max), Optional.of(new Anchor("operation", Map.of("body", "CSTO"))),
        Optional.ofNullable(months))), Optional.empty());
  }

  private static final List<org.rissim.observe.Event> EVENTS = List.of(
      PatternFixtures.event(2, "operation", Map.of("body", "CIS")),
      PatternFixtures.event(6, "operation", Map.of("body", "CSTO")),
      PatternFixtures.event(8, "operation", Map.of("body", "CSTO")));

  @Test
  void theWindowStartsAtTheFirstMatchingEventAndLastsItsMonths() {
    // Cohesion is 0.5 + 0.01 t: from month 6 to month 9 it rises by 0.03.
    PatternOutcome o = PatternEvaluator.holds(after(3, 1.0),
        PatternFixtures.run(Optional.empty(), EVENTS));
    assertTrue(o.holds(), o.reason());
    assertEquals(0.03, o.value(), 1e-12);
    assertTrue(o.reason().contains("from " + START.plusMonths(6) + " to " + START.plusMonths(9)),
        o.reason());
    assertFalse(PatternEvaluator.holds(after(3, 0.02),
        PatternFixtures.run(Optional.empty(), EVENTS)).holds());
  }

  @Test
  void aWindowBeyondTheRunEndsWithTheRun() {
    PatternOutcome o = PatternEvaluator.holds(after(100, 1.0),
        PatternFixtures.run(Optional.empty(), EVENTS));
    assertEquals(0.05, o.value(), 1e-12);
  }

  @Test
  void noAnchorEventMeansThePatternDoesNotHold() {
    PatternOutcome o = PatternEvaluator.holds(after(3, 1.0),
        PatternFixtures.run(Optional.empty(), EVENTS.subList(0, 1)));
    assertFalse(o.holds());
    assertTrue(o.reason().contains("no operation event"), o.reason());
  }

  @Test
  void firstTakesTheEarliestEventOfTheRunBeforeTheWindowIsApplied() {
    // The first CSTO operation is in month 6: "the first is in months 7-11" fails even though a
    // later one (month 8) is in that window.
    PatternSpec late = PatternFixtures.eventIn("operation", Map.of("body", "CSTO"),
        START.plusMonths(7), START.plusMonths(11), true, Map.of(), 1, null);
    assertFalse(PatternEvaluator.holds(late, PatternFixtures.run(Optional.empty(), EVENTS))
        .holds());
    PatternSpec early = PatternFixtures.eventIn("operation", Map.of("body", "CSTO"),
        START.plusMonths(5), START.plusMonths(6), true, Map.of(), 1, null);
    assertTrue(PatternEvaluator.holds(early, PatternFixtures.run(Optional.empty(), EVENTS))
        .holds());
  }
}
