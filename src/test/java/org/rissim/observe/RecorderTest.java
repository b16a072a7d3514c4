package org.rissim.observe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rissim.experiment.RunResult;
import org.rissim.experiment.Simulation;
import org.rissim.model.event.DiscursiveEvent;
import org.rissim.model.event.OperationDescription;
import org.rissim.model.event.OperationEvent;
import org.rissim.model.event.RecognitionVoteEvent;
import org.rissim.model.event.RestraintEvent;
import org.rissim.scenario.Scenario;
import org.rissim.scenario.ScenarioLoader;
import org.rissim.scenario.Strategy;

/** The recorder's act counts are counts of the month's events; it keeps nothing in the model. */
class RecorderTest {
  @Test
  void actCountsAreTheCountsOfTheMonthsEvents() throws Exception {
    Scenario s = ScenarioLoader.load(Path.of("scenarios", "psris-baseline.yaml"), List.of())
        .scenario();
    RunResult r = Simulation.run(s, 2L, Optional.empty());
    var names = s.institution().vocabulary().names();
    // per month: alone, body, all operations, discursive acts, recognition votes
    Map<YearMonth, int[]> counted = new HashMap<>();
    for (Event e : r.events()) {
      int[] c = counted.computeIfAbsent(e.month(), m -> new int[5]);
      if (e.type().equals(names.act())) {
        // through a body: a body named and a strategy other than complying (docs/OUTPUTS.md)
        boolean body = e.text("body") != null
            && !Strategy.COMPLY.key().equals(e.text("strategy"));
        c[body ? 1 : 0]++;
        c[2]++;
      } else if (e.type().equals("discursive")) {
        c[3]++;
      } else if (e.type().equals("recognition-vote")) {
        c[4]++;
      }
    }
    var t = r.series();
    int[] totals = new int[5];
    for (int row = 0; row < t.size(); row++) {
      int[] c = counted.getOrDefault(t.month(row), new int[5]);
      String month = t.month(row).toString();
      assertEquals(c[0], t.value(row, names.acts() + ".alone"), month);
      assertEquals(c[1], t.value(row, names.acts() + ".body"), month);
      assertEquals(c[2], t.value(row, names.acts() + ".conforming")
          + t.value(row, names.acts() + ".deviating"), month);
      assertEquals(c[3], t.value(row, "acts.discursive"), month);
      assertEquals(c[4], t.value(row, "votes.recognition"), month);
      for (int k = 0; k < 5; k++) {
        totals[k] += c[k];
      }
    }
    // the run has acts of every kind counted, so the comparison is not of zeros
    for (int k = 0; k < 5; k++) {
      assertTrue(totals[k] > 0, "count " + k + " is 0 over the run");
    }
  }

  @Test
  void monthCountsSortOperationsByForumAndConformity() {
    OperationDescription op = new OperationDescription("op-1", "c-1", "A", "B", null, "alone",
        null, List.of("B"), new Object[0], 0, 0, 0, new double[0]);
    MonthCounts c = new MonthCounts();
    c.count(new OperationEvent(op, false, true));
    c.count(new OperationEvent(op, true, false));
    c.count(new OperationEvent(op, true, false));
    c.count(new DiscursiveEvent("A", null, "speech", null, new double[0]));
    c.count(new RecognitionVoteEvent("k", "observer", "A", 1, 0, 1, List.of(), true, null));
    c.count(new RestraintEvent("A", "c-1", "A", 0.4));
    assertEquals(List.of(1, 2, 1, 2), java.util.Arrays.stream(c.operations()).boxed().toList());
    assertEquals(1, c.discursiveActs());
    assertEquals(1, c.recognitionVotes());
    c.reset();
    assertEquals(List.of(0, 0, 0, 0), java.util.Arrays.stream(c.operations()).boxed().toList());
    assertEquals(0, c.discursiveActs() + c.recognitionVotes());
  }
}
