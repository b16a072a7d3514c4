package org.rissim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rissim.model.mechanism.BodyDecision;
import org.rissim.model.mechanism.CrisisDynamics;
import org.rissim.model.mechanism.Geometry;
import org.rissim.model.mechanism.Legitimacy;
import org.rissim.model.mechanism.RecognitionVote;
import org.rissim.observe.Event;
import org.rissim.scenario.CrisisSpec;
import org.rissim.scenario.Strategy;

/** Forum choice, body decisions and refusals, membership in legitimacy, no record no credit. */
class BodyDecisionTest {
  private static final CrisisSpec.CrisisType UNREST =
      new CrisisSpec.CrisisType(0, 0.5, 0.5, 0.2, 12, 0.02, true, true);

  private static Crisis crisis(TinyWorld w, String host, double intensity) {
    return w.model.openCrisis("c1", "c1", "unrest", UNREST, w.state(host), null, false,
        intensity);
  }

  @Test
  void forumUtilitiesAreOwnReputationAloneAndAffinityLegitimacyLessCostThroughABody() {
    TinyWorld w = TinyWorld.of("parameters.choice.forumLegitimacy=2.0",
        "parameters.choice.forumCost=0.5");
    StateAgent a = w.state("A");
    SecondaryInstitution reg = w.body("REG");
    List<SecondaryInstitution> eligible = BodyDecision.eligibleBodies(w.model, a, null);
    assertEquals(List.of(reg), eligible);
    double[] u = BodyDecision.forumUtilities(w.model, a, null, eligible);
    assertEquals(2.0 * a.reputationRegional(), u[0], 1e-12, "alone: gamma times own reputation");
    // A has power 1 of 12 in REG and does not lead it.
    assertEquals(a.affinity(reg) + 2.0 * reg.legitimacyRegional() - 0.5 * (1 - 1.0 / 12), u[1],
        1e-12);
    StateAgent heg = w.state("HEG");
    double[] h = BodyDecision.forumUtilities(w.model, heg, null, eligible);
    assertEquals(heg.affinity(reg) + reg.dominance() + 2.0 * reg.legitimacyRegional()
        - 0.5 * (1 - 10.0 / 12), h[1], 1e-12, "the leader adds its dominance and pays less");
  }

  @Test
  void supportAddsAlignmentInterestAffinityAndSubtractsBurdenAndScope() {
    TinyWorld w = TinyWorld.of("parameters.bodies.interest=1.5", "parameters.bodies.burden=2.0",
        "parameters.bodies.scope=3.0");
    SecondaryInstitution reg = w.body("REG");
    StateAgent heg = w.state("HEG");
    StateAgent a = w.state("A");
    Crisis c = crisis(w, "B", 0.4);
    double[] t = BodyDecision.support(w.model, reg, a, heg, c);
    assertEquals(2 * 0.8, t[0], 1e-12, "alignment toward the actor");
    assertEquals(0, t[1], 1e-12, "no opponent");
    assertEquals(1.5 * Math.max(0, a.alignment(w.state("B"))), t[2], 1e-12, "interest in the host");
    assertEquals(-2.0 * 0.4, t[3], 1e-12, "burden: the crisis's intensity");
    assertEquals(-3.0 * Geometry.distance(heg.intentions(), reg.charter()), t[4], 1e-12,
        "scope: the actor's intentions against the charter");
    assertEquals(0, t[5], 1e-12, "A is not the host");
    assertEquals(2 * a.affinity(reg), t[6], 1e-12);
  }

  @Test
  void aRefusalIsAnEventWithReasonsAndFailsTheMemberThatAsked() {
    // Consensus by default; a huge scope weight makes every other member object.
    TinyWorld w = TinyWorld.of("parameters.bodies.scope=100");
    SecondaryInstitution reg = w.body("REG");
    StateAgent a = w.state("A");
    java.util.Arrays.fill(a.intentions(), 0.1); // far from REG's charter: outside its scope
    Crisis c = crisis(w, "B", 0.5);
    double affinity = a.affinity(reg);
    double satisfaction = a.satisfaction(reg);
    BodyDecision.Decision d = BodyDecision.decide(w.model, reg, a, c);
    assertFalse(d.passed());
    assertEquals(List.of(a), d.supporters(), "only the actor supports");
    assertEquals("scope", d.reasons().get("HEG"));
    BodyDecision.refuse(w.model, reg, a, c, d);
    List<Event> declined = w.events("body-declined");
    assertEquals(1, declined.size());
    assertEquals(List.of("HEG", "B"), declined.get(0).fields().get("objectors"));
    assertEquals(affinity - w.model.parameters().bodies().failureAffinity(), a.affinity(reg),
        1e-12);
    assertEquals(satisfaction - 0.3, a.satisfaction(reg), 1e-12, "a refused member loses 0.3");
  }

  @Test
  void membershipCountsBySatisfactionNotAsAFlatBonus() {
    TinyWorld w = TinyWorld.of();
    SecondaryInstitution reg = w.body("REG");
    StateAgent a = w.state("A");
    Act act = new Act(w.state("HEG"), reg, a.belief().clone(), 1.0, 0.0, null, false, null);
    a.setSatisfaction(reg, 0.5);
    double neutral = Legitimacy.granted(w.model, a, act);
    a.setSatisfaction(reg, 1.0);
    double satisfied = Legitimacy.granted(w.model, a, act);
    a.setSatisfaction(reg, 0.0);
    double failed = Legitimacy.granted(w.model, a, act);
    double w8 = w.model.parameters().legitimacy().membership();
    double logit = Math.log(neutral / (1 - neutral));
    assertEquals(Geometry.logistic(logit + w8), satisfied, 1e-12);
    assertEquals(Geometry.logistic(logit - w8), failed, 1e-12);
  }

  @Test
  void noRecordNoRecordCredit() {
    TinyWorld w = TinyWorld.of();
    SecondaryInstitution reg = w.body("REG");
    assertEquals(0, reg.operationCount());
    assertEquals(0.0, RecognitionVote.record(reg), "a body with no operation earns no credit");
    reg.recordPractice(reg.charter().clone(), 0.3);
    assertEquals(1.0, RecognitionVote.record(reg), 1e-12, "an operation true to its charter");
    double[] off = reg.charter().clone();
    off[0] -= 0.4;
    reg.recordPractice(off, 1.0);
    assertEquals(1 - 0.2, RecognitionVote.record(reg), 1e-12, "mean gap 0.2 over two practices");
    assertTrue(RecognitionVote.record(reg) < 1);
  }

  @Test
  void praiseIsWeighedByAffinityAndTheCriticismTheActorDrew() {
    TinyWorld w = TinyWorld.of("parameters.bodies.objection=100");
    SecondaryInstitution reg = w.body("REG");
    StateAgent heg = w.state("HEG");
    StateAgent a = w.state("A");
    Crisis c = crisis(w, "B", 0.5);
    assertTrue(org.rissim.model.mechanism.OperationModel.launch(w.model, heg, c, reg,
        Strategy.THROUGH_BODY), "no member objects");
    Operation op = c.operation();
    double u = CrisisDynamics.praiseUtility(w.model, a, op);
    a.setAffinity(reg, a.affinity(reg) + 0.2);
    assertEquals(u + 0.2, CrisisDynamics.praiseUtility(w.model, a, op), 1e-12,
        "affinity to the body enters one for one");
    heg.setCriticism(heg.criticism() + 1.0);
    var p = w.model.parameters();
    assertEquals(u + 0.2 - p.legitimacy().criticism() * p.counterContestation(),
        CrisisDynamics.praiseUtility(w.model, a, op), 1e-12,
        "criticism of the actor weighs against praise");
  }
}
