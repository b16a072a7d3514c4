package org.rissim.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rissim.experiment.RunResult;
import org.rissim.model.Classification;
import org.rissim.observe.Event;
import org.rissim.observe.TimeSeries;
import org.rissim.scenario.OutcomeSpec;
import org.rissim.scenario.PatternSpec;
import org.rissim.scenario.Scenario;

class DeclaredOutcomesTest {
  private static final YearMonth START = YearMonth.of(2000, 1);

  /** Four months of drift.consent 0.1, 0.3, 0.2, 0.5 and two operations, one through REG. */
  private static RunResult run() {
    TimeSeries s = new TimeSeries(List.of("drift.consent"));
    double[] drift = {0.1, 0.3, 0.2, 0.5};
    for (int t = 0; t < drift.length; t++) {
      s.add(START.plusMonths(t), Classification.STABLE, new double[] {drift[t]});
    }
    List<Event> events = List.of(
        new Event(1, START.plusMonths(1), "operation", Map.of("body", "REG", "force", 0.4)),
        new Event(3, START.plusMonths(3), "operation", Map.of("force", 0.9)));
    return new RunResult(null, 1, s, events, 0);
  }

  private static OutcomeSpec series(String stat, Optional<YearMonth> from, Optional<YearMonth> to,
      Optional<?> threshold) {
    return new OutcomeSpec("o", "", Optional.of(new PatternSpec.SeriesTest("drift.consent",
        Optional.empty(), from, to, stat, Optional.empty(), Optional.empty())), Optional.empty(),
        stat, threshold.map(t -> (Double) t));
  }

  private static OutcomeSpec event(Map<String, String> where, String measure) {
    return new OutcomeSpec("o", "", Optional.empty(), Optional.of(new PatternSpec.EventTest(
        "operation", where, Optional.empty(), Optional.empty(), false, Map.of(), 0,
        Optional.empty())), measure, Optional.empty());
  }

  private static double value(OutcomeSpec o) {
    return DeclaredOutcomes.value(o, run());
  }

  @Test
  void seriesStatisticsOverTheRunAndAWindow() {
    Optional<YearMonth> none = Optional.empty();
    assertEquals(0.5, value(series("final", none, Optional.of(START), none)), 1e-12);
    assertEquals(0.3, value(series("value", none, Optional.of(START.plusMonths(1)), none)),
        1e-12);
    assertEquals(0.275, value(series("mean", none, none, none)), 1e-12);
    assertEquals(0.2, value(series("min", Optional.of(START.plusMonths(1)), none, none)), 1e-12);
    assertEquals(0.3, value(series("max", none, Optional.of(START.plusMonths(2)), none)), 1e-12);
    assertEquals(0.4, value(series("change", none, none, none)), 1e-12);
  }

  @Test
  void firstCrossingsCountMonthsFromTheStartAndAreNanWhenNever() {
    Optional<YearMonth> none = Optional.empty();
    assertEquals(1, value(series("firstAbove", none, none, Optional.of(0.25))));
    assertEquals(3, value(series("firstAbove", Optional.of(START.plusMonths(2)), none,
        Optional.of(0.25))));
    assertEquals(0, value(series("firstBelow", none, none, Optional.of(0.15))));
    assertTrue(Double.isNaN(value(series("firstAbove", none, none, Optional.of(0.9)))));
  }

  @Test
  void eventCountsAndFirstMonths() {
    assertEquals(2, value(event(Map.of(), "count")));
    assertEquals(1, value(event(Map.of("body", "REG"), "count")));
    assertEquals(1, value(event(Map.of("body", "REG"), "firstMonth")));
    assertTrue(Double.isNaN(value(event(Map.of("body", "NONE"), "firstMonth"))));
  }

  @Test
  void anOutcomeNamedLikeABuiltInOneIsRefused() {
    Scenario s = org.rissim.experiment.Fixtures.scenario("base", "");
    OutcomeSpec clash = new OutcomeSpec("founded", "", Optional.empty(), Optional.empty(),
        "count", Optional.empty());
    assertThrows(IllegalArgumentException.class, () -> DeclaredOutcomes.names(s, List.of(clash)));
  }
}
