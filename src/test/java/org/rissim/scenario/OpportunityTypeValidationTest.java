package org.rissim.scenario;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The new keys of an opportunity type (docs/SCENARIOS.md `crises`): every mistake is a located
 * error (file:line:column, key path, expected and found).
 */
class OpportunityTypeValidationTest {
  private static final String CLUB =
      "    club: {rate: 0, internal: true, governmentInvites: true, responders: {members: CLUB}}\n";

  private static String world() throws Exception {
    return Files.readString(Path.of(OpportunityTypeValidationTest.class
        .getResource("/model/opportunities.yaml").toURI()));
  }

  /** Loads the test world with the club type's line replaced; returns the error text. */
  private static String error(Path dir, String clubLine) throws Exception {
    String text = world();
    assertTrue(text.contains(CLUB));
    Path f = dir.resolve("bad.yaml");
    Files.writeString(f, text.replace(CLUB, clubLine));
    return assertThrows(ScenarioException.class, () -> ScenarioLoader.load(f, List.of()))
        .getMessage();
  }

  /** The line of the club type in the test world (1-based). */
  private static int clubLine() throws Exception {
    List<String> lines = world().lines().toList();
    return lines.indexOf(CLUB.stripTrailing()) + 1;
  }

  @Test
  void theTestWorldLoadsAndReadsEveryKey(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("ok.yaml");
    Files.writeString(f, world().replace(CLUB, "    club: {rate: 0.01, internal: true,"
        + " governmentInvites: true, responders: {members: CLUB}, priority: '-power', every: 6,"
        + " hosts: {A: 2.5}, fieldedBy: [UN, CLUB]}\n"));
    CrisisSpec.CrisisType t = assertDoesNotThrow(() -> ScenarioLoader.load(f, List.of()))
        .scenario().crises().types().get("club");
    assertEquals(CrisisSpec.Responders.Kind.MEMBERS, t.responders().kind());
    assertEquals("CLUB", t.responders().body());
    assertEquals("-power", t.priority().orElseThrow().source());
    assertEquals(6, t.every());
    assertEquals(2.5, t.hostMultiplier("A"));
    assertEquals(1.0, t.hostMultiplier("B"));
    assertEquals(List.of("UN", "CLUB"), t.fieldedBy());
    CrisisSpec.CrisisType d = ScenarioLoader.load(f, List.of()).scenario().crises().types()
        .get("unrest");
    assertEquals(CrisisSpec.Responders.SPHERE, d.responders());
    assertTrue(d.priority().isEmpty());
    assertEquals(12, d.every());
    assertTrue(d.fieldedBy().isEmpty());
  }

  @Test
  void anUnknownRespondersKindIsLocated(@TempDir Path dir) throws Exception {
    String m = error(dir, CLUB.replace("{members: CLUB}", "spheer"));
    assertTrue(m.contains(dir.resolve("bad.yaml") + ":" + clubLine() + ":"), m);
    assertTrue(m.contains("crises.types.club.responders: expected one of sphere, region, all, or"
        + " {members: BODY}, found `spheer`"), m);
  }

  @Test
  void anUnknownBodyInMembersOrFieldedByIsLocated(@TempDir Path dir) throws Exception {
    String m = error(dir, CLUB.replace("{members: CLUB}", "{members: CLUBB}"));
    assertTrue(m.contains("crises.types.club.responders.members: no body has id `CLUBB`"), m);
    String n = error(dir, CLUB.replace("}\n", ", fieldedBy: [UN, NATO]}\n"));
    assertTrue(n.contains("crises.types.club.fieldedBy[1]: no body has id `NATO`"), n);
    assertTrue(n.contains(":" + clubLine() + ":"), n);
  }

  @Test
  void anUnknownOrNonRegionalHostIsLocated(@TempDir Path dir) throws Exception {
    String m = error(dir, CLUB.replace("}\n", ", hosts: {ZZZ: 2}}\n"));
    assertTrue(m.contains("crises.types.club.hosts.ZZZ: `ZZZ` is not a state id"), m);
    String n = error(dir, CLUB.replace("}\n", ", hosts: {WEST: 2}}\n"));
    assertTrue(n.contains("crises.types.club.hosts.WEST: `WEST` is not a regional state"), n);
    String o = error(dir, CLUB.replace("}\n", ", hosts: {A: -1}}\n"));
    assertTrue(o.contains("crises.types.club.hosts.A: expected a number >= 0, found -1"), o);
  }

  @Test
  void everyBelowOneIsLocated(@TempDir Path dir) throws Exception {
    String m = error(dir, CLUB.replace("}\n", ", every: 0}\n"));
    assertTrue(m.contains("crises.types.club.every: expected a whole number >= 1, found 0"), m);
    assertTrue(m.contains(":" + clubLine() + ":"), m);
  }

  @Test
  void aPriorityWithAnUnknownVariableOrNoNumberIsLocated(@TempDir Path dir) throws Exception {
    String m = error(dir, CLUB.replace("}\n", ", priority: 'power * wealth'}\n"));
    assertTrue(m.contains("crises.types.club.priority: unknown variable `wealth`"), m);
    assertTrue(m.contains(":" + clubLine() + ":"), m);
    String n = error(dir, CLUB.replace("}\n", ", priority: \"'first'\"}\n"));
    assertTrue(n.contains("crises.types.club.priority: expected an expression giving a number"),
        n);
  }

  @Test
  void anOpportunityNoStateCanAnswerUnderItsRespondersIsLocated(@TempDir Path dir)
      throws Exception {
    String scripted = world().replace("    members: [A, {id: B, left: 2000-06}]\n",
        "    members: [A]\n").replace("recognition:\n", "  scripted:\n"
        + "    - {id: s1, host: A, type: club, start: 2000-03}\nrecognition:\n");
    Path f = dir.resolve("alone.yaml");
    Files.writeString(f, scripted);
    String m = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(f, List.of()))
        .getMessage();
    assertTrue(m.contains("crises.scripted[0].host: no state can answer this crisis: its type's"
        + " responders `{members: CLUB}` hold no state other than `A`"), m);
    assertTrue(m.contains(f + ":" + (clubLine() + 3) + ":"), m); // the host of s1

    // Random outbreaks only in A (the others at multiplier 0), A being CLUB's only member.
    String club = CLUB.replace("rate: 0", "rate: 0.1").replace("}\n",
        ", hosts: {HEG: 0, B: 0, C: 0}}\n");
    String onlyA = world().replace("    members: [A, {id: B, left: 2000-06}]\n",
        "    members: [A]\n");
    Files.writeString(f, onlyA.replace(CLUB, club));
    String n = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(f, List.of()))
        .getMessage();
    assertTrue(n.contains("crises.types.club.rate: no state can answer crises of type `club`: no"
        + " regional host has another state among its responders `{members: CLUB}`"), n);
    // With B at multiplier 1 again, A answers crises in B: accepted.
    Files.writeString(f, onlyA.replace(CLUB, club.replace(" B: 0,", "")));
    assertDoesNotThrow(() -> ScenarioLoader.load(f, List.of()));
    // A body that fields acts itself answers: the same type with fieldedBy is accepted.
    Files.writeString(f, onlyA.replace(CLUB, club.replace("}}\n", "}, fieldedBy: [UN]}\n")));
    assertDoesNotThrow(() -> ScenarioLoader.load(f, List.of()));
  }
}
