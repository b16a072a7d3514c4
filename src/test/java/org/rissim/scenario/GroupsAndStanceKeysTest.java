package org.rissim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The optional keys {@code groups:} and a state's {@code global:} stance, and their errors. */
class GroupsAndStanceKeysTest {
  @TempDir
  Path dir;

  private Path child(String body) throws Exception {
    Files.copy(ScenarioLoaderTest.SMALL, dir.resolve("small.yaml"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Path f = dir.resolve("child.yaml");
    Files.writeString(f, "extends: small.yaml\nname: child\n" + body);
    return f;
  }

  private ScenarioError onlyError(String body) throws Exception {
    ScenarioException e = assertThrows(ScenarioException.class,
        () -> ScenarioLoader.load(child(body), List.of()));
    assertEquals(1, e.errors().size(), e.errors().toString());
    return e.errors().get(0);
  }

  @Test
  void bindsGroupsInFileOrderAndTheGlobalStance() throws Exception {
    Scenario s = ScenarioLoader.load(child("groups:\n  small: [SMALL]\n  all: [HEG, SMALL]\n"
        + "states:\n  - id: HEG\n    global: {revisionism: orthodox, intentions: {consent: 0.9}}\n"),
        List.of()).scenario();
    assertEquals(List.of("small", "all"), List.copyOf(s.groups().keySet()));
    assertEquals(List.of("HEG", "SMALL"), s.groups().get("all"));
    StateSpec heg = s.state("HEG").orElseThrow();
    assertEquals(Revisionism.REFORMIST, heg.revisionism());
    assertEquals(Revisionism.ORTHODOX, heg.global().revisionism());
    assertEquals(Map.of("consent", 0.9, "impartiality", 0.2), heg.global().intentions());
    StateSpec small = s.state("SMALL").orElseThrow();
    assertEquals(small.revisionism(), small.global().revisionism(), "defaults to the regional");
    assertEquals(small.intentions(), small.global().intentions());
  }

  @Test
  void anUnknownStateInAGroupNamesItsLineAndColumn() throws Exception {
    ScenarioError e = onlyError("groups:\n  founders: [HEG, SMAL]\n");
    assertEquals(4, e.line());
    assertEquals(19, e.column());
    assertEquals("groups.founders[1]", e.path());
    assertTrue(e.message().contains("no state has id `SMAL`; did you mean `SMALL`?"), e.message());
  }

  @Test
  void emptyDuplicateAndBadlyNamedGroupsAreErrors() throws Exception {
    assertTrue(onlyError("groups:\n  none: []\n").message().contains("at least one state id"));
    assertTrue(onlyError("groups:\n  twice: [HEG, HEG]\n").message().contains("listed twice"));
    ScenarioError name = onlyError("groups:\n  \"a b\": [HEG]\n");
    assertTrue(name.message().contains("group name"), name.message());
    assertTrue(onlyError("groups: [HEG]\n").message().contains("a mapping of group names"));
  }

  @Test
  void aBadGlobalRevisionismIsAnError() throws Exception {
    ScenarioError e = onlyError("states:\n  - id: HEG\n    global: {revisionism: orthodx}\n");
    assertEquals("states[0].global.revisionism", e.path());
    assertTrue(e.message().contains("did you mean `orthodox`?"), e.message());
    ScenarioError k = onlyError("states:\n  - id: HEG\n    global: {intention: {consent: 0.9}}\n");
    assertTrue(k.message().contains("unknown key `intention`"), k.message());
  }
}
