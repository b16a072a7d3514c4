package org.rissim.model.mechanism;

import org.rissim.model.RegionModel;
import org.rissim.model.StateAgent;
import org.rissim.scenario.Strategy;
import org.rissim.scenario.BodySpec;

/**
 * The terms of a state's utility for an option (docs/MODEL.md, "Utility terms"): the prior of a
 * strategy, the goal term, the status term and the conformity cost, shared by the decisions at
 * opportunities ({@link Opportunities}), at crises' end ({@link CrisisDynamics}) and at founding
 * ({@link Founding}).
 */
final class Utility {
  private Utility() {}

  /** Prior of a strategy: the state's propensity, or the abstention weight. */
  static double prior(RegionModel m, StateAgent s, Strategy st) {
    if (st == Strategy.ABSTAIN) {
      return m.parameters().choice().abstain();
    }
    double total = 0;
    for (double v : s.mix()) {
      total += v;
    }
    return total <= 0 ? 0 : s.mix()[st.ordinal()] / total;
  }

  /**
   * The goal term: how much an act with profile {@code x} and expected regional legitimacy
   * {@code lr} moves the regional understanding toward the state's intentions.
   */
  static double goal(RegionModel m, StateAgent s, double[] x, double lr, double weight) {
    return goal(m, s, BodySpec.Level.REGIONAL, x, lr, weight);
  }

  /** The goal term with the state's intentions and revisionism at {@code level}. */
  static double goal(RegionModel m, StateAgent s, BodySpec.Level level, double[] x, double lr,
      double weight) {
    double[] t = s.intentions(level);
    double gap = Geometry.distance(t, m.regional());
    return s.revisionism(level).goalFactor() * s.preferences().goal() * weight * lr
        * (gap - Geometry.distance(t, x));
  }

  /** The status term of an act of this visibility. */
  static double status(StateAgent s, double visibility) {
    return status(s, BodySpec.Level.REGIONAL, visibility);
  }

  /** The status term with the state's revisionism at {@code level}. */
  static double status(StateAgent s, BodySpec.Level level, double visibility) {
    return s.revisionism(level).statusFactor() * s.preferences().status() * visibility;
  }

  /** The conformity cost of a visible deviation from the global standard, softened by legitimacy. */
  static double conformity(RegionModel m, StateAgent s, double[] x, double lg, double weight) {
    return -s.preferences().conformity() * weight * Geometry.distance(x, m.institution().global())
        * (1 - lg);
  }
}
