package org.rissim.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.rissim.experiment.Fixtures;
import org.rissim.experiment.RunResult;
import org.rissim.model.Classification;
import org.rissim.observe.Event;
import org.rissim.observe.TimeSeries;
import org.rissim.scenario.Scenario;
import org.junit.jupiter.api.Test;

class OutcomesTest {
  private static final double NAN = Double.NaN;
  private final Scenario scenario = Fixtures.scenario("t", "");

  /** Four months: drift of consent 0.1, 0.4, 0.2, 0.3; csto founded at tick 2. */
  private RunResult run(boolean founding) {
    TimeSeries s = new TimeSeries(Fixtures.COLUMNS);
    Classification[] classes = {Classification.STABLE, Classification.CHANGE_IN, Classification.CHANGE_OF, Classification.CHANGE_IN};
    double[] consent = {0.1, 0.4, 0.2, 0.3};
    for (int t = 0; t < 4; t++) {
      boolean csto = founding && t >= 2;
      s.add(YearMonth.of(2000, 1).plusMonths(t), classes[t], new double[] {consent[t], -0.1 * t,
          0.9 - t / 10.0, 0, 0.5 + t / 10.0, t == 3 ? 1 : 0, csto ? 0.8 : NAN, csto ? 2 : NAN});
    }
    List<Event> events = new ArrayList<>();
    events.add(new Event(1, YearMonth.of(2000, 2), "crisis", Map.of("crisis", "c1")));
    if (founding) {
      events.add(new Event(2, YearMonth.of(2000, 3), "founding",
          Map.of("body", "csto", "memberCount", 5)));
      events.add(new Event(3, YearMonth.of(2000, 4), "founding", Map.of("body", "other")));
    }
    return new RunResult(scenario, 1, s, events, 0);
  }

  @Test
  void measuresFollowTheDocumentedOrder() {
    assertEquals(List.of("final.drift.consent", "peak.drift.consent", "final.drift.force",
        "peak.drift.force", "founded.month", "founded", "founded.members", "recognition.max", "cohesion.final.cis",
        "cohesion.final.csto", "share.changeIn", "share.changeOf", "final.principle",
        "final.gap.region", "final.drift.unweighted.consent", "final.drift.unweighted.force",
        "final.gap.unweighted"),
        List.copyOf(Outcomes.of(run(true)).keySet()));
    assertEquals(Outcomes.names(scenario), List.copyOf(Outcomes.of(run(false)).keySet()));
  }

  @Test
  void computesEachMeasureFromSeriesAndEvents() {
    Map<String, Double> o = Outcomes.of(run(true));
    assertEquals(0.3, o.get("final.drift.consent"), 1e-12);
    assertEquals(0.4, o.get("peak.drift.consent"), 1e-12);
    assertEquals(-0.3, o.get("final.drift.force"), 1e-12);
    assertEquals(0.0, o.get("peak.drift.force"), 1e-12);
    assertEquals(2.0, o.get("founded.month"));
    assertEquals(1.0, o.get("founded"));
    assertEquals(5.0, o.get("founded.members"), "members of the first founding, not the second");
    assertEquals(2.0, o.get("recognition.max"));
    assertEquals(0.8, o.get("cohesion.final.csto"), 1e-12);
    assertEquals(0.8, o.get("cohesion.final.cis"), 1e-12);
    assertEquals(0.5, o.get("share.changeIn"), 1e-12);
    assertEquals(0.25, o.get("share.changeOf"), 1e-12);
    assertEquals(0.6, o.get("final.principle"), 1e-12);
  }

  @Test
  void withoutFoundingTheFoundingMeasuresAreMissingOrZero() {
    Map<String, Double> o = Outcomes.of(run(false));
    assertTrue(Double.isNaN(o.get("founded.month")));
    assertEquals(0.0, o.get("founded"));
    assertTrue(Double.isNaN(o.get("founded.members")));
    assertTrue(Double.isNaN(o.get("cohesion.final.csto")));
    assertEquals(1.0, o.get("recognition.max"));
  }
}
