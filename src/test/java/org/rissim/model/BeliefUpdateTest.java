package org.rissim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.rissim.model.mechanism.BeliefUpdate;
import org.rissim.model.mechanism.Geometry;
import org.rissim.model.mechanism.Legitimacy;

/** The monthly belief update: pull toward legitimate acts, and toward g by inculcation. */
class BeliefUpdateTest {
  private static final double[] OPERATION = {0.2, 0.2};

  /** An operation through REG by HEG, multilateral, with a fixed profile. */
  private static Act operation(TinyWorld w) {
    return new Act(w.state("HEG"), w.body("REG"), OPERATION.clone(), 1.0, 0.5, null, false, null);
  }

  @Test
  void beliefMovesTowardAnOperationByTheLegitimacyGranted() {
    // kappa 0 and peers 0 isolate the acts' pull; a wide confidence bound hears every act.
    TinyWorld w = TinyWorld.of("parameters.belief.kappa=0", "parameters.belief.peers=0",
        "parameters.belief.confidence=1.0");
    StateAgent a = w.state("A");
    Act act = operation(w);
    w.model.actsThisMonth().add(act);
    double legitimacy = Legitimacy.granted(w.model, a, act);
    double[] before = a.belief().clone();
    BeliefUpdate.step(w.model);
    double eta = w.model.parameters().belief().eta();
    for (int p = 0; p < before.length; p++) {
      double expected = before[p]
          + eta * (1 - a.inculcation()) * legitimacy * (OPERATION[p] - before[p]);
      assertEquals(expected, a.belief()[p], 1e-12, "practice " + p);
    }
    assertTrue(Geometry.distance(a.belief(), OPERATION) < Geometry.distance(before, OPERATION));
    assertTrue(w.model.actsThisMonth().isEmpty(), "acts are consumed by the update");
  }

  @Test
  void aMemberAlignedWithTheActorMovesMoreThanAHostileOutsider() {
    // A is a member of REG aligned with HEG; B (same belief, same inculcation) is expelled and
    // hostile, so it grants the same act less legitimacy and moves less.
    TinyWorld w = TinyWorld.of("parameters.belief.kappa=0", "parameters.belief.peers=0",
        "parameters.belief.confidence=1.0", "states.B.alignment={HEG: -0.8}",
        "states.B.affinity={REG: -0.5}");
    StateAgent a = w.state("A");
    StateAgent b = w.state("B");
    w.body("REG").removeMember(b);
    Act act = operation(w);
    double la = Legitimacy.granted(w.model, a, act);
    double lb = Legitimacy.granted(w.model, b, act);
    assertTrue(la > lb, "member and aligned grants more legitimacy: " + la + " vs " + lb);
    double[] beforeA = a.belief().clone();
    double[] beforeB = b.belief().clone();
    w.model.actsThisMonth().add(act);
    BeliefUpdate.step(w.model);
    double moveA = Geometry.distance(beforeA, OPERATION) - Geometry.distance(a.belief(), OPERATION);
    double moveB = Geometry.distance(beforeB, OPERATION) - Geometry.distance(b.belief(), OPERATION);
    assertTrue(moveB > 0, "the outsider still moves toward the act");
    assertTrue(moveA > moveB, "moves " + moveA + " vs " + moveB);
    // B is outside REG: it attends to REG's act at outsiderAttention of a member's weight.
    double outsider = w.model.parameters().belief().outsiderAttention();
    assertTrue(outsider < 1, "the default makes members attend more");
    assertEquals(la / (lb * outsider), moveA / moveB, 1e-9,
        "moves are proportional to legitimacy granted times attention");
  }

  @Test
  void withoutActsBeliefReturnsTowardTheStandardInProportionToInculcation() {
    TinyWorld w = TinyWorld.of("parameters.belief.peers=0", "states.A.inculcation=0.2",
        "states.B.inculcation=0.8");
    StateAgent a = w.state("A");
    StateAgent b = w.state("B");
    double[] g = w.model.institution().global().clone();
    double[] beforeA = a.belief().clone();
    double[] beforeB = b.belief().clone();
    BeliefUpdate.step(w.model);
    double kappa = w.model.parameters().belief().kappa();
    for (int p = 0; p < g.length; p++) {
      double moveA = a.belief()[p] - beforeA[p];
      double moveB = b.belief()[p] - beforeB[p];
      assertEquals(kappa * 0.2 * (g[p] - beforeA[p]), moveA, 1e-12);
      assertEquals(kappa * 0.8 * (g[p] - beforeB[p]), moveB, 1e-12);
      assertTrue(moveA > 0, "belief below g rises toward it");
      assertEquals(4.0, moveB / moveA, 1e-9, "ratio of moves is the ratio of inculcations");
    }
  }
}
