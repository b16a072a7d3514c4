package org.rissim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Errors in an institution's expressions point at the expression and suggest the fix. */
class InstitutionMessagesTest {
  @Test
  void aMisspelledPracticeInAScoreIsLocatedAndTheNearestPracticeSuggested() {
    ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(
        Path.of("src/test/resources/scenarios/score-typo.yaml"), List.of()));
    assertEquals(1, e.errors().size(), e.errors().toString());
    ScenarioError err = e.errors().get(0);
    assertTrue(err.file().endsWith("score-typo.yaml"), err.file());
    assertEquals(5, err.line());
    assertEquals("institution.departure", err.path());
    assertTrue(err.message().contains("`score.safeguard` names no practice"), err.message());
    assertTrue(err.message().endsWith("did you mean `safeguards`?"), err.message());
  }
}
