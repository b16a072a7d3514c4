package org.rissim.model.mechanism;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.rissim.model.Crisis;
import org.rissim.model.RegionModel;
import org.rissim.model.StateAgent;
import org.rissim.scenario.CrisisSpec;
import org.rissim.scenario.ScenarioException;
import org.rissim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/** Who contributes to an act through a body, and the act a state predicts it would enact. */
class ActsTest {
  private static final CrisisSpec.CrisisType UNREST =
      new CrisisSpec.CrisisType(0, 0.5, 0.1, 0.02, 24, 0.05, true, false);

  /** The tiny test world with these overrides, started with a fixed seed (shared by tests here). */
  static RegionModel world(String... overrides) {
    try {
      Path file = Path.of(ActsTest.class.getResource("/model/tiny.yaml").toURI());
      RegionModel m = new RegionModel(ScenarioLoader.load(file, List.of(overrides)).scenario(),
          20240101L);
      m.start();
      return m;
    } catch (URISyntaxException | ScenarioException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void theHostTheOpponentAndMembersWhoCannotPayNeverContribute() {
    RegionModel m = world();
    StateAgent a = m.state("A");
    StateAgent b = m.state("B");
    Crisis c = m.openCrisis("c", "c", "unrest", UNREST, a, b, false, 0.5);
    a.setResources(10);
    b.setResources(10);
    for (int i = 0; i < 200; i++) {
      assertFalse(OperationModel.contributes(m, a, m.state("HEG"), m.body("REG"), c));
      assertFalse(OperationModel.contributes(m, b, m.state("HEG"), m.body("REG"), c));
    }
    Crisis other = m.openCrisis("d", "d", "unrest", UNREST, m.state("WEST"), null, false, 0.5);
    b.setResources(0);
    for (int i = 0; i < 200; i++) {
      assertFalse(OperationModel.contributes(m, b, m.state("HEG"), m.body("REG"), other));
    }
  }

  @Test
  void aMemberContributesWithTheLogisticOfItsUtility() {
    RegionModel m = world("parameters.choice.contributionCost=1.0");
    StateAgent b = m.state("B");
    b.setResources(10);
    Crisis c = m.openCrisis("c", "c", "unrest", UNREST, m.state("A"), null, false, 0.5);
    int n = 20000;
    int yes = 0;
    for (int i = 0; i < n; i++) {
      yes += OperationModel.contributes(m, b, m.state("HEG"), m.body("REG"), c) ? 1 : 0;
    }
    // u = 2 align(B->HEG) + 2 aff(B, REG) + [A in B's sphere] - cost = 1.6 + 1.0 + 0 - 1.0
    double expected = Geometry.logistic(1.6);
    assertEquals(expected, yes / (double) n, 4 * Math.sqrt(expected * (1 - expected) / n));
  }

  @Test
  void aStatePredictsTheActTheInstitutionWouldScoreInTheSituation() {
    RegionModel m = world("states.A.alignment.HEG=-0.9", "states.A.regimeInsecurity=0");
    Crisis c = m.openCrisis("c", "c", "unrest", UNREST, m.state("A"), null, false, 0.5);
    StateAgent heg = m.state("HEG");
    // An unwelcoming host: the act would rest on coerced consent (0.1) and side with the
    // separatists, enacting the actor's intended impartiality (0.2).
    assertArrayEquals(new double[] {0.1, 0.2}, Opportunities.predict(m, heg, c, null), 1e-12);
    assertTrue(Geometry.distance(Opportunities.predict(m, heg, c, null), heg.intentions())
        <= m.parameters().choice().tolerance());
  }

  @Test
  void aStateWhoseIntentionsRespectConsentFindsTheCoercedActBeyondItsTolerance() {
    RegionModel m = world("states.A.alignment.HEG=-0.9", "states.A.regimeInsecurity=0",
        "states.HEG.intentions={consent: 0.9, impartiality: 0.8}");
    Crisis c = m.openCrisis("c", "c", "unrest", UNREST, m.state("A"), null, false, 0.5);
    StateAgent heg = m.state("HEG");
    double[] act = Opportunities.predict(m, heg, c, null);
    assertEquals(0.1, act[0], 1e-12);
    assertTrue(Geometry.distance(act, heg.intentions()) > m.parameters().choice().tolerance());
  }

  @Test
  void aLeadNationAnswersFirstByCapabilityTimesInterest() {
    RegionModel m = world("states.A.alignment.B=-0.5");
    StateAgent a = m.state("A");
    // HEG: power 10, alignment toward A 0.5; B: power 1, alignment toward A 0 (A's alignment
    // toward B does not count: the priority reads the responder's own alignment).
    assertEquals(10 * 1.5, Opportunities.priority(m.state("HEG"), a), 1e-12);
    assertEquals(1.0, Opportunities.priority(m.state("B"), a), 1e-12);
    RegionModel n = world("states.B.alignment.A=-0.6", "states.B.power=12");
    assertEquals(12 * 1.6, Opportunities.priority(n.state("B"), n.state("A")), 1e-12);
    assertTrue(Opportunities.priority(n.state("B"), n.state("A"))
        > Opportunities.priority(n.state("HEG"), n.state("A")));
  }
}
