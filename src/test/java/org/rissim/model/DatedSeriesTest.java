package org.rissim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rissim.scenario.ScenarioException;
import org.rissim.scenario.ScenarioLoader;

/** A state's power, status or votes given as a dated series take each value from its month on. */
class DatedSeriesTest {
  private static Path world(Path dir, String power) throws Exception {
    Path tiny = Path.of(DatedSeriesTest.class.getResource("/model/tiny.yaml").toURI());
    Path f = dir.resolve("tiny.yaml");
    Files.writeString(f, Files.readString(tiny).replaceFirst("    power: 10\n",
        "    power: " + power + "\n"));
    return f;
  }

  /** tiny.yaml with {@code line} (a line of it, with its newline) replaced by {@code with}. */
  private static Path replaced(Path dir, String line, String with) throws Exception {
    Path tiny = Path.of(DatedSeriesTest.class.getResource("/model/tiny.yaml").toURI());
    Path f = dir.resolve("tiny.yaml");
    String text = Files.readString(tiny);
    assertTrue(text.contains(line), line);
    Files.writeString(f, text.replaceFirst(line, with));
    return f;
  }

  @Test
  void statusFollowsItsSeriesAndWeighsTheRegionalUnderstanding(@TempDir Path dir)
      throws Exception {
    Path f = replaced(dir, "    power: 10\n",
        "    power: 10\n    status: {1999-06: 0.5, 2000-03: 1.0}\n");
    RegionModel m = new RegionModel(ScenarioLoader.load(f, List.of()).scenario(), 1L);
    m.start();
    StateAgent heg = m.state("HEG");
    assertEquals(0.5, heg.status());
    m.schedule.step(m); // 2000-01
    m.schedule.step(m); // 2000-02
    assertEquals(0.5, heg.status());
    double before = org.rissim.model.mechanism.GlobalLevel.regionalWeight(m, heg);
    m.schedule.step(m); // 2000-03
    assertEquals(1.0, heg.status());
    double after = org.rissim.model.mechanism.GlobalLevel.regionalWeight(m, heg);
    double b = m.parameters().global().regionalStatus();
    assertTrue(b > 0, "the test needs status to weigh r");
    assertEquals(Math.pow(2.0, b), after / before, 1e-9, "weight ~ status^b, status doubled");
    assertEquals(0.5, m.scenario().states().get(0).status(), "the spec keeps the start value");
  }

  @Test
  void votesFollowTheirSeriesAndTheGlobalTotalFollowsThem(@TempDir Path dir) throws Exception {
    Path f = replaced(dir, "    votes: 10\n", "    votes: {2000-01: 10, 2000-02: 30}\n");
    RegionModel m = new RegionModel(ScenarioLoader.load(f, List.of()).scenario(), 1L);
    m.start();
    StateAgent west = m.state("WEST");
    double total = m.totalVotes();
    assertEquals(10, west.votes());
    m.schedule.step(m); // 2000-01
    assertEquals(10, west.votes());
    assertEquals(total, m.totalVotes());
    m.schedule.step(m); // 2000-02
    assertEquals(30, west.votes());
    assertEquals(total + 20, m.totalVotes());
  }

  @Test
  void aBadStatusOrVotesSeriesIsALocatedError(@TempDir Path dir) throws Exception {
    Path status = replaced(dir, "    power: 10\n",
        "    power: 10\n    status: {2000-01: 0.5, 2000-06: 1.5}\n");
    String m = assertThrows(ScenarioException.class,
        () -> ScenarioLoader.load(status, List.of())).getMessage();
    assertTrue(m.contains("states[0].status.2000-06: expected a number in [0,1], found 1.5"), m);
    assertTrue(m.contains(status + ":"), m);
    Path votes = replaced(dir, "    votes: 10\n", "    votes: {2000-04: 10, 2000-02: 2.5}\n");
    m = assertThrows(ScenarioException.class,
        () -> ScenarioLoader.load(votes, List.of())).getMessage();
    assertTrue(m.contains("states[3].votes.2000-02: expected the months of a dated series in "
        + "increasing order, found 2000-02 after 2000-04"), m);
    assertTrue(m.contains("states[3].votes.2000-02: expected a whole number"), m);
    assertTrue(m.contains("states[3].votes: a dated series must give the value at the start"),
        m);
  }

  @Test
  void powerFollowsItsSeriesAndTheBodysDominanceFollowsIt(@TempDir Path dir) throws Exception {
    Path f = world(dir, "{1999-01: 10, 2000-03: 2}");
    RegionModel m = new RegionModel(ScenarioLoader.load(f, List.of()).scenario(), 1L);
    m.start();
    StateAgent heg = m.state("HEG");
    SecondaryInstitution reg = m.body("REG");
    assertEquals(10.0, heg.power());
    assertEquals(10.0 / 12.0, reg.dominance(), 1e-12); // HEG 10 of 10 + 1 + 1
    m.schedule.step(m); // 2000-01
    m.schedule.step(m); // 2000-02
    assertEquals(10.0, heg.power());
    m.schedule.step(m); // 2000-03
    assertEquals(2.0, heg.power());
    assertEquals(2.0 / 4.0, reg.dominance(), 1e-12);
  }

  @Test
  void aSeriesOutOfOrderOrStartingAfterTheStartIsALocatedError(@TempDir Path dir)
      throws Exception {
    Path late = world(dir, "{2000-05: 10, 2000-03: 2}");
    String m = assertThrows(ScenarioException.class,
        () -> ScenarioLoader.load(late, List.of())).getMessage();
    assertTrue(m.contains("states[0].power.2000-03: expected the months of a dated series in "
        + "increasing order, found 2000-03 after 2000-05"), m);
    assertTrue(m.contains("a dated series must give the value at the start"), m);
    assertTrue(m.contains(late + ":"), m);
  }
}
