package org.rissim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rissim.scenario.LoadedScenario;
import org.rissim.scenario.ScenarioTemplate;
import org.rissim.scenario.ScenarioLoader;

class ExplorerParametersTest {
  private static final Path SMALL = Path.of("src/test/resources/scenarios/small.yaml");

  @Test
  void untouchedParametersGiveNoOverrides() throws Exception {
    LoadedScenario s = ScenarioLoader.load(SMALL, List.of());
    ExplorerParameters p = new ExplorerParameters(s.scenario());
    assertEquals(Map.of(), p.overrides());
    assertEquals("(none)", p.getPendingOverrides());
    assertEquals(s.scenario().parameters().belief().eta(), p.getBeliefEta());
  }

  @Test
  void editsBecomeOverridesThatTheNextBindingApplies() throws Exception {
    ScenarioTemplate t = ScenarioLoader.template(SMALL, List.of());
    ExplorerParameters p = new ExplorerParameters(t.with(Map.of()).scenario());
    p.setCounterContestation(2.5);
    p.setBeliefKappa(0.07);
    p.setHegemonRecognition(0.9);
    assertEquals(Map.of("parameters.counterContestation", "2.5",
        "parameters.belief.kappa", "0.07", "hegemon.strategyMix.recognition", "0.9"),
        p.overrides());
    assertTrue(p.getPendingOverrides().contains("--set parameters.counterContestation=2.5"));
    var next = t.with(p.overrides()).scenario();
    assertEquals(2.5, next.parameters().counterContestation());
    assertEquals(0.07, next.parameters().belief().kappa());
    assertEquals(0.9, next.state("HEG").orElseThrow().strategyMix().recognition());
  }

  @Test
  void practiceChoiceNotifiesAndRejectsAnIndexOutOfRange() throws Exception {
    ExplorerParameters p = new ExplorerParameters(ScenarioLoader.load(SMALL, List.of()).scenario());
    int[] calls = new int[1];
    p.onPracticeChange(() -> calls[0]++);
    p.setPractice(1);
    assertEquals(1, calls[0]);
    assertEquals("Impartiality", p.practiceLabel());
    assertEquals(List.of("Consent", "Impartiality"), List.of((Object[]) p.domPractice()));
    assertThrows(IllegalArgumentException.class, () -> p.setPractice(2));
  }
}
