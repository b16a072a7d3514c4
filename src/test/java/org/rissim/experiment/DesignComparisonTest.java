package org.rissim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rissim.analysis.Outcomes;
import org.rissim.scenario.ScenarioTemplate;

class DesignComparisonTest {
  @TempDir Path tmp;

  /** Three points, two replicates; the template's overrides become the fake model's noise. */
  private static SweepSpec spec(ScenarioTemplate template) {
    List<Map<String, String>> points = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      Map<String, String> p = new LinkedHashMap<>();
      p.put("parameters.belief.eta", Double.toString(0.1 * i));
      points.add(p);
    }
    return new SweepSpec("s", "abc", template,
        List.of(Map.of("path", "parameters.belief.eta", "spec", "0:0.3", "kind", "continuous")),
        List.of("parameters.belief.eta"), points, Outcomes.names(Fixtures.scenario("s", "")),
        "grid", 3, 2, 11, 1, 1, false, "rissim compare test");
  }

  private void sweep(String folder, ScenarioTemplate template) throws Exception {
    Sweep.run(spec(template), tmp.resolve(folder), 1, false, false, Fixtures::fakeRun, Fixtures.MEASURE,
        SweepProgress.NONE);
  }

  @Test
  void everyScenarioRunsThePointsWithTheSameSeedsAndItselfDiffersByZero() throws Exception {
    sweep("base", Fixtures.template("base"));
    sweep("base-2", Fixtures.template("base"));
    sweep("cf", overrides -> Fixtures.loaded("cf", "cf" + overrides));
    List<Comparison.Row> rows = DesignComparison.join(tmp, List.of("base", "base-2", "cf"));
    List<String> runs = Files.readAllLines(tmp.resolve("runs.csv"));
    assertEquals(1 + 3 * 6, runs.size());
    assertEquals("scenario,run,point,rep,seed,parameters.belief.eta,final.drift.consent",
        String.join(",", List.of(runs.get(0).split(",")).subList(0, 7)));
    for (int r = 0; r < 6; r++) {
      // Common random numbers: run r has the same seed in every scenario.
      String seed = runs.get(1 + r).split(",")[4];
      assertEquals(seed, runs.get(7 + r).split(",")[4]);
      assertEquals(seed, runs.get(13 + r).split(",")[4]);
    }
    Comparison.Row baseRow = rows.stream().filter(x -> x.scenario().equals("base")
        && x.measure().equals("final.drift.consent")).findFirst().orElseThrow();
    assertNull(baseRow.difference());
    Comparison.Row self = rows.stream().filter(x -> x.scenario().equals("base-2")
        && x.measure().equals("final.drift.consent")).findFirst().orElseThrow();
    assertEquals(6, self.difference().n());
    assertEquals(0.0, self.difference().mean());
    Comparison.Row cf = rows.stream().filter(x -> x.scenario().equals("cf")
        && x.measure().equals("final.drift.consent")).findFirst().orElseThrow();
    assertNotEquals(0.0, cf.difference().mean());
    assertEquals(Files.readAllLines(tmp.resolve("compare.csv")).size(), 1 + rows.size());
  }
}
