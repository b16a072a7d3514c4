package org.rissim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rissim.analysis.Outcomes;
import org.rissim.observe.StateTable;
import org.rissim.observe.TimeSeries;
import org.rissim.scenario.Scenario;
import org.rissim.scenario.ScenarioLoader;

/** states.csv and the means beside r (docs/OUTPUTS.md) agree with each other, month by month. */
class StatesOutputTest {
  private static RunResult run() throws Exception {
    Path tiny = Path.of(StatesOutputTest.class.getResource("/model/tiny.yaml").toURI());
    Scenario s = ScenarioLoader.load(tiny, List.of("groups={pair: [A, B], west: [WEST]}"))
        .scenario();
    return Simulation.run(s, 7, Optional.of(YearMonth.of(2000, 4)));
  }

  private static double belief(StateTable t, int month, String state, int practice) {
    return t.value(month, t.states().indexOf(state), practice, 0);
  }

  @Test
  void groupAndRegionalMeansAreMeansOfTheRecordedBeliefs() throws Exception {
    RunResult r = run();
    TimeSeries s = r.series();
    StateTable t = r.states();
    assertEquals(s.size(), t.size());
    assertEquals(List.of("HEG", "A", "B", "WEST"), t.states());
    for (int m = 0; m < t.size(); m++) {
      for (int p = 0; p < 2; p++) {
        String id = t.practices().get(p);
        double heg = belief(t, m, "HEG", p);
        double a = belief(t, m, "A", p);
        double b = belief(t, m, "B", p);
        assertEquals((a + b) / 2, s.value(m, "group.pair." + id), 1e-12);
        assertEquals(belief(t, m, "WEST", p), s.value(m, "group.west." + id), 1e-12);
        assertEquals((heg + a + b) / 3, s.value(m, "unweighted." + id), 1e-12);
        // A and B have the same power and status: without HEG, r's weights are equal
        assertEquals((a + b) / 2, s.value(m, "withoutHegemon." + id), 1e-12);
        double wh = 10 * Math.sqrt(0.5);
        double w1 = Math.sqrt(0.5);
        assertEquals((wh * heg + w1 * a + w1 * b) / (wh + 2 * w1), s.value(m, "r." + id), 1e-12);
      }
    }
  }

  @Test
  void outcomesReportTheGapOfEachGroup() throws Exception {
    RunResult r = run();
    TimeSeries s = r.series();
    int last = s.size() - 1;
    var out = Outcomes.of(r);
    assertEquals(Outcomes.names(r.scenario()), List.copyOf(out.keySet()));
    double gap = 0;
    for (String p : List.of("consent", "impartiality")) {
      double d = s.value(last, "g." + p) - s.value(last, "group.pair." + p);
      assertEquals(d, out.get("final.drift.group.pair." + p), 1e-12);
      gap += d / 2;
    }
    assertEquals(gap, out.get("final.gap.group.pair"), 1e-12);
    assertTrue(out.containsKey("final.gap.withoutHegemon"));
  }

  @Test
  void statesCsvIsTidyLongWithOneRowPerMonthStateAndPractice() throws Exception {
    RunResult r = run();
    String csv = RunFolder.states(r.states());
    List<String> lines = csv.lines().toList();
    assertEquals("month,state,practice,belief,stance,globalStance", lines.get(0));
    assertEquals(1 + 4 * 4 * 2, lines.size());
    assertTrue(lines.get(1).startsWith("2000-01,HEG,consent,"), lines.get(1));
  }
}
