package org.rissim.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rissim.observe.Event;
import org.rissim.observe.EventFormat;
import org.rissim.scenario.ScenarioLoader;

/** Restraint is an observable act when the institution says so, and invisible otherwise. */
class RestraintTest {
  private static List<Event> run(Path dir, String restraint) throws Exception {
    Path tiny = Path.of(RestraintTest.class.getResource("/model/tiny.yaml").toURI());
    String text = Files.readString(tiny).replace("  departure: ", restraint + "  departure: ")
        + "crises:\n  types:\n    unrest: {rate: 0}\n  scripted:\n"
        + "    - {id: c1, host: A, type: unrest, start: 2000-02}\n";
    Path f = dir.resolve("tiny.yaml");
    Files.writeString(f, text);
    RegionModel m = new RegionModel(ScenarioLoader.load(f, List.of("states.HEG.sphere=[A]",
        "states.HEG.strategyMix={comply: 0, behavioural: 0, discursive: 0, throughBody: 0, "
            + "newBody: 0, recognition: 0, counterContestation: 0, distancing: 0}"))
        .scenario(), 1L);
    m.start();
    List<Event> events = new ArrayList<>();
    m.addEventListener(EventFormat.listener(m, events::add));
    m.schedule.step(m);
    m.schedule.step(m);
    return events;
  }

  @Test
  void anAbstainingStateIsSeenEnactingTheStandardWithTheInstitutionsWeight(@TempDir Path dir)
      throws Exception {
    List<Event> events = run(dir, "  restraint: 0.4\n");
    List<Event> r = events.stream().filter(e -> e.type().equals("restraint")).toList();
    assertEquals(1, r.size(), events.toString());
    assertEquals("HEG", r.get(0).fields().get("actor"));
    assertEquals("A", r.get(0).fields().get("host"));
    assertEquals(0.4, r.get(0).fields().get("weight"));
  }

  @Test
  void withoutRestraintAbstentionLeavesNoAct(@TempDir Path dir) throws Exception {
    List<Event> events = run(dir, "");
    assertTrue(events.stream().noneMatch(e -> e.type().equals("restraint")), events.toString());
    assertTrue(events.stream().anyMatch(e -> e.type().equals("opportunity")), events.toString());
    assertArrayEquals(new Object[0], events.stream().filter(e -> e.type().equals("act"))
        .toArray());
  }
}
