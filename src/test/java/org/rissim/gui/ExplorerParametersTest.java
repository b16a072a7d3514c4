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

  @Test
  void everyEditableNumberHasASliderRangeHoldingTheScenarioValue() throws Exception {
    ExplorerParameters p = new ExplorerParameters(ScenarioLoader.load(SMALL, List.of()).scenario());
    // As MASON's inspector reads the bean: a numeric property with an Interval domain is a slider.
    sim.util.SimpleProperties props = new sim.util.SimpleProperties(p);
    int sliders = 0;
    for (int i = 0; i < props.numProperties(); i++) {
      if (!props.isReadWrite(i) || props.getName(i).equals("Practice")) {
        continue;
      }
      Object domain = props.getDomain(i);
      assertTrue(domain instanceof sim.util.Interval, props.getName(i) + " has no slider");
      sim.util.Interval range = (sim.util.Interval) domain;
      double value = ((Number) props.getValue(i)).doubleValue();
      assertTrue(range.getMin().doubleValue() <= value && value <= range.getMax().doubleValue(),
          props.getName(i) + " = " + value + " outside its slider");
      assertTrue(range.getMax().doubleValue() > range.getMin().doubleValue(), props.getName(i));
      sliders++;
    }
    // Seven model parameters and the hegemon's eight strategy shares.
    assertEquals(15, sliders);
  }

  @Test
  void everyEditIsAnnouncedSoThePendingOverridesShowAtOnce() throws Exception {
    ExplorerParameters p = new ExplorerParameters(ScenarioLoader.load(SMALL, List.of()).scenario());
    List<String> seen = new java.util.ArrayList<>();
    p.onChange(() -> seen.add(p.getPendingOverrides()));
    p.setBeliefEta(0.2);
    p.setHegemonDistancing(0.5);
    assertEquals(List.of("--set parameters.belief.eta=0.2", "--set parameters.belief.eta=0.2"
        + " --set hegemon.strategyMix.distancing=0.5"), seen);
  }

  @Test
  void aTypedValueSurvivesTheSlidersRoundedEcho() throws Exception {
    ExplorerParameters p = new ExplorerParameters(ScenarioLoader.load(SMALL, List.of()).scenario());
    // MASON's slider field, as the inspector builds it: setting its text moves the slider, which
    // sends its rounded position back through newValue.
    List<String> echoes = new java.util.ArrayList<>();
    javax.swing.SwingUtilities.invokeAndWait(() -> {
      sim.util.gui.PropertyField f = new sim.util.gui.PropertyField(null,
          Double.toString(p.getCounterContestation()), true, p.domCounterContestation(),
          sim.util.gui.PropertyField.SHOW_SLIDER) {
        private static final long serialVersionUID = 1L;

        @Override
        public String newValue(String value) {
          echoes.add(value);
          p.setCounterContestation(Double.parseDouble(value));
          return Double.toString(p.getCounterContestation());
        }
      };
      p.setCounterContestation(1.23456);
      f.setValue(Double.toString(p.getCounterContestation()));
    });
    assertTrue(!echoes.isEmpty() && !echoes.get(0).equals("1.23456"),
        "MASON no longer echoes a rounded slider value: " + echoes);
    assertEquals(1.23456, p.getCounterContestation());
    assertEquals(Map.of("parameters.counterContestation", "1.23456"), p.overrides());
  }
}
