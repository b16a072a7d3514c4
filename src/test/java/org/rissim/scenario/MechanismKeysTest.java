package org.rissim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code removes:} and {@code evidences:} take names from the mechanism vocabulary. */
class MechanismKeysTest {
  private static final String TINY = Path.of("src/main/resources/org/rissim/bench/tiny.yaml")
      .toAbsolutePath().toString();

  @Test
  void everyShippedNullModelValidatesAndNamesWhatItRemoves() throws Exception {
    try (var files = Files.list(Path.of("scenarios/null"))) {
      List<Path> nulls = files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
      assertEquals(Mechanisms.NAMES.size(), nulls.size());
      for (Path f : nulls) {
        Scenario s = ScenarioLoader.load(f, List.of()).scenario();
        assertEquals(1, s.removes().size(), f.toString());
        assertTrue(Mechanisms.known(s.removes().get(0)), f.toString());
      }
    }
  }

  @Test
  void anUnknownMechanismIsALocatedErrorWithASuggestion(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("n.yaml");
    Files.writeString(f, String.join("\n", "extends: " + TINY, "removes: fouding",
        "patterns:", "  - id: p", "    description: d",
        "    series: {column: r.consent, stat: value, min: 0}", "    evidences: [bodies, recogniton]", ""));
    ScenarioException e = assertThrows(ScenarioException.class,
        () -> ScenarioLoader.load(f, List.of()));
    assertEquals(2, e.errors().size(), e.errors().toString());
    ScenarioError removes = e.errors().get(0);
    assertEquals(2, removes.line());
    assertTrue(removes.message().contains("unknown mechanism `fouding`"), removes.message());
    assertTrue(removes.message().contains("founding"), removes.message());
    ScenarioError evidences = e.errors().get(1);
    assertEquals(7, evidences.line());
    assertEquals("patterns[0].evidences[1]", evidences.path());
  }

  @Test
  void patternsAndScenariosWithoutTheKeysEvidenceAndRemoveNothing() throws Exception {
    Scenario s = ScenarioLoader.load(Path.of("scenarios/psris-baseline.yaml"), List.of())
        .scenario();
    assertTrue(s.removes().isEmpty());
    assertTrue(s.patterns().stream().anyMatch(p -> p.evidences().isEmpty()));
    assertTrue(s.patterns().stream().anyMatch(p -> p.evidences().contains("founding")));
  }
}
