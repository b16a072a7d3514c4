package org.rissim.analysis.patterns;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rissim.experiment.RunResult;
import org.rissim.model.Classification;
import org.rissim.observe.Event;
import org.rissim.observe.TimeSeries;
import org.rissim.scenario.PatternSpec;
import org.rissim.scenario.PatternSpec.Condition;
import org.rissim.scenario.PatternSpec.EventTest;
import org.rissim.scenario.PatternSpec.SeriesTest;
import org.rissim.scenario.Scenario;

/** Hand-built scenarios, runs and patterns for the pattern tests. */
final class PatternFixtures {
  static final YearMonth START = YearMonth.of(2000, 1);

  private PatternFixtures() {}

  /** A 12-month scenario with only what the evaluator reads: dates, hegemon, patterns. */
  static Scenario scenario(Optional<String> hegemon, List<PatternSpec> patterns) {
    return new Scenario("tiny", "pattern fixture", START, START.plusMonths(11), hegemon, null,
        null, List.of(), List.of(), null, null, null, patterns);
  }

  /**
   * A 12-month run: {@code r.consent} = 0.1 t, {@code g.consent} = 1, {@code body.csto.cohesion}
   * missing before month 5 and 0.5 + 0.01 t after.
   */
  static TimeSeries series() {
    TimeSeries s = new TimeSeries(List.of("r.consent", "g.consent", "body.csto.cohesion"));
    for (int t = 0; t < 12; t++) {
      s.add(START.plusMonths(t), Classification.STABLE,
          new double[] {0.1 * t, 1.0, t < 5 ? Double.NaN : 0.5 + 0.01 * t});
    }
    return s;
  }

  /** An event at month index {@code tick}. */
  static Event event(int tick, String type, Map<String, Object> fields) {
    return new Event(tick, START.plusMonths(tick), type, fields);
  }

  /** A run of the scenario with the fixture series and these events. */
  static RunResult run(Optional<String> hegemon, List<Event> events) {
    return new RunResult(scenario(hegemon, List.of()), 7, series(), events, 0);
  }

  /** A series pattern. */
  static PatternSpec series(String column, Optional<String> minus, YearMonth from, YearMonth to,
      String stat, Double min, Double max) {
    return new PatternSpec("p", "test", "", Optional.of(new SeriesTest(column, minus,
        Optional.ofNullable(from), Optional.ofNullable(to), stat, Optional.ofNullable(min),
        Optional.ofNullable(max))), Optional.empty());
  }

  /** An event pattern. */
  static PatternSpec event(String type, Map<String, String> where, boolean first,
      Map<String, Condition> fields, int minCount, Integer maxCount) {
    return eventIn(type, where, null, null, first, fields, minCount, maxCount);
  }

  /** An event pattern with a window. */
  static PatternSpec eventIn(String type, Map<String, String> where, YearMonth from, YearMonth to,
      boolean first, Map<String, Condition> fields, int minCount, Integer maxCount) {
    return new PatternSpec("e", "test", "", Optional.empty(), Optional.of(new EventTest(type,
        where, Optional.ofNullable(from), Optional.ofNullable(to), first, fields, minCount,
        Optional.ofNullable(maxCount))));
  }

  /** An equality condition. */
  static Condition is(String value) {
    return new Condition(Optional.of(value), Optional.empty(), Optional.empty());
  }

  /** A numeric range condition (null = unbounded). */
  static Condition range(Double min, Double max) {
    return new Condition(Optional.empty(), Optional.ofNullable(min), Optional.ofNullable(max));
  }
}
