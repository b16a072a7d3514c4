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

/** A state's power given as a dated series takes each value from its month on. */
class DatedSeriesTest {
  private static Path world(Path dir, String power) throws Exception {
    Path tiny = Path.of(DatedSeriesTest.class.getResource("/model/tiny.yaml").toURI());
    Path f = dir.resolve("tiny.yaml");
    Files.writeString(f, Files.readString(tiny).replaceFirst("    power: 10\n",
        "    power: " + power + "\n"));
    return f;
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
