package org.rissim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticRegionTest {
  private static final Path FILE = Path.of("scenarios/synthetic-1k.yaml");

  @Test
  void shippedFileGeneratesAThousandStatesAndItsBodies() throws ScenarioException {
    Scenario s = ScenarioLoader.load(FILE, List.of()).scenario();
    assertEquals(1000, s.states().size());
    assertEquals(120, s.months());
    assertEquals(List.of("UN", "B1", "B2", "B3"), s.bodies().stream().map(BodySpec::id).toList());
    // the global body listed with `members: all` takes every generated state
    assertEquals(1000, s.bodies().get(0).members().size());
    BodySpec led = s.bodies().get(1);
    assertEquals(Optional.of("H1"), led.leader());
    StateSpec hegemon = s.state("H1").orElseThrow();
    double maxOther = s.states().stream().filter(x -> !x.id().equals("H1"))
        .mapToDouble(StateSpec::power).max().orElseThrow();
    assertTrue(hegemon.power() >= maxOther, "the hegemon takes the largest power draw");
  }

  @Test
  void sameSectionGivesTheSameRegionAndAnotherSeedAnother() throws ScenarioException {
    Scenario a = ScenarioLoader.load(FILE, List.of()).scenario();
    Scenario b = ScenarioLoader.load(FILE, List.of()).scenario();
    Scenario c = ScenarioLoader.load(FILE, List.of("synthetic.seed=7")).scenario();
    assertEquals(a, b);
    assertNotEquals(a.states(), c.states());
  }

  @Test
  void membersOfTheLedBodyAreMoreAlignedThanClubMembers() throws ScenarioException {
    Scenario s = ScenarioLoader.load(FILE, List.of()).scenario();
    double led = meanAlignment(s, s.bodies().get(1));
    double club = meanAlignment(s, s.bodies().get(2));
    assertTrue(led > club, "led " + led + " vs club " + club);
  }

  private static double meanAlignment(Scenario s, BodySpec body) {
    return body.members().stream().filter(id -> !id.equals("H1"))
        .mapToDouble(id -> s.state(id).orElseThrow().alignment().getOrDefault("H1", 0.0))
        .average().orElseThrow();
  }

  @Test
  void unknownKeyAndBadValueAreReportedInTheSection(@TempDir Path dir) throws Exception {
    String text = Files.readString(FILE)
        .replace("  hegemons: 1\n", "  hegemons: 1\n  powr: 2\n")
        .replace("states: 1000", "states: -3")
        .replace("extends: institutions/", "extends: " + FILE.toAbsolutePath().getParent()
            .resolve("institutions").toString().replace('\\', '/') + "/");
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, text);
    ScenarioException e = assertThrows(ScenarioException.class,
        () -> ScenarioLoader.load(bad, List.of()));
    String message = e.getMessage();
    assertTrue(message.contains("synthetic.powr"), message);
    assertTrue(message.contains("synthetic.states"), message);
  }
}
