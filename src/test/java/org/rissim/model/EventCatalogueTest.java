package org.rissim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rissim.experiment.RunResult;
import org.rissim.experiment.Simulation;
import org.rissim.observe.Event;
import org.rissim.scenario.RunOutputs;
import org.rissim.scenario.Scenario;
import org.rissim.scenario.ScenarioLoader;

/**
 * Validation checks patterns against {@link RunOutputs}; this checks {@link RunOutputs} against
 * real runs: every event a run writes has a catalogued type and only catalogued fields, and the
 * recorded columns are the catalogued ones. A new event type or field that is not catalogued
 * fails here (patterns naming it would be rejected).
 */
class EventCatalogueTest {
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"psris-baseline.yaml", "peacekeeping-west-africa.yaml",
      "development-asia.yaml"})
  void everyEventOfARunIsCatalogued(String file) throws Exception {
    Scenario s = ScenarioLoader.load(Path.of("scenarios", file), List.of()).scenario();
    RunResult r = Simulation.run(s, 1L, Optional.empty());
    Map<String, Set<String>> catalogue = RunOutputs.events(s.institution());
    List<String> problems = new ArrayList<>();
    Set<String> seen = new TreeSet<>();
    for (Event e : r.events()) {
      Set<String> fields = catalogue.get(e.type());
      if (fields == null) {
        problems.add("type " + e.type());
        continue;
      }
      seen.add(e.type());
      for (String f : e.fields().keySet()) {
        if (!fields.contains(f)) {
          problems.add(e.type() + "." + f);
        }
      }
    }
    assertEquals(List.of(), problems.stream().distinct().toList());
    var names = s.institution().vocabulary().names();
    assertTrue(seen.containsAll(List.of(names.opportunity(), names.act(), names.actEnd(),
        "discursive")), seen.toString());
    assertEquals(RunOutputs.columns(s), r.series().columns());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"psris-baseline.yaml"})
  void theStateAndBodyFieldsHoldIdsOfTheScenario(String file) throws Exception {
    Scenario s = ScenarioLoader.load(Path.of("scenarios", file), List.of()).scenario();
    RunResult r = Simulation.run(s, 1L, Optional.empty());
    Set<String> states = new TreeSet<>();
    s.states().forEach(x -> states.add(x.id()));
    Set<String> bodies = new TreeSet<>(s.founding().ids());
    s.bodies().forEach(b -> bodies.add(b.id()));
    for (Event e : r.events()) {
      for (Map.Entry<String, Object> f : e.fields().entrySet()) {
        Set<String> ids = RunOutputs.STATE_FIELDS.contains(f.getKey()) ? states
            : RunOutputs.BODY_FIELDS.contains(f.getKey()) ? bodies : null;
        if (ids == null || f.getValue() == null) {
          continue;
        }
        List<?> values = f.getValue() instanceof List<?> l ? l : List.of(f.getValue());
        for (Object v : values) {
          assertNotNull(v);
          assertTrue(ids.contains(String.valueOf(v)), e.type() + "." + f.getKey() + " = " + v);
        }
      }
    }
  }
}
