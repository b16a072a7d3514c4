package org.rissim.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped peacekeeping institution scores hand-made acts as its expressions say. */
class ActScoringTest {
  private static InstitutionSpec peacekeeping;
  private static final double[] INTENT = {0.4, 0.3, 0.4, 0.1};
  private static final double[] STANDARD = {0.95, 0.95, 0.9, 0.9};
  private static final double[] NOISE = {0.02, -0.03, 0.01, 0.05};

  @BeforeAll
  static void load() throws ScenarioException {
    peacekeeping = ScenarioLoader.load(Path.of("scenarios/psris-baseline.yaml"), List.of())
        .scenario().institution();
  }

  private static ActScoring.Scored act(boolean conforming, boolean welcomed, boolean internal,
      double interested) {
    ActScoring.Situation s = new ActScoring.Situation(conforming, false, "unrest", internal,
        welcomed ? 1 : -1, welcomed, interested, 0.4, "A", "H", "", false, false);
    return ActScoring.score(peacekeeping, s, INTENT, STANDARD, NOISE);
  }

  @Test
  void aConformingActHasAllPartiesConsentNoSideAndTheStandardsForce() {
    ActScoring.Scored a = act(true, true, true, 0.7);
    assertArrayEquals(new Object[] {"all-parties", "none", 0.0}, a.features());
    assertArrayEquals(new double[] {1.0, 1 - 0.03, 0.9 + 0.01, 1.0}, a.profile(), 1e-12);
    assertEquals(0.0, a.departure(), 1e-12); // fully disinterested: no departure
    assertFalse(a.imposed());
    assertTrue(a.calming());
  }

  @Test
  void aWelcomedDeviatingActTakesTheGovernmentsSideAndEnactsIntentions() {
    ActScoring.Scored a = act(false, true, true, 0.7);
    assertArrayEquals(new Object[] {"host-government", "government", 0.7}, a.features());
    double[] p = {0.5 + 0.02, 0.3 - 0.03, 0.4 + 0.01, 1 - 0.7};
    assertArrayEquals(p, a.profile(), 1e-12);
    assertEquals((1 - p[1]) * (1 - p[2]) * (1 - p[3]), a.departure(), 1e-12);
    assertEquals(1 - p[2], a.escalation(), 1e-12);
    assertFalse(a.imposed());
    assertTrue(a.calming());
  }

  @Test
  void anUnwelcomedActIsCoercedImposedSidesAgainstTheHostAndDoesNotCalm() {
    ActScoring.Scored a = act(false, false, false, 1.0);
    assertEquals("coerced", a.features()[0]);
    assertEquals("opponent", a.features()[1]);
    assertEquals(0.1 + 0.02, a.profile()[0], 1e-12);
    assertEquals(0.0, a.profile()[3], 1e-12);
    assertTrue(a.imposed());
    assertFalse(a.calming());
  }

  @Test
  void scoresAreClippedToTheUnitInterval() {
    double[] big = {0.5, 0.5, 0.5, 0.5};
    ActScoring.Situation s = new ActScoring.Situation(true, false, "unrest", true, 1, true, 0,
        0, "A", "H", "", false, false);
    ActScoring.Scored a = ActScoring.score(peacekeeping, s, INTENT, STANDARD, big);
    assertEquals(1.0, a.profile()[0]);
    assertEquals(0.5, a.profile()[1], 1e-12);
  }

  @Test
  void aGenericPracticeEnactsTheIntentionOrTheStandardAndNeverDeparts() {
    InstitutionSpec generic = InstitutionSpec.generic("g", "p", 1.0,
        List.of(new PracticeSpec("a", "A", 0.8, Optional.empty())));
    double[] t = {0.3};
    double[] g = {0.8};
    double[] e = {0.05};
    ActScoring.Scored deviating = ActScoring.score(generic,
        new ActScoring.Situation(false, true, "x", false, 0, false, 0, 0, "A", "H", "", false,
            false), t, g, e);
    ActScoring.Scored conforming = ActScoring.score(generic,
        new ActScoring.Situation(true, true, "x", false, 0, false, 0, 0, "A", "H", "", false,
            false), t, g, e);
    assertEquals(0.35, deviating.profile()[0], 1e-12);
    assertEquals(0.85, conforming.profile()[0], 1e-12);
    assertEquals(0.0, deviating.departure());
    assertFalse(deviating.imposed());
    assertTrue(deviating.calming());
    assertEquals(0.0, deviating.escalation());
  }

  @Test
  void divisionIsFloatingPoint() {
    Expression e = Expression.compile("1/2", null);
    assertEquals(0.5, e.number(java.util.Map.of()), 0);
  }

  @Test
  void expressionsCannotReachJavaClasses() {
    Expression e = Expression.compile("''.getClass().forName('java.lang.Runtime')", null);
    assertThrows(IllegalStateException.class, () -> e.evaluate(java.util.Map.of()));
  }

  @Test
  void expressionsReadTheActorTheHostTheBodyAndWhetherABodyFieldsIt(@TempDir Path dir) throws Exception {
    // A treaty-based consent that only one body's acts have (e.g. the AU's Art. 4(h)), an
    // authority from a body's own mandate, and the host's and actor's ids.
    String base = Files.readString(ScenarioLoaderTest.SMALL);
    int at = base.indexOf("institution:");
    int end = base.indexOf("\nstates:");
    Path f = dir.resolve("ok.yaml");
    Files.writeString(f, base.substring(0, at) + """
        institution:
          id: x
          principle: p
          vocabulary:
            names: {opportunity: crisis, opportunities: crises, act: operation, acts: ops, opportunityId: crisis, actId: op}
          features:
            - {id: consent, levels: [treaty, invited, none],
               value: "body == 'REG' ? 'treaty' : (welcomed ? 'invited' : 'none')"}
            - {id: authority, levels: [mandate, own],
               value: "fielded ? 'mandate' : 'own'"}
            - {id: self, range: [0, 1], value: "actor == host ? 1 : 0"}
            - {id: council, range: [0, 1], value: "globalBody ? 1 : 0"}
          practices:
            - {id: consent, global: 0.9, score: "consent == 'none' ? 0 : 1"}
            - {id: impartiality, global: 0.8, score: "authority == 'mandate' ? 1 : 0.5"}
        """ + base.substring(end));
    InstitutionSpec inst = ScenarioLoader.load(f, List.of()).scenario().institution();
    double[] half = {0.5, 0.5};
    double[] zero = {0, 0};
    ActScoring.Scored through = ActScoring.score(inst, new ActScoring.Situation(false, false,
        "x", true, -1, false, 0, 0, "A", "H", "REG", false, false), half, half, zero);
    assertArrayEquals(new Object[] {"treaty", "own", 0.0, 0.0}, through.features());
    ActScoring.Scored alone = ActScoring.score(inst, new ActScoring.Situation(false, true,
        "x", true, -1, false, 0, 0, "A", "H", "", false, false), half, half, zero);
    assertEquals("none", alone.features()[0]);
    assertEquals(0.0, alone.profile()[0]);
    ActScoring.Scored fielded = ActScoring.score(inst, new ActScoring.Situation(true, false,
        "x", true, 1, true, 0, 0, "", "H", "GLOBAL", true, true), half, half, zero);
    assertArrayEquals(new Object[] {"invited", "mandate", 0.0, 1.0}, fielded.features());
    assertEquals(1.0, fielded.profile()[1]);
    ActScoring.Scored own = ActScoring.score(inst, new ActScoring.Situation(false, true,
        "x", true, 1, true, 0, 0, "H", "H", "", false, false), half, half, zero);
    assertEquals(1.0, own.features()[2]);
  }

  private static String failure(Path dir, String institution) throws Exception {
    String base = Files.readString(ScenarioLoaderTest.SMALL);
    int at = base.indexOf("institution:");
    int end = base.indexOf("\nstates:");
    Path f = dir.resolve("bad.yaml");
    Files.writeString(f, base.substring(0, at) + institution + base.substring(end));
    ScenarioException e = assertThrows(ScenarioException.class,
        () -> ScenarioLoader.load(f, List.of()));
    return e.getMessage();
  }

  private static final String HEAD = """
      institution:
        id: x
        principle: p
        features:
          - {id: consent, levels: [yes, no], value: "welcomed ? 'yes' : 'no'"}
      """;

  @Test
  void anUnknownVariableIsReportedAtItsLineWithTheKeyPath(@TempDir Path dir) throws Exception {
    String m = failure(dir, HEAD + """
          - {id: side, levels: [a, b], value: "welcomd ? 'a' : 'b'"}
        practices:
          - {id: consent, global: 0.9}
          - {id: impartiality, global: 0.8}
      """);
    assertTrue(m.contains("bad.yaml:12:41:"), m);
    assertTrue(m.contains("institution.features[1].value"), m);
    assertTrue(m.contains("unknown variable `welcomd`") && m.contains("did you mean"), m);
  }

  @Test
  void aScoreReadingAnUndefinedFeatureIsReported(@TempDir Path dir) throws Exception {
    String m = failure(dir, HEAD + """
        practices:
          - {id: consent, global: 0.9, score: "sidee == 'yes' ? 1 : 0"}
          - {id: impartiality, global: 0.8}
      """);
    assertTrue(m.contains("institution.practices[0].score"), m);
    assertTrue(m.contains("unknown variable `sidee`"), m);
  }

  @Test
  void aQuotedTextThatIsNoLevelIsReported(@TempDir Path dir) throws Exception {
    String m = failure(dir, HEAD + """
        practices:
          - {id: consent, global: 0.9, score: "consent == 'yess' ? 1 : 0"}
          - {id: impartiality, global: 0.8}
      """);
    assertTrue(m.contains("'yess' is neither a level"), m);
  }

  @Test
  void aPracticeMapKeyMustBeAPractice(@TempDir Path dir) throws Exception {
    String m = failure(dir, HEAD + """
        practices:
          - {id: consent, global: 0.9}
          - {id: impartiality, global: 0.8}
        departure: "1 - score.force"
      """);
    assertTrue(m.contains("institution.departure") && m.contains("`score.force` names no"), m);
  }

  @Test
  void aValueOfTheWrongKindIsFoundByTheDryRun(@TempDir Path dir) throws Exception {
    String m = failure(dir, HEAD + """
        practices:
          - {id: consent, global: 0.9}
          - {id: impartiality, global: 0.8}
        imposed: "welcome"
      """);
    assertTrue(m.contains("expected true or false"), m);
    assertTrue(m.contains("bad.yaml:15:12: institution.imposed:"), m);
  }

  @Test
  void levelsAndRangeTogetherAndBadSyntaxAreReported(@TempDir Path dir) throws Exception {
    String m = failure(dir, """
        institution:
          id: x
          principle: p
          features:
            - {id: f, levels: [a], range: [0, 1], value: "'a'"}
            - {id: conforming, value: "1 +"}
          practices:
            - {id: consent, global: 0.9}
            - {id: impartiality, global: 0.8}
        """);
    assertTrue(m.contains("`levels` or a `range`, not both"), m);
    assertTrue(m.contains("does not parse"), m);
  }
}
