package org.rissim.scenario;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scenario's records ({@link Preferences}, {@link StateSpec}, {@link BodySpec},
 * {@link FoundingSpec}, {@link CrisisSpec}) check their numbers in their compact constructors, so
 * records built in code are checked too; the binder still reports YAML input at its position.
 */
class ScenarioRecordRangesTest {
  private static final Path SMALL = Path.of("src/test/resources/scenarios/small.yaml");
  private static final Preferences PREFERENCES = new Preferences(1, 0.5, 0.5, 0.5, 1);
  private static final StrategyMix MIX = new StrategyMix(1, 0, 0, 0, 0, 0, 0, 0);

  /** Fails unless {@code build} throws an IllegalArgumentException with exactly this message. */
  private static void refused(String message, Executable build) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, build);
    assertEquals(message, e.getMessage());
  }

  private static StateSpec state(double power, int votes, Map<String, Double> alignment) {
    return new StateSpec("A", "A", true, power, 0.5, votes, false, Revisionism.STATUS_QUO, 0.5,
        0.5, Map.of("consent", 0.4), Map.of(), PREFERENCES, Map.of(), alignment, MIX, List.of());
  }

  private static BodySpec body(Map<String, Double> charter, double capability,
      double legitimacyRegional) {
    return new BodySpec("REG", "Regional", BodySpec.Level.REGIONAL, YearMonth.of(2000, 1),
        List.of("A"), Optional.empty(), charter, BodySpec.DecisionRule.CONSENSUS, capability,
        true, false, 0.5, legitimacyRegional, List.of());
  }

  private static FoundingSpec founding(double threshold, int minMembers, double breadth) {
    return new FoundingSpec(List.of("NEW"), threshold, 0.1, 0.1, 1, minMembers, 0.5,
        new FoundingSpec.AcceptWeights(1, 1, 1, 1, 0.5), 0.05, Map.of(),
        BodySpec.DecisionRule.HEGEMONIC, 0.5, 0.2,
        new FoundingSpec.LegitimacyWeights(0.5, breadth), Map.of());
  }

  private static CrisisSpec.CrisisType type(double rate, double intensity, int every) {
    return new CrisisSpec.CrisisType(rate, intensity, 0.1, 0.05, 24, 0.01, true, true,
        CrisisSpec.Responders.SPHERE, Optional.empty(), every, Map.of(), List.of());
  }

  @Test
  void preferencesRefuseANegativeWeight() {
    refused("Preferences.stability: expected a number >= 0, found -0.1",
        () -> new Preferences(1, 0.5, 0.5, -0.1, 1));
    refused("Preferences.goal: expected a number >= 0, found NaN",
        () -> new Preferences(Double.NaN, 0.5, 0.5, 0.5, 1));
    assertDoesNotThrow(() -> new Preferences(0, 0, 0, 0, 0));
  }

  @Test
  void aStateRefusesANumberOutOfItsRangeNamingItsId() {
    assertDoesNotThrow(() -> state(1, 0, Map.of("B", -1.0)));
    refused("StateSpec[A].power: expected a number > 0, found 0.0",
        () -> state(0, 1, Map.of()));
    refused("StateSpec[A].votes: expected a whole number >= 0, found -2",
        () -> state(1, -2, Map.of()));
    refused("StateSpec[A].alignment.B: expected a number in [-1,1], found 1.5",
        () -> state(1, 1, Map.of("B", 1.5)));
    refused("StateSpec.LevelStance.intentions.consent: expected a number in [0,1], found 1.2",
        () -> new StateSpec.LevelStance(Map.of("consent", 1.2), Revisionism.ORTHODOX));
  }

  @Test
  void aBodyRefusesANumberOutOfItsRangeNamingItsId() {
    assertDoesNotThrow(() -> body(Map.of("consent", 1.0), 0, 1));
    refused("BodySpec[REG].capability: expected a number in [0,1], found 1.5",
        () -> body(Map.of(), 1.5, 0.5));
    refused("BodySpec[REG].legitimacyRegional: expected a number in [0,1], found -0.1",
        () -> body(Map.of(), 0.5, -0.1));
    refused("BodySpec[REG].charter.consent: expected a number in [0,1], found 2.0",
        () -> body(Map.of("consent", 2.0), 0.5, 0.5));
  }

  @Test
  void foundingRefusesANumberOutOfItsRange() {
    assertDoesNotThrow(() -> founding(0.1, 2, 0));
    refused("FoundingSpec.threshold: expected a number > 0, found 0.0",
        () -> founding(0, 2, 0.4));
    refused("FoundingSpec.minMembers: expected a whole number >= 2, found 1",
        () -> founding(1, 1, 0.4));
    refused("FoundingSpec.LegitimacyWeights.breadth: expected a number >= 0, found -0.4",
        () -> founding(1, 2, -0.4));
    refused("FoundingSpec.AcceptWeights.cost: expected a number >= 0, found -1.0",
        () -> new FoundingSpec.AcceptWeights(1, 1, 1, 1, -1));
    refused("FoundingSpec.Template[NEW].capability: expected a number in [0,1], found 1.1",
        () -> new FoundingSpec.Template("NEW", Map.of(), BodySpec.DecisionRule.MAJORITY, 1.1, 2,
            List.of(), FoundingSpec.Relation.COEXIST));
  }

  @Test
  void aCrisisTypeAndAScriptedCrisisRefuseANumberOutOfItsRange() {
    assertDoesNotThrow(() -> type(0, 1, 1));
    refused("CrisisType.rate: expected a number >= 0, found -0.001", () -> type(-0.001, 1, 12));
    // intensity is in (0,1]: 0 is out
    refused("CrisisType.intensity: expected a number in (0,1], found 0.0", () -> type(0, 0, 12));
    refused("CrisisType.every: expected a whole number >= 1, found 0", () -> type(0, 1, 0));
    refused("ScriptedCrisis[c1].intensity: expected a number in (0,1], found 1.5",
        () -> new CrisisSpec.ScriptedCrisis("c1", "c1", "A", Optional.empty(), "unrest",
            YearMonth.of(2001, 1), Optional.of(1.5)));
  }

  @Test
  void theBinderStillReportsEachOutOfRangeNumberOnceAtItsPosition() {
    ScenarioException e = assertThrows(ScenarioException.class,
        () -> ScenarioLoader.load(SMALL, List.of("states.SMALL.power=-1",
            "states.HEG.preferences.goal=-2", "bodies.REG.capability=3",
            "founding.threshold=0", "crises.types.war.intensity=0",
            "crises.scripted.unrest2003.intensity=2")));
    List<String> messages = e.errors().stream().map(x -> x.path() + ": " + x.message()).toList();
    for (String m : List.of("states[1].power: expected a number > 0, found -1",
        "states[0].preferences.goal: expected a number >= 0, found -2",
        "bodies[1].capability: expected a number in [0,1], found 3",
        "founding.threshold: expected a number > 0, found 0",
        "crises.types.war.intensity: expected a number in (0,1], found 0",
        "crises.scripted[0].intensity: expected a number in (0,1], found 2")) {
      assertTrue(messages.contains(m), m + " not in " + messages);
    }
    assertEquals(6, messages.size(), messages.toString());
  }

  @Test
  void anOutOfRangeNumberInAFileIsReportedAtItsLineAndColumn(@TempDir Path tmp) throws Exception {
    Path file = tmp.resolve("small.yaml");
    Files.writeString(file, Files.readString(SMALL).replace("    power: 1\n",
        "    power: -1\n"));
    ScenarioException e = assertThrows(ScenarioException.class,
        () -> ScenarioLoader.load(file, List.of()));
    assertEquals(1, e.errors().size(), e.errors().toString());
    ScenarioError x = e.errors().get(0);
    assertEquals(List.of(file.toString(), 29, 12, "states[1].power",
        "expected a number > 0, found -1"), List.of(x.file(), x.line(), x.column(), x.path(),
        x.message()));
  }
}
