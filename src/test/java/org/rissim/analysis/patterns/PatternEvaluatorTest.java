package org.rissim.analysis.patterns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rissim.analysis.patterns.PatternFixtures.START;
import static org.rissim.analysis.patterns.PatternFixtures.event;
import static org.rissim.analysis.patterns.PatternFixtures.eventIn;
import static org.rissim.analysis.patterns.PatternFixtures.is;
import static org.rissim.analysis.patterns.PatternFixtures.range;
import static org.rissim.analysis.patterns.PatternFixtures.run;
import static org.rissim.analysis.patterns.PatternFixtures.series;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rissim.experiment.RunResult;
import org.junit.jupiter.api.Test;
import org.rissim.observe.Event;

class PatternEvaluatorTest {
  private static final RunResult PLAIN = run(Optional.empty(), List.of());

  private static PatternOutcome eval(org.rissim.scenario.PatternSpec p, RunResult r) {
    return PatternEvaluator.holds(p, r);
  }

  @Test
  void meanOverWindowIsComparedWithInclusiveBounds() {
    // r.consent over months 2..4 is 0.2, 0.3, 0.4: mean 0.3.
    PatternOutcome o = eval(series("r.consent", Optional.empty(), START.plusMonths(2),
        START.plusMonths(4), "mean", 0.3, 0.3), PLAIN);
    assertTrue(o.holds(), o.reason());
    assertEquals(0.3, o.value(), 1e-12);
    assertFalse(eval(series("r.consent", Optional.empty(), START.plusMonths(2),
        START.plusMonths(4), "mean", 0.31, null), PLAIN).holds());
  }

  @Test
  void valueUsesOnlyTheLastMonthAndDefaultsToRunEnd() {
    PatternOutcome atEnd = eval(series("r.consent", Optional.empty(), null, null, "value",
        1.05, 1.15), PLAIN);
    assertTrue(atEnd.holds(), atEnd.reason());
    assertEquals(1.1, atEnd.value(), 1e-12);
    // With stat value, a `from` outside the run is ignored.
    assertTrue(eval(series("r.consent", Optional.empty(), YearMonth.of(1990, 1),
        START.plusMonths(3), "value", 0.29, 0.31), PLAIN).holds());
  }

  @Test
  void minMaxChangeAndAbsChange() {
    assertEquals(0.0, eval(series("r.consent", Optional.empty(), null, null, "min", null, 1.0),
        PLAIN).value(), 1e-12);
    assertEquals(1.1, eval(series("r.consent", Optional.empty(), null, null, "max", null, 9.0),
        PLAIN).value(), 1e-12);
    PatternOutcome fall = eval(series("r.consent", Optional.of("g.consent"), START.plusMonths(1),
        START.plusMonths(6), "change", 0.49, 0.51), PLAIN);
    assertTrue(fall.holds(), fall.reason());
    PatternOutcome backwards = eval(series("r.consent", Optional.empty(), START.plusMonths(6),
        START.plusMonths(6), "change", 0.0, 0.0), PLAIN);
    assertTrue(backwards.holds(), backwards.reason());
    // absChange is the size of the change, whatever its sign; change keeps the sign.
    RunResult falling = run(Optional.empty(), List.of());
    PatternOutcome drift = eval(series("g.consent", Optional.of("r.consent"), START,
        START.plusMonths(10), "change", null, -0.99), falling);
    assertTrue(drift.holds(), drift.reason());
    assertEquals(-1.0, drift.value(), 1e-12);
    assertEquals(1.0, eval(series("g.consent", Optional.of("r.consent"), START,
        START.plusMonths(10), "absChange", 0.99, null), falling).value(), 1e-12);
  }

  @Test
  void minusIsSubtractedMonthByMonth() {
    // g - r at month 3 is 1 - 0.3.
    PatternOutcome o = eval(series("g.consent", Optional.of("r.consent"), null,
        START.plusMonths(3), "value", 0.69, 0.71), PLAIN);
    assertTrue(o.holds(), o.reason());
  }

  @Test
  void aggregatesSkipMonthsBeforeTheQuantityExists() {
    // cohesion exists from month 5 (0.55) to 11 (0.61): max over the whole run is 0.61.
    PatternOutcome o = eval(series("body.csto.cohesion", Optional.empty(), null, null, "max",
        0.6, null), PLAIN);
    assertTrue(o.holds(), o.reason());
    assertEquals(0.61, o.value(), 1e-12);
    PatternOutcome never = eval(series("body.csto.cohesion", Optional.empty(), START,
        START.plusMonths(4), "mean", null, 1.0), PLAIN);
    assertFalse(never.holds());
    assertTrue(Double.isNaN(never.value()));
    assertTrue(never.reason().contains("missing in every month"), never.reason());
  }

  @Test
  void valueAndChangeFailWhenTheNeededMonthIsMissing() {
    PatternOutcome value = eval(series("body.csto.cohesion", Optional.empty(), null,
        START.plusMonths(2), "value", null, 1.0), PLAIN);
    assertFalse(value.holds());
    assertTrue(value.reason().contains("missing at 2000-03"), value.reason());
    PatternOutcome change = eval(series("body.csto.cohesion", Optional.empty(), START, null,
        "change", null, 1.0), PLAIN);
    assertFalse(change.holds());
    assertTrue(change.reason().contains("missing at 2000-01"), change.reason());
  }

  @Test
  void absentColumnOrMonthOutsideTheRunFailsWithTheReason() {
    PatternOutcome column = eval(series("r.force", Optional.empty(), null, null, "mean", 0.0,
        null), PLAIN);
    assertFalse(column.holds());
    assertTrue(column.reason().contains("no column r.force"), column.reason());
    PatternOutcome month = eval(series("r.consent", Optional.empty(), START,
        YearMonth.of(2001, 6), "mean", 0.0, null), PLAIN);
    assertFalse(month.holds());
    assertTrue(month.reason().contains("2001-06 is outside the run"), month.reason());
  }

  @Test
  void unknownStatIsAnError() {
    assertThrows(IllegalArgumentException.class, () -> eval(series("r.consent", Optional.empty(),
        null, null, "median", 0.0, null), PLAIN));
  }

  private static final List<Event> OPERATIONS = List.of(
      event(1, "operation", Map.of("body", "cis", "actor", "rus", "consent", "coerced",
          "force", 0.8, "contributors", List.of("rus", "tjk"))),
      event(3, "crisis", Map.of("host", "geo")),
      event(4, "operation", Map.of("body", "cis", "actor", "rus", "consent", "host-government",
          "force", 0.3, "contributors", List.of("rus"))),
      event(8, "operation", Map.of("body", "csto", "actor", "rus", "consent", "host-government",
          "force", 0.2, "contributors", List.of("rus", "kaz", "arm"))));

  @Test
  void countsSelectedEventsMeetingEveryCondition() {
    RunResult r = run(Optional.empty(), OPERATIONS);
    PatternOutcome o = eval(event("operation", Map.of("body", "cis"), false,
        Map.of("consent", is("host-government"), "force", range(null, 0.5)), 1, null), r);
    assertTrue(o.holds(), o.reason());
    assertEquals(1, o.value());
    assertEquals(Optional.of(START.plusMonths(4)), o.firstMonth());
    PatternOutcome two = eval(event("operation", Map.of("actor", "rus"), false,
        Map.of("consent", is("host-government")), 2, 2), r);
    assertTrue(two.holds(), two.reason());
    assertEquals(Optional.of(START.plusMonths(4)), two.firstMonth());
    assertFalse(eval(event("operation", Map.of(), false, Map.of(), 4, null), r).holds());
  }

  @Test
  void firstTestsOnlyTheEarliestSelectedEvent() {
    RunResult r = run(Optional.empty(), OPERATIONS);
    // The earliest CIS operation was coerced, so "the first was host-consented" fails even though
    // a later one was.
    PatternOutcome o = eval(event("operation", Map.of("body", "cis"), true,
        Map.of("consent", is("host-government")), 1, null), r);
    assertFalse(o.holds());
    assertTrue(o.firstMonth().isEmpty());
    assertTrue(o.reason().contains("consent = host-government (was coerced)"), o.reason());
    PatternOutcome csto = eval(event("operation", Map.of("body", "csto"), true,
        Map.of("consent", is("host-government")), 1, null), r);
    assertTrue(csto.holds(), csto.reason());
    assertEquals(Optional.of(START.plusMonths(8)), csto.firstMonth());
  }

  @Test
  void maxCountZeroMeansNever() {
    RunResult r = run(Optional.empty(), OPERATIONS);
    assertTrue(eval(event("operation", Map.of("body", "osce"), false, Map.of(), 0, 0), r).holds());
    assertFalse(eval(event("operation", Map.of("body", "csto"), false, Map.of(), 0, 0), r)
        .holds());
  }

  @Test
  void windowSelectsEventsByMonthInclusive() {
    RunResult r = run(Optional.empty(), OPERATIONS);
    PatternOutcome o = eval(eventIn("operation", Map.of(), START.plusMonths(4),
        START.plusMonths(8), false, Map.of(), 2, 2), r);
    assertTrue(o.holds(), o.reason());
    assertFalse(eval(eventIn("operation", Map.of(), START.plusMonths(5), null, false, Map.of(), 2,
        null), r).holds());
  }

  @Test
  void hegemonPlaceholderIsTheScenarioHegemon() {
    RunResult withRus = run(Optional.of("rus"), OPERATIONS);
    assertTrue(eval(event("operation", Map.of("actor", PatternEvaluator.HEGEMON), false,
        Map.of(), 3, 3), withRus).holds());
    assertTrue(eval(event("operation", Map.of(), false,
        Map.of("actor", is(PatternEvaluator.HEGEMON)), 3, 3), withRus).holds());
    RunResult withKaz = run(Optional.of("kaz"), OPERATIONS);
    assertFalse(eval(event("operation", Map.of("actor", PatternEvaluator.HEGEMON), false,
        Map.of(), 1, null), withKaz).holds());
    PatternOutcome none = eval(event("operation", Map.of("actor", PatternEvaluator.HEGEMON),
        false, Map.of(), 0, null), run(Optional.empty(), OPERATIONS));
    assertFalse(none.holds());
    assertTrue(none.reason().contains("names no hegemon"), none.reason());
  }

  @Test
  void memberCountAndListSizesAreNumeric() {
    List<Event> events = List.of(event(6, "founding", Map.of("body", "csto", "founder", "rus",
        "members", List.of("rus", "arm", "blr", "kaz", "kgz", "tjk"), "memberCount", 6)));
    RunResult r = run(Optional.of("rus"), events);
    assertTrue(eval(event("founding", Map.of("founder", "$hegemon"), true,
        Map.of("memberCount", range(5.0, 7.0)), 1, null), r).holds());
    assertTrue(eval(event("founding", Map.of(), true, Map.of("members", range(6.0, 6.0)), 1,
        null), r).holds());
    assertFalse(eval(event("founding", Map.of(), true, Map.of("memberCount", range(7.0, null)),
        1, null), r).holds());
    // A list field equals a value it contains.
    assertTrue(eval(event("founding", Map.of("members", "kgz"), false, Map.of(), 1, 1), r)
        .holds());
  }

  @Test
  void numbersBooleansAndNullsCompareByValue() {
    java.util.HashMap<String, Object> fields = new java.util.HashMap<>();
    fields.put("rung", 2);
    fields.put("passed", true);
    fields.put("operation", null);
    RunResult r = run(Optional.empty(), List.of(event(2, "recognition-vote", fields)));
    assertTrue(eval(event("recognition-vote", Map.of("rung", "2.0", "passed", "true",
        "operation", "null"), false, Map.of(), 1, 1), r).holds());
    assertFalse(eval(event("recognition-vote", Map.of("passed", "false"), false, Map.of(), 1,
        null), r).holds());
    // An absent field fails a numeric condition.
    assertFalse(eval(event("recognition-vote", Map.of(), false,
        Map.of("share", range(0.0, null)), 1, null), r).holds());
  }
}
