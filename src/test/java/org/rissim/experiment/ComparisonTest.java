package org.rissim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rissim.scenario.LoadedScenario;

class ComparisonTest {
  @TempDir Path tmp;

  @Test
  void comparingAScenarioWithItselfGivesExactlyZeroDifference() throws Exception {
    LoadedScenario s = Fixtures.loaded("base", "x");
    List<Comparison.Row> rows =
        Comparison.run(List.of(s, s), 3, 5, 2, tmp, false, Fixtures::fakeRun);
    int checked = 0;
    for (Comparison.Row row : rows) {
      if (row.scenario().equals("base")) {
        assertNull(row.difference());
      } else if (row.difference().n() > 1) {
        assertEquals("base-2", row.scenario());
        assertEquals(0.0, row.difference().mean());
        assertEquals(0.0, row.difference().ciLow());
        assertEquals(0.0, row.difference().ciHigh());
        assertEquals(0.0, row.difference().effectSizeDz());
        checked++;
      }
    }
    assertNotEquals(0, checked);
    // The same runs, told apart only by their scenario column.
    assertEquals(Files.readString(tmp.resolve("base/outcomes.csv")),
        Files.readString(tmp.resolve("base-2/outcomes.csv")).replace("\nbase-2,", "\nbase,"));
    List<String> stacked = Files.readAllLines(tmp.resolve("outcomes.csv"));
    assertEquals(1 + 2 * 5, stacked.size());
    assertTrue(stacked.get(0).startsWith("scenario,rep,seed,"), stacked.get(0));
    assertTrue(stacked.get(6).startsWith("base-2,1,"), stacked.get(6));
    // Each scenario's folder says what ran (charts take the practices' labels from it).
    assertEquals(s.effectiveYaml(), Files.readString(tmp.resolve("base/scenario.effective.yaml")));
    assertEquals(s.effectiveYaml(),
        Files.readString(tmp.resolve("base-2/scenario.effective.yaml")));
  }

  @Test
  void aDifferentScenarioShowsAPairedDifference() throws Exception {
    List<Comparison.Row> rows = Comparison.run(
        List.of(Fixtures.loaded("base", "x"), Fixtures.loaded("cf", "y")), 3, 5, 1, tmp, false,
        Fixtures::fakeRun);
    Comparison.Row drift = rows.stream()
        .filter(r -> r.scenario().equals("cf") && r.measure().equals("final.drift.consent"))
        .findFirst().orElseThrow();
    Comparison.Row base = rows.get(0);
    assertEquals("final.drift.consent", base.measure());
    assertEquals(drift.level().mean() - base.level().mean(), drift.difference().mean(), 1e-12);
    List<String> csv = Files.readAllLines(tmp.resolve("compare.csv"));
    assertEquals(String.join(",", Comparison.HEADER), csv.get(0));
    assertEquals(1 + 2 * rows.size() / 2, csv.size());
  }
}
