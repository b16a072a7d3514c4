package org.rissim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioLoaderTest {
  static final Path DIR = Path.of("src/test/resources/scenarios");
  static final Path SMALL = DIR.resolve("small.yaml");

  @Test
  void bindsValuesWrittenInTheFile() throws ScenarioException {
    Scenario s = ScenarioLoader.load(SMALL, List.of()).scenario();
    assertEquals("small", s.name());
    assertEquals(YearMonth.of(2000, 1), s.start());
    assertEquals(72, s.months());
    assertEquals(Optional.of("HEG"), s.hegemon());
    assertEquals(List.of("consent", "impartiality"),
        s.institution().practices().stream().map(PracticeSpec::id).toList());
    StateSpec heg = s.state("HEG").orElseThrow();
    assertEquals(10.0, heg.power());
    assertEquals(Revisionism.REFORMIST, heg.revisionism());
    assertEquals(0.5, heg.strategyMix().newBody());
    assertEquals(Map.of("NEWBODY", 0.5, "GLOBAL", 0.1), heg.affinity());
    assertEquals(List.of("SMALL"), heg.sphere());
    assertEquals(30, s.state("WEST").orElseThrow().votes());
  }

  @Test
  void fillsEveryDefault() throws ScenarioException {
    Scenario s = ScenarioLoader.load(SMALL, List.of()).scenario();
    StateSpec small = s.state("SMALL").orElseThrow();
    assertEquals(0.5, small.status());
    assertEquals(Revisionism.STATUS_QUO, small.revisionism());
    assertEquals(1.0, small.strategyMix().comply());
    // a partly written map keeps the other defaults
    assertEquals(0.3, s.state("HEG").orElseThrow().strategyMix().discursive());
    assertEquals(1.0, s.institution().principleAcceptance());
    assertEquals(0.10, s.parameters().belief().eta());
    BodySpec reg = s.bodies().get(1);
    assertEquals(BodySpec.DecisionRule.CONSENSUS, reg.decisionRule());
    assertEquals(Optional.of("HEG"), reg.leader());
    assertEquals(List.of("HEG", "SMALL", "WEST"), s.bodies().get(0).members());
    RecognitionSpec.Rung observer = s.recognition().rungs().get(0);
    assertEquals(0.5, observer.quota());
    assertFalse(observer.veto());
    assertEquals(List.of("observer"), s.recognition().rungs().get(1).requires());
    CrisisSpec.CrisisType war = s.crises().types().get("war");
    assertEquals(24, war.frozenAfter());
    assertFalse(war.internal());
    assertTrue(s.crises().types().get("unrest").internal());
    CrisisSpec.ScriptedCrisis unrest = s.crises().scripted().get(0);
    assertEquals("unrest2003", unrest.label());
    assertEquals(Optional.empty(), unrest.opponent());
    assertEquals(1, s.patterns().get(1).event().orElseThrow().minCount());
    assertEquals(Optional.of(12.0),
        s.patterns().get(1).event().orElseThrow().fields().get("durationMonths").max());
  }

  @Test
  void effectiveYamlHasNoDefaultsSectionsAndAStableHash() throws ScenarioException {
    LoadedScenario a = ScenarioLoader.load(SMALL, List.of());
    LoadedScenario b = ScenarioLoader.load(SMALL, List.of());
    assertFalse(a.effectiveYaml().contains("stateDefaults"));
    assertFalse(a.effectiveYaml().contains("bodyDefaults"));
    assertTrue(a.effectiveYaml().contains("regimeInsecurity: 0.7"));
    assertEquals(64, a.sha256().length());
    assertEquals(a.sha256(), b.sha256());
    LoadedScenario c = ScenarioLoader.load(SMALL, List.of("states.HEG.power=11"));
    assertNotEquals(a.sha256(), c.sha256());
  }

  @Test
  void effectiveYamlIsItselfAScenarioWithTheSameHash(@TempDir Path dir) throws Exception {
    LoadedScenario a = ScenarioLoader.load(DIR.resolve("extends-child.yaml"), List.of());
    Path copy = Files.writeString(dir.resolve("effective.yaml"), a.effectiveYaml());
    LoadedScenario b = ScenarioLoader.load(copy, List.of());
    assertEquals(a.scenario(), b.scenario());
    assertEquals(a.sha256(), b.sha256());
  }

  @Test
  void extendsMergesKeyedListsAndRemovesEntries() throws ScenarioException {
    Scenario s = ScenarioLoader.load(DIR.resolve("extends-child.yaml"), List.of()).scenario();
    assertEquals("small-child", s.name());
    StateSpec heg = s.state("HEG").orElseThrow();
    assertEquals(0.0, heg.strategyMix().recognition());
    assertEquals(0.5, heg.strategyMix().newBody());
    assertEquals(10.0, heg.power());
    assertEquals(List.of("HEG", "SMALL", "WEST", "NEWSTATE"),
        s.states().stream().map(StateSpec::id).toList());
    assertTrue(s.crises().scripted().isEmpty());
  }

  @Test
  void overridesAddressKeyedListsIndicesAndTheHegemon() throws ScenarioException {
    Scenario s = ScenarioLoader.load(SMALL, List.of("states.SMALL.power=3",
        "states[2].votes=5", "hegemon.strategyMix.recognition=0", "parameters.counterContestation=2",
        "bodies.REG.members=[HEG]")).scenario();
    assertEquals(3.0, s.state("SMALL").orElseThrow().power());
    assertEquals(5, s.state("WEST").orElseThrow().votes());
    assertEquals(0.0, s.state("HEG").orElseThrow().strategyMix().recognition());
    assertEquals(2.0, s.parameters().counterContestation());
    assertEquals(List.of("HEG"), s.bodies().get(1).members());
  }

  @Test
  void templateBindsVariantsWithoutReparsing() throws ScenarioException {
    ScenarioTemplate t = ScenarioLoader.template(SMALL, List.of());
    assertEquals(0.25, t.with(Map.of("hegemon.strategyMix.recognition", "0.25")).scenario()
        .state("HEG").orElseThrow().strategyMix().recognition());
    assertEquals(0.4, t.with(Map.of()).scenario().state("HEG").orElseThrow()
        .strategyMix().recognition());
  }

  @Test
  void unknownOverridePathIsLocatedAtSetWithASuggestion() {
    ScenarioException e = assertThrows(ScenarioException.class,
        () -> ScenarioLoader.load(SMALL, List.of("states.HEG.strategyMix.recogntion=0")));
    ScenarioError err = e.errors().get(0);
    assertEquals("--set", err.file());
    assertTrue(err.message().contains("did you mean `recognition`?"), err.message());
    ScenarioException e2 = assertThrows(ScenarioException.class,
        () -> ScenarioLoader.load(SMALL, List.of("states.HEGG.power=1")));
    assertTrue(e2.errors().get(0).message().contains("did you mean `HEG`?"),
        e2.errors().get(0).message());
  }

  @Test
  void removingAnIdThatIsNotInheritedIsAnError(@TempDir Path dir) throws Exception {
    Files.copy(SMALL, dir.resolve("small.yaml"));
    Path child = Files.writeString(dir.resolve("child.yaml"),
        "extends: small.yaml\nstates:\n  - id: SMALLL\n    remove: true\n");
    ScenarioException e = assertThrows(ScenarioException.class,
        () -> ScenarioLoader.load(child, List.of()));
    ScenarioError err = e.errors().get(0);
    assertEquals(4, err.line());
    assertTrue(err.message().contains("no inherited entry of states has id `SMALLL`; did you "
        + "mean `SMALL`?"), err.message());
  }

  @Test
  void inheritedBadValueIsReportedInTheParentFile(@TempDir Path dir) throws Exception {
    Files.copy(SMALL, dir.resolve("small.yaml"));
    Path child = Files.writeString(dir.resolve("child.yaml"), "extends: small.yaml\nend: 2002-12\n");
    ScenarioException e = assertThrows(ScenarioException.class,
        () -> ScenarioLoader.load(child, List.of()));
    ScenarioError err = e.errors().get(0);
    assertTrue(err.file().endsWith("small.yaml"), err.toString());
    assertEquals("crises.scripted[0].start", err.path());
  }

  @Test
  void indexOutOfRangeAndMalformedPathsAreOverrideErrors() {
    ScenarioException e = assertThrows(ScenarioException.class,
        () -> ScenarioLoader.load(SMALL, List.of("states[9].power=1", "states..power=1", "noequals")));
    assertEquals(3, e.errors().size());
    assertTrue(e.errors().stream().allMatch(x -> x.file().equals("--set")));
    assertTrue(e.errors().get(0).message().contains("index 9 is out of range"));
  }

  @Test
  void aFoundingTemplateForAnUnknownIdOrWithAnUnknownRelationIsLocated(@TempDir Path dir)
      throws Exception {
    Files.copy(SMALL, dir.resolve("small.yaml"));
    Path child = Files.writeString(dir.resolve("child.yaml"), "extends: small.yaml\n"
        + "founding:\n  bodies:\n    NOPE: {relation: merge}\n");
    ScenarioException e = assertThrows(ScenarioException.class,
        () -> ScenarioLoader.load(child, List.of()));
    assertEquals(2, e.errors().size(), e.errors().toString());
    ScenarioError id = e.errors().get(0);
    assertEquals(4, id.line());
    assertEquals(5, id.column());
    assertEquals("founding.bodies.NOPE", id.path());
    assertTrue(id.message().contains("`NOPE` is not in founding.ids"), id.message());
    ScenarioError relation = e.errors().get(1);
    assertEquals("founding.bodies.NOPE.relation", relation.path());
    assertTrue(relation.message().contains("expected one of absorb, coexist, replace, found "
        + "`merge`"), relation.message());
  }
}
