package org.rissim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A child removes a body its parent declares ({@code bodies: [{id: X, remove: true}]}): the
 * affinities to it, inherited from the parent's {@code stateDefaults} or written per state, go
 * with it; a reference that remains is an error at the child's {@code remove} line.
 */
class BodyRemovalTest {
  private static final String PARENT = """
      name: parent
      start: 2000-01
      end: 2000-12
      institution:
        id: i
        principle: p
        practices: [{id: consent, global: 0.9}]
      stateDefaults:
        affinity: {OLD: 0.4, NEW: 0.4}
      states:
        - {id: A, power: 1, regional: true, sphere: [B], affinity: {NEW: 0.9}}
        - {id: B, power: 1, regional: true}
      bodies:
        - {id: UN, level: global, founded: 1945-10, members: all}
        - {id: OLD, founded: 1990-01, members: [A, B]}
        - {id: NEW, founded: 2000-06, members: [A, B]}
      recognition: {body: UN}
      """;

  private static Path files(Path dir, String parentExtra, String child) throws Exception {
    Files.writeString(dir.resolve("parent.yaml"), PARENT + parentExtra);
    return Files.writeString(dir.resolve("child.yaml"), "extends: parent.yaml\nname: child\n"
        + child);
  }

  @Test
  void affinitiesToARemovedBodyGoWithIt(@TempDir Path dir) throws Exception {
    Path child = files(dir, "", "bodies:\n  - {id: NEW, remove: true}\n");
    LoadedScenario s = ScenarioLoader.load(child, List.of());
    assertEquals(List.of("UN", "OLD"), s.scenario().bodies().stream().map(BodySpec::id).toList());
    for (StateSpec st : s.scenario().states()) {
      assertFalse(st.affinity().containsKey("NEW"), st.id());
      assertEquals(0.4, st.affinity().get("OLD"), st.id());
    }
    assertFalse(s.effectiveYaml().contains("NEW"), s.effectiveYaml());
  }

  @Test
  void aReferenceThatRemainsIsReportedAtTheRemoveLine(@TempDir Path dir) throws Exception {
    Path child = files(dir, "patterns:\n  - {id: p, description: d, series: "
        + "{column: body.NEW.members, stat: max, max: 3}}\n",
        "bodies:\n  - id: NEW\n    remove: true\n");
    String m = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(child, List.of()))
        .getMessage();
    assertTrue(m.startsWith(child + ":5:13: patterns[0].series.column: body `NEW` is removed "
        + "here, but patterns[0].series.column (" + dir.resolve("parent.yaml")), m);
    assertEquals(1, m.lines().count(), m);
  }

  @Test
  void aBodyAddedAgainDownTheChainIsNotRemoved(@TempDir Path dir) throws Exception {
    files(dir, "", "bodies:\n  - {id: NEW, remove: true}\n");
    Path grandchild = Files.writeString(dir.resolve("grandchild.yaml"), "extends: child.yaml\n"
        + "bodies:\n  - {id: NEW, founded: 2000-03, members: [A]}\n");
    Scenario s = ScenarioLoader.load(grandchild, List.of()).scenario();
    assertEquals(0.4, s.state("B").orElseThrow().affinity().get("NEW"));
  }
}
