package org.rissim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rissim.experiment.RunResult;
import org.rissim.experiment.Simulation;
import org.rissim.model.mechanism.Founding;
import org.rissim.observe.Event;
import org.rissim.observe.EventFormat;
import org.rissim.observe.RunSummary;
import org.rissim.scenario.Scenario;
import org.rissim.scenario.ScenarioException;
import org.rissim.scenario.ScenarioLoader;

/**
 * A scripted body that ends ({@code dissolved:}) or replaces another ({@code replaces:}), in the
 * tiny world: the regional body REG (HEG, A, B) and a successor AU.
 */
class DissolutionTest {
  private static Path world(Path dir, String regExtra, String extraBody) throws Exception {
    Path tiny = Path.of(DissolutionTest.class.getResource("/model/tiny.yaml").toURI());
    String text = Files.readString(tiny)
        .replace("    charter: {consent: 0.9, impartiality: 0.8}\n",
            "    charter: {consent: 0.9, impartiality: 0.8}\n" + regExtra + extraBody);
    Path f = dir.resolve("tiny.yaml");
    Files.writeString(f, text);
    return f;
  }

  private static Scenario load(Path f) throws ScenarioException {
    return ScenarioLoader.load(f, List.of()).scenario();
  }

  private static final class World {
    final RegionModel m;
    final List<Event> events = new ArrayList<>();

    World(Scenario s) {
      m = new RegionModel(s, TinyWorld.SEED);
      m.start();
      m.addEventListener(EventFormat.listener(m, events::add));
    }

    private int steps;

    /** Runs the months up to and including {@code month}. */
    void stepTo(YearMonth month) {
      long target = m.scenario().start().until(month, java.time.temporal.ChronoUnit.MONTHS) + 1;
      while (steps < target) {
        m.schedule.step(m);
        steps++;
      }
    }

    List<String> types() {
      return events.stream().map(Event::type).toList();
    }
  }

  @Test
  void aDissolvedBodyLosesItsMembersAndIsNoLongerOfferedInItsMonth(@TempDir Path dir)
      throws Exception {
    World w = new World(load(world(dir, "    dissolved: 2000-04\n", "")));
    SecondaryInstitution reg = w.m.body("REG");
    StateAgent heg = w.m.state("HEG");
    w.stepTo(YearMonth.of(2000, 3));
    assertTrue(reg.exists());
    assertEquals(reg, Founding.frustratingBody(heg, w.m), "REG is HEG's voice venue");
    assertFalse(w.types().contains("dissolved"));
    w.stepTo(YearMonth.of(2000, 4));
    assertFalse(reg.exists());
    assertTrue(reg.members().isEmpty());
    assertNull(Founding.frustratingBody(heg, w.m), "a dissolved body is no founding target");
    List<Event> d = w.events.stream().filter(e -> e.type().equals("dissolved")).toList();
    assertEquals(1, d.size());
    assertEquals("REG", d.get(0).fields().get("body"));
    assertNull(d.get(0).fields().get("by"));
    assertEquals(List.of("HEG", "A", "B"), d.get(0).fields().get("members"));
    assertEquals(true, d.get(0).fields().get("scripted"));
    assertEquals(YearMonth.of(2000, 4), d.get(0).month());
  }

  @Test
  void itsColumnsAreEmptyFromTheMonthItIsDissolved(@TempDir Path dir) throws Exception {
    RunResult r = Simulation.run(load(world(dir, "    dissolved: 2000-04\n", "")), 1L,
        Optional.empty());
    var s = r.series();
    assertEquals(3.0, s.value(s.rowOf(YearMonth.of(2000, 3)), "body.REG.members"));
    for (String c : List.of("members", "cohesion", "legitimacy.global", "recognition")) {
      assertTrue(Double.isNaN(s.value(s.rowOf(YearMonth.of(2000, 4)), "body.REG." + c)), c);
      assertTrue(Double.isNaN(s.value(s.rowOf(YearMonth.of(2000, 12)), "body.REG." + c)), c);
    }
  }

  @Test
  void aBodyThatReplacesAnotherWithoutMembersTakesOverItsMembers(@TempDir Path dir)
      throws Exception {
    World w = new World(load(world(dir, "", "  - {id: AU, founded: 2000-03, replaces: REG, "
        + "leader: HEG}\n")));
    SecondaryInstitution reg = w.m.body("REG");
    SecondaryInstitution au = w.m.body("AU");
    w.stepTo(YearMonth.of(2000, 2));
    assertTrue(reg.exists());
    assertFalse(au.exists());
    w.stepTo(YearMonth.of(2000, 3));
    assertFalse(reg.exists());
    assertTrue(reg.members().isEmpty());
    assertTrue(au.exists());
    assertEquals(List.of("HEG", "A", "B"), au.memberIds());
    assertEquals(au, Founding.frustratingBody(w.m.state("HEG"), w.m));
    // the dissolution, then the founding that lists the members it took over
    List<Event> succession = w.events.stream()
        .filter(e -> e.type().equals("dissolved") || e.type().equals("founding")).toList();
    assertEquals(List.of("dissolved", "founding"), succession.stream().map(Event::type).toList());
    assertEquals("AU", succession.get(0).fields().get("by"));
    assertEquals(List.of("HEG", "A", "B"), succession.get(1).fields().get("members"));
    assertEquals(true, succession.get(1).fields().get("scripted"));
  }

  @Test
  void aBodyThatReplacesAnotherWithItsOwnMembersKeepsOnlyThem(@TempDir Path dir)
      throws Exception {
    World w = new World(load(world(dir, "", "  - {id: AU, founded: 2000-03, replaces: REG, "
        + "members: [HEG, A], leader: HEG}\n")));
    w.stepTo(YearMonth.of(2000, 3));
    assertEquals(List.of("HEG", "A"), w.m.body("AU").memberIds());
    assertFalse(w.m.body("REG").exists());
    assertFalse(w.m.body("REG").hasMember(w.m.state("B")), "B is in no body now");
  }

  @Test
  void theSummarySaysAScriptedBodyIsFoundedAndGroupsTheMonthsLeavers(@TempDir Path dir)
      throws Exception {
    Path f = world(dir, "", "  - {id: AU, founded: 2000-03, replaces: REG, leader: HEG}\n");
    Files.writeString(f, Files.readString(f).replace("members: all",
        "members: [HEG, {id: A, left: 2000-06}, {id: B, left: 2000-06}, WEST]"));
    Scenario s = load(f);
    RunResult r = Simulation.run(s, 1L, Optional.empty());
    String text = RunSummary.of(s, 1L, r.series(), r.events());
    assertTrue(text.contains("  2000-03: AU is founded (scripted) with [HEG, A, B]\n"), text);
    assertFalse(text.contains("founds AU"), text);
    assertTrue(text.contains("  2000-03: REG is dissolved, succeeded by AU\n"), text);
    assertTrue(text.contains("  2000-06: 2 states leave UN: A, B\n"), text);
    assertFalse(text.contains("A leaves UN"), text);
  }

  @Test
  void dissolutionsAndReplacementsAreCheckedWhereTheyAreWritten(@TempDir Path dir)
      throws Exception {
    Path f = world(dir, "    dissolved: 1990-01\n",
        "  - {id: AU, founded: 2000-03, replaces: REGG}\n"
        + "  - {id: AU2, founded: 1999-01, replaces: REG, members: [HEG]}\n"
        + "  - {id: AU3, founded: 2000-05, replaces: UN, leader: HEG}\n");
    String m = assertThrows(ScenarioException.class, () -> load(f)).getMessage();
    assertTrue(m.contains("bodies[1].dissolved: expected a month inside the run 2000-01 to "
        + "2000-12, found 1990-01"), m);
    assertTrue(m.contains("bodies[2].replaces: no body has id `REGG`; did you mean `REG`?"), m);
    assertTrue(m.contains("bodies[3].replaces: a body that replaces another is founded by "
        + "script: expected `founded` after the start 2000-01, found 1999-01"), m);
    assertTrue(m.contains("bodies[4].replaces: the recognition body `UN` (recognition.body) "
        + "cannot be replaced"), m);
    assertTrue(m.contains(f + ":"), m);
  }

  @Test
  void datedMembersAndTheLeaderMustFitTheSuccession(@TempDir Path dir) throws Exception {
    Path f = world(dir, "", "  - {id: AU, founded: 2000-06, replaces: REG, leader: WEST}\n");
    Files.writeString(f, Files.readString(f).replace("members: [HEG, A, B]",
        "members: [HEG, {id: A, left: 2000-06}, {id: B, joined: 2000-07}]"));
    String m = assertThrows(ScenarioException.class, () -> load(f)).getMessage();
    assertTrue(m.contains("bodies[1].members[1].left: expected a month before 2000-06, found "
        + "2000-06"), m);
    assertTrue(m.contains("bodies[1].members[2].joined: expected a month before 2000-06, found "
        + "2000-07"), m);
    assertTrue(m.contains("bodies[2].leader: leader `WEST` is not a member of `REG`, whose "
        + "members this body takes over in 2000-06"), m);
  }

  @Test
  void aBodyWithoutMembersThatReplacesNothingIsAnError(@TempDir Path dir) throws Exception {
    Path f = world(dir, "", "  - {id: AU, founded: 2000-06}\n");
    String m = assertThrows(ScenarioException.class, () -> load(f)).getMessage();
    assertTrue(m.contains("bodies[2].members: missing required key `members` in bodies[2]"), m);
  }
}
