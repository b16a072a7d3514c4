package org.rissim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutcomeDeclarationTest {
  @TempDir Path tmp;

  private Path scenario(String outcomes) throws Exception {
    Path f = tmp.resolve("s.yaml");
    Files.writeString(f, "extends: " + ScenarioLoaderTest.SMALL.toAbsolutePath()
        + "\noutcomes:\n" + outcomes);
    return f;
  }

  @Test
  void aScenarioDeclaresSeriesAndEventOutcomes() throws Exception {
    Scenario s = ScenarioLoader.load(scenario("""
          - {id: late.drift, series: {column: drift.consent, stat: final}}
          - {id: cross, series: {column: drift.consent, stat: firstAbove, threshold: 0.2}}
          - {id: ops, event: {type: operation, where: {body: REG}}}
          - {id: first.op, event: {type: operation, measure: firstMonth}}
        """), List.of()).scenario();
    assertEquals(List.of("late.drift", "cross", "ops", "first.op"),
        s.outcomes().stream().map(OutcomeSpec::id).toList());
    assertEquals(0.2, s.outcomes().get(1).threshold().orElseThrow());
    assertEquals("firstMonth", s.outcomes().get(3).measure());
    assertEquals("count", s.outcomes().get(2).measure());
  }

  @Test
  void aBadStatIsLocatedWithASuggestion() throws Exception {
    ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(
        scenario("  - {id: x, series: {column: drift.consent, stat: firstAbov, threshold: 1}}\n"),
        List.of()));
    String message = e.getMessage();
    assertTrue(message.contains("s.yaml:3:") && message.contains("outcomes[0].series.stat")
        && message.contains("firstAbove"), message);
  }

  @Test
  void aCrossingNeedsAThreshold() throws Exception {
    ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(
        scenario("  - {id: x, series: {column: drift.consent, stat: firstBelow}}\n"),
        List.of()));
    assertTrue(e.getMessage().contains("outcomes[0].series.threshold"), e.getMessage());
  }
}
