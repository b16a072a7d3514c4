package org.rissim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rissim.model.RegionModel;
import org.rissim.scenario.ScenarioLoader;
import org.rissim.scenario.ScenarioTemplate;

/** The GUI state without windows (init is not called): runs, reseeding, edits, saving. */
class RegionExplorerTest {
  private static final Path SMALL = Path.of("src/test/resources/scenarios/small.yaml");

  private static RegionExplorer explorer(long seed) throws Exception {
    ScenarioTemplate t = ScenarioLoader.template(SMALL, List.of("end=2003-06"));
    return new RegionExplorer(t, t.with(Map.of()), seed);
  }

  @Test
  void eachStartBuildsAFreshModelWithTheSeedAndStopsAfterTheLastMonth() throws Exception {
    RegionExplorer gui = explorer(7);
    gui.start();
    RegionModel first = (RegionModel) gui.state;
    assertEquals(7, first.seed());
    int months = 0;
    while (gui.step()) {
      months++;
      assertTrue(months <= 42, "the run must stop at the scenario's end");
    }
    assertEquals(42, months);
    gui.finish();
    gui.state.setSeed(9);
    gui.start();
    assertTrue(gui.state != first, "a new model per start");
    assertEquals(9, gui.state.seed());
    assertEquals(0, ((RegionModel) gui.state).tick());
  }

  @Test
  void editedParametersApplyFromTheNextStartAndAreSavedWithTheScenario(@TempDir Path dir)
      throws Exception {
    RegionExplorer gui = explorer(1);
    gui.start();
    gui.parameters().setCounterContestation(3.0);
    assertEquals(1.0, ((RegionModel) gui.state).parameters().counterContestation(),
        "the running model keeps its parameters");
    gui.finish();
    gui.start();
    assertEquals(3.0, ((RegionModel) gui.state).parameters().counterContestation());
    Path file = dir.resolve("effective.yaml");
    gui.saveEffectiveScenario(file);
    String yaml = Files.readString(file);
    assertEquals(gui.scenario().effectiveYaml(), yaml);
    assertEquals(3.0, ScenarioLoader.load(file, List.of()).scenario().parameters()
        .counterContestation(), "the saved file reproduces the run's scenario");
  }
}
