package org.rissim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rissim.observe.Event;
import org.rissim.observe.EventFormat;
import org.rissim.scenario.ScenarioException;
import org.rissim.scenario.ScenarioLoader;

/** Members a scenario dates join and leave their body in their month, and nowhere else. */
class DatedMembershipTest {
  private static final String DATED =
      "members: [HEG, {id: A, left: 2000-04}, {id: B, joined: 2000-03}]";

  private static Path world(Path dir, String members) throws Exception {
    Path tiny = Path.of(DatedMembershipTest.class.getResource("/model/tiny.yaml").toURI());
    Path f = dir.resolve("tiny.yaml");
    Files.writeString(f, Files.readString(tiny).replace("members: [HEG, A, B]", members));
    return f;
  }

  @Test
  void aDatedMemberJoinsAndAnotherLeavesInTheirMonth(@TempDir Path dir) throws Exception {
    RegionModel m = new RegionModel(ScenarioLoader.load(world(dir, DATED), List.of()).scenario(),
        1L);
    m.start();
    List<Event> events = new java.util.ArrayList<>();
    m.addEventListener(EventFormat.listener(m, events::add));
    SecondaryInstitution reg = m.body("REG");
    assertTrue(reg.hasMember(m.state("A")));
    assertFalse(reg.hasMember(m.state("B")), "B joins only in 2000-03");
    m.schedule.step(m); // 2000-01
    m.schedule.step(m); // 2000-02
    assertFalse(reg.hasMember(m.state("B")));
    m.schedule.step(m); // 2000-03
    assertTrue(reg.hasMember(m.state("B")));
    assertTrue(reg.hasMember(m.state("A")));
    m.schedule.step(m); // 2000-04
    assertFalse(reg.hasMember(m.state("A")), "A leaves in 2000-04");
    List<Event> scheduled = events.stream()
        .filter(e -> Boolean.TRUE.equals(e.fields().get("scheduled"))).toList();
    assertEquals(List.of("join", "exit"), scheduled.stream().map(Event::type).toList());
    assertEquals("B", scheduled.get(0).fields().get("state"));
    assertEquals("A", scheduled.get(1).fields().get("state"));
  }

  @Test
  void aMembershipMonthOutsideTheRunAndALeaveBeforeTheJoinAreLocatedErrors(@TempDir Path dir)
      throws Exception {
    Path f = world(dir, "members: [HEG, {id: A, joined: 1999-06}, "
        + "{id: B, joined: 2000-05, left: 2000-02}]");
    ScenarioException e = assertThrows(ScenarioException.class,
        () -> ScenarioLoader.load(f, List.of()));
    String m = e.getMessage();
    assertTrue(m.contains("bodies[1].members[1].joined: expected a month inside the run 2000-01 "
        + "to 2000-12, found 1999-06"), m);
    assertTrue(m.contains("bodies[1].members[2].left: expected a month after joined 2000-05"), m);
    assertTrue(m.contains(f + ":"), m);
  }
}
