package org.rissim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ScenarioLibraryTest {
  private static final Path LIBRARY = Path.of("scenarios");

  /** Every shipped scenario: the library, its null models and its examples. */
  static Stream<Path> scenarioFiles() throws IOException {
    List<Path> files = new java.util.ArrayList<>();
    for (Path dir : List.of(LIBRARY, LIBRARY.resolve("null"), LIBRARY.resolve("examples"))) {
      try (Stream<Path> s = Files.list(dir)) {
        s.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(files::add);
      }
    }
    return files.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarioFiles")
  void everyScenarioValidates(Path file) throws ScenarioException {
    assertFalse(ScenarioLoader.load(file, List.of()).scenario().states().isEmpty());
  }

  private static Scenario load(String name) throws ScenarioException {
    return ScenarioLoader.load(LIBRARY.resolve(name), List.of()).scenario();
  }

  @Test
  void counterfactualsChangeOnlyWhatTheyName() throws ScenarioException {
    Scenario base = load("psris-baseline.yaml");
    String h = base.hegemon().orElseThrow();
    Scenario noNew = load("cf-no-new-institution.yaml");
    assertEquals(0.0, noNew.state(h).orElseThrow().strategyMix().newBody());
    // everything else of the hegemon is inherited
    assertEquals(base.state(h).orElseThrow().strategyMix().recognition(),
        noNew.state(h).orElseThrow().strategyMix().recognition());
    assertEquals(base.states().size(), noNew.states().size());
    assertEquals(Revisionism.ORTHODOX,
        load("cf-orthodox-hegemon.yaml").state(h).orElseThrow().revisionism());
    RecognitionSpec.Rung easy = load("cf-early-regional-arrangement.yaml").recognition().rungs()
        .stream().filter(r -> r.id().equals("regionalArrangement")).findFirst().orElseThrow();
    assertTrue(easy.requires().isEmpty());
    assertFalse(easy.veto());
    assertEquals(0.0, easy.difficulty());
    List<String> crises = load("cf-no-2022-unrest.yaml").crises().scripted().stream()
        .map(CrisisSpec.ScriptedCrisis::id).toList();
    assertEquals(base.crises().scripted().size() - 1, crises.size());
    assertFalse(crises.stream().anyMatch(id -> id.contains("kazakhstan-2022")));
  }
}
