package org.rissim.model.mechanism;

import org.rissim.model.Act;
import org.rissim.model.RegionModel;
import org.rissim.model.SecondaryInstitution;
import org.rissim.model.StateAgent;
import org.rissim.scenario.ModelParameters;

/**
 * The legitimacy an observer grants an act (Claude 1966, collective legitimisation; Hadano 2024,
 * section 1): a logistic function of the act's multilaterality, the acting body's recognition at
 * the global body, the observer's satisfaction with that body if it is a member (2 sat - 1: a
 * failed member discounts its body's acts) and its affinity to the body, its alignment toward
 * the actor, the act's closeness to its own belief, the criticism the actor drew, and whether the
 * observer is a host whose consent was coerced. A body's own act (no state author) has no
 * alignment or criticism term.
 */
public final class Legitimacy {
  private Legitimacy() {}

  /** Legitimacy in [0,1] that {@code observer} grants {@code act}. */
  public static double granted(RegionModel m, StateAgent observer, Act act) {
    SecondaryInstitution body = act.body();
    return granted(m, observer, act, Geometry.distance(act.profile(), observer.belief()),
        body == null ? 0 : RecognitionVote.share(m, body));
  }

  /**
   * The same legitimacy from two precomputed terms (the belief update computes them once per act
   * or per observer, not once per pair): {@code distance} between the act's profile and the
   * observer's belief, and {@code share}, the recognition share of the act's body.
   */
  static double granted(RegionModel m, StateAgent observer, Act act, double distance,
      double share) {
    ModelParameters.Legitimacy w = m.parameters().legitimacy();
    double x = w.base() + w.multilateral() * act.multilaterality();
    SecondaryInstitution body = act.body();
    if (body != null) {
      x += w.recognition() * share;
      if (body.hasMember(observer)) {
        // Membership is no flat bonus: a satisfied member vouches for its body, a member the
        // body has failed discounts it (H24 section 6: divergence among CSTO members).
        x += w.membership() * (2 * observer.satisfaction(body) - 1);
      }
      x += w.affinity() * observer.affinity(body);
    }
    StateAgent actor = act.actor();
    if (actor != null) { // a body's own act has no state author: no alignment, no criticism
      x += w.alignment() * observer.alignment(actor);
    }
    x += w.conformity() * (1 - 2 * distance);
    if (actor != null) {
      x -= w.criticism() * m.parameters().counterContestation() * actor.criticism();
    }
    if (act.imposed() && act.host() == observer) {
      x += w.host();
    }
    return Geometry.logistic(x);
  }

  /** Vote-weighted mean legitimacy before the global audience (all states by their votes). */
  public static double global(RegionModel m, Act act) {
    double sum = 0;
    double votes = 0;
    for (StateAgent s : m.states()) {
      int v = s.votes();
      if (v > 0) {
        sum += v * granted(m, s, act);
        votes += v;
      }
    }
    return votes == 0 ? 0 : sum / votes;
  }

  /** Regional-weighted mean legitimacy before the regional audience. */
  public static double regional(RegionModel m, Act act) {
    double sum = 0;
    double weights = 0;
    for (StateAgent s : m.states()) {
      if (s.spec().regional()) {
        double w = GlobalLevel.regionalWeight(m, s);
        sum += w * granted(m, s, act);
        weights += w;
      }
    }
    return weights == 0 ? 0 : sum / weights;
  }
}
