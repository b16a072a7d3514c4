package org.rissim.scenario;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An opportunity no state can answer is a located error, not a crisis that only decays. */
class OpportunityCheckTest {
  @Test
  void aScriptedCrisisAndARandomTypeNobodyCanAnswerAreReported(@TempDir Path dir)
      throws Exception {
    Path f = dir.resolve("small.yaml");
    Files.writeString(f, Files.readString(ScenarioLoaderTest.SMALL)
        .replace("    sphere: [SMALL]\n", ""));
    String m = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(f, List.of()))
        .getMessage();
    assertTrue(m.contains("crises.scripted[0].host: no state can answer this crisis: `SMALL` is "
        + "in no other state's sphere"), m);
    assertTrue(m.contains("crises.types.unrest.rate: no state can answer crises of type `unrest`"),
        m);
    assertTrue(m.contains(f + ":"), m);
  }

  @Test
  void theShippedSmallWorldIsAnswerable() {
    assertDoesNotThrow(() -> ScenarioLoader.load(ScenarioLoaderTest.SMALL, List.of()));
  }
}
