package org.rissim.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.rissim.model.mechanism.BeliefUpdate;
import org.rissim.model.mechanism.Legitimacy;
import org.rissim.scenario.ActScoring;
import org.rissim.scenario.ModelParameters;
import org.rissim.scenario.Strategy;

/**
 * Equation-level tests of what a state hears in the belief update (docs/MODEL.md 6.5): not its
 * own acts, deployments by their age-decayed salience, a sample under bounded attention, its
 * fellow members' position by the body's cohesion, and the asynchronous path.
 */
class BeliefSourcesTest {
  private static final double[] PROFILE = {0.2, 0.2};

  /** The anchored step without sources: b + kappa s (g - b). */
  private static double anchored(TinyWorld w, StateAgent s, double before, int p) {
    double kappa = w.model.parameters().belief().kappa();
    return before + kappa * s.inculcation() * (w.model.institution().global()[p] - before);
  }

  @Test
  void aStateIsNotPersuadedByItsOwnAct() {
    TinyWorld w = TinyWorld.of("parameters.belief.peers=0", "parameters.belief.confidence=1.0");
    StateAgent heg = w.state("HEG");
    StateAgent a = w.state("A");
    Act own = new Act(heg, null, PROFILE.clone(), 1.0, 0, null, false, null);
    w.model.actsThisMonth().add(own);
    double[] hegBefore = heg.belief().clone();
    double[] aBefore = a.belief().clone();
    double la = Legitimacy.granted(w.model, a, own);
    BeliefUpdate.step(w.model);
    ModelParameters.Belief p = w.model.parameters().belief();
    for (int q = 0; q < PROFILE.length; q++) {
      // the actor only returns toward g by its inculcation: its act is not a source for itself
      assertEquals(anchored(w, heg, hegBefore[q], q), heg.belief()[q], 1e-12, "HEG practice " + q);
      double lambda = 1 - p.kappa() * a.inculcation();
      double expected = lambda * (aBefore[q] + p.eta() * (1 - a.inculcation()) * la
          * (PROFILE[q] - aBefore[q])) + (1 - lambda) * w.model.institution().global()[q];
      assertEquals(expected, a.belief()[q], 1e-12, "others still hear it, practice " + q);
    }
  }

  @Test
  void aDeploymentIsHeardAtASalienceThatHalvesEveryHalfLife() {
    TinyWorld w = TinyWorld.of("parameters.belief.peers=0", "parameters.belief.confidence=1.0",
        "parameters.belief.kappa=0", "parameters.belief.salienceHalfLife=12",
        "parameters.belief.ongoing=0.2");
    ModelParameters.Belief p = w.model.parameters().belief();
    assertEquals(0.2, BeliefUpdate.salience(p, 0), 1e-15);
    assertEquals(0.1, BeliefUpdate.salience(p, 12), 1e-15);
    assertEquals(0.05, BeliefUpdate.salience(p, 24), 1e-15);
    StateAgent heg = w.state("HEG");
    StateAgent a = w.state("A");
    StateAgent host = w.state("B");
    Crisis c = w.model.openCrisis("c", "c", "war", null, host, null, true, 0.5);
    // launched two years before the current month (tick 0): age 24, salience ongoing / 4
    Operation op = new Operation("op-x", c, heg, null, Strategy.BEHAVIOURAL,
        java.util.List.of(heg), new double[] {1}, new ActScoring.Scored(
            new Object[] {"host-government", "government"}, PROFILE.clone(), 0, false, true, 0),
        0, -24);
    w.model.operations().add(op);
    Act seen = new Act(heg, null, PROFILE.clone(), 0.05, 0, host, false, op);
    double la = Legitimacy.granted(w.model, a, seen);
    double[] before = a.belief().clone();
    double alignment = a.alignment(heg);
    BeliefUpdate.step(w.model);
    for (int q = 0; q < PROFILE.length; q++) {
      double expected = before[q] + p.eta() * (1 - a.inculcation()) * la * 0.05
          * (PROFILE[q] - before[q]);
      assertEquals(expected, a.belief()[q], 1e-12, "practice " + q);
    }
    assertEquals(alignment, a.alignment(heg), 0, "a deployment seen again does not realign");
  }

  @Test
  void underBoundedAttentionAStateHearsOneSampledActWeighedUp() {
    // Two speeches by WEST with different profiles; attention 1: A hears one, at twice its weight.
    TinyWorld w = TinyWorld.of("parameters.belief.peers=0", "parameters.belief.confidence=1.0",
        "parameters.belief.kappa=0", "parameters.belief.attention=1");
    StateAgent west = w.state("WEST");
    StateAgent a = w.state("A");
    double words = w.model.parameters().belief().words();
    Act low = new Act(west, null, new double[] {0.1, 0.1}, words, 0, null, false, null);
    Act high = new Act(west, null, new double[] {0.9, 0.3}, words, 0, null, false, null);
    w.model.actsThisMonth().add(low);
    w.model.actsThisMonth().add(high);
    double[] before = a.belief().clone();
    double[][] candidates = new double[2][2];
    Act[] acts = {low, high};
    double eta = w.model.parameters().belief().eta();
    for (int k = 0; k < 2; k++) {
      double l = Legitimacy.granted(w.model, a, acts[k]);
      for (int q = 0; q < 2; q++) {
        candidates[k][q] = before[q] + eta * (1 - a.inculcation()) * 2 * l * words
            * (acts[k].profile()[q] - before[q]);
      }
    }
    BeliefUpdate.step(w.model);
    boolean first = Math.abs(a.belief()[0] - candidates[0][0]) < 1e-12
        && Math.abs(a.belief()[1] - candidates[0][1]) < 1e-12;
    boolean second = Math.abs(a.belief()[0] - candidates[1][0]) < 1e-12
        && Math.abs(a.belief()[1] - candidates[1][1]) < 1e-12;
    assertTrue(first ^ second, "exactly one sampled act, weighed up by 2: " + a.belief()[0]);
  }

  @Test
  void fellowMembersPullByAffinityLegitimacyAndCohesion() {
    TinyWorld w = TinyWorld.of("parameters.belief.peers=1", "parameters.belief.confidence=1.0",
        "parameters.belief.kappa=0");
    SecondaryInstitution reg = w.body("REG");
    reg.setCohesion(0.5);
    StateAgent a = w.state("A");
    StateAgent heg = w.state("HEG");
    StateAgent b = w.state("B");
    double[] before = a.belief().clone();
    // A's fellows in REG: HEG (power 10) and B (power 1), A itself excluded
    double[] fellows = new double[2];
    for (int q = 0; q < 2; q++) {
      fellows[q] = (10 * heg.belief()[q] + b.belief()[q]) / 11;
    }
    double omega = 1.0 * a.affinity(reg) * reg.legitimacyRegional() * 0.5;
    double eta = w.model.parameters().belief().eta();
    BeliefUpdate.step(w.model);
    for (int q = 0; q < 2; q++) {
      double expected = before[q] + eta * (1 - a.inculcation()) * omega * (fellows[q] - before[q]);
      assertEquals(expected, a.belief()[q], 1e-12, "practice " + q);
    }
  }

  @Test
  void theAsynchronousPathWritesEachBelief() {
    // No sources at all: each state returns toward g by kappa s, whatever the order.
    TinyWorld w = TinyWorld.of("parameters.belief.synchronous=false", "parameters.belief.peers=0");
    double[][] before = new double[4][];
    String[] ids = {"HEG", "A", "B", "WEST"};
    for (int i = 0; i < ids.length; i++) {
      before[i] = w.state(ids[i]).belief().clone();
    }
    BeliefUpdate.step(w.model);
    for (int i = 0; i < ids.length; i++) {
      StateAgent s = w.state(ids[i]);
      for (int q = 0; q < 2; q++) {
        assertEquals(anchored(w, s, before[i][q], q), s.belief()[q], 1e-12, ids[i] + " " + q);
      }
    }
  }

  @Test
  void asynchronousUpdatingLetsLaterStatesHearEarlierUpdates() {
    String[] overrides = {"parameters.belief.peers=1", "parameters.belief.confidence=1.0",
        "parameters.belief.kappa=0"};
    TinyWorld sync = TinyWorld.of(overrides);
    TinyWorld async = TinyWorld.of(append(overrides, "parameters.belief.synchronous=false"));
    BeliefUpdate.step(sync.model);
    BeliefUpdate.step(async.model);
    boolean differs = false;
    for (String id : new String[] {"HEG", "A", "B"}) {
      differs |= !java.util.Arrays.equals(sync.state(id).belief(), async.state(id).belief());
    }
    assertTrue(differs, "some state heard a fellow's belief already updated this month");
    // the first state in the random order heard the same as under synchronous updating
    int same = 0;
    for (String id : new String[] {"HEG", "A", "B"}) {
      same += java.util.Arrays.equals(sync.state(id).belief(), async.state(id).belief()) ? 1 : 0;
    }
    assertTrue(same >= 1, "the first updated state matches the synchronous update");
    assertFalse(same == 3);
    assertArrayEquals(sync.state("WEST").belief(), async.state("WEST").belief(), 1e-15,
        "WEST belongs to no body with positive affinity: no peers either way");
  }

  private static String[] append(String[] a, String b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + 1);
    out[a.length] = b;
    return out;
  }
}
