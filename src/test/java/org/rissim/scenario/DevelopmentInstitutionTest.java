package org.rissim.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped development-lending institution (scenarios/institutions/development.yaml, as taken
 * by development-asia.yaml) scores hand-made loans as its comments say: practices in the order
 * safeguards, openProcurement, debtSustainability, transparency; no execution noise.
 */
class DevelopmentInstitutionTest {
  private static final double[] STANDARD = {0.85, 0.85, 0.8, 0.8};
  private static final double[] LENDER = {0.5, 0.3, 0.5, 0.2};
  private static final double[] NO_NOISE = new double[4];
  private static InstitutionSpec inst;

  @BeforeAll
  static void load() throws ScenarioException {
    inst = ScenarioLoader.load(Path.of("scenarios/development-asia.yaml"), List.of()).scenario()
        .institution();
  }

  private static ActScoring.Situation situation(boolean conforming, boolean alone) {
    return new ActScoring.Situation(conforming, alone, "financingNeed", true, 1.0, true, 1.0, 0,
        "A", "H", alone ? "" : "B", false, false);
  }

  @Test
  void aBilateralLoanIsTiedConfidentialAndDepartsFromThePrinciple() {
    ActScoring.Scored s = ActScoring.score(inst, situation(false, true), LENDER, STANDARD,
        NO_NOISE);
    assertArrayEquals(new Object[] {"tied", "confidential", 1.0}, s.features());
    assertArrayEquals(new double[] {0.5, 0.2, 0.5, 0.15}, s.profile(), 1e-12);
    assertEquals(0.8 * 0.85 * 0.5, s.departure(), 1e-12);
    assertFalse(s.imposed());
    assertTrue(s.calming());
    assertEquals(0.0, s.escalation());
  }

  @Test
  void aBanksLoanIsOpenPublishedAndMeetsTheStandardHalfwayOnSafeguards() {
    ActScoring.Scored s = ActScoring.score(inst, situation(false, false), LENDER, STANDARD,
        NO_NOISE);
    assertEquals("open", s.features()[0]);
    assertEquals("published", s.features()[1]);
    assertArrayEquals(new double[] {(0.5 + 0.85) / 2, 0.85, 0.5, 0.8}, s.profile(), 1e-12);
    assertEquals(0.15 * 0.2 * 0.5, s.departure(), 1e-12);
  }

  @Test
  void aConformingLoanEnactsTheStandardWithNoStrategicShare() {
    ActScoring.Scored s = ActScoring.score(inst, situation(true, false), LENDER, STANDARD,
        NO_NOISE);
    assertArrayEquals(new Object[] {"open", "published", 0.0}, s.features());
    assertArrayEquals(STANDARD, s.profile(), 1e-12);
  }

  @Test
  void aLenderIntendingTransparencyPublishesABilateralLoan() {
    double[] open = {0.5, 0.3, 0.5, 0.7};
    ActScoring.Scored s = ActScoring.score(inst, situation(false, true), open, STANDARD,
        NO_NOISE);
    assertEquals("tied", s.features()[0]);
    assertEquals("published", s.features()[1]);
  }

  @Test
  void aLoanCarelessOfDebtSustainabilityDoesNotCalmTheNeed() {
    double[] careless = {0.5, 0.3, 0.3, 0.2};
    assertFalse(ActScoring.score(inst, situation(false, true), careless, STANDARD, NO_NOISE)
        .calming());
  }
}
