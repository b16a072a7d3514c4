package org.rissim.model.mechanism;

import org.rissim.model.StateAgent;
import org.rissim.scenario.BodySpec;
import org.rissim.scenario.Preferences;

/**
 * The public stance: words apart from beliefs and deeds (Centola, Willer and Macy 2005). What a
 * state says about a practice at a level (in the region, or at the global body's forum) is pulled
 * from its private belief toward its intentions at that level by its advocacy weight:
 * {@code stance_L = b + alpha (t_L - b)}, {@code alpha = pi_goal / (pi_goal + pi_conformity)}
 * (0 when both weights are 0): a state that values reshaping the institution more than conforming
 * argues for what it wants rather than what it believes. Observers hear the stance (speeches,
 * declarations, criticism), never the private belief or the raw intentions. Refreshed after every
 * belief update.
 */
public final class Stance {
  private Stance() {}

  /** Both levels, in enum order (one array, not one {@code values()} copy per refresh). */
  private static final BodySpec.Level[] LEVELS = BodySpec.Level.values();

  /** The advocacy weight alpha in [0,1] of a preference structure. */
  public static double advocacy(Preferences p) {
    double sum = p.goal() + p.conformity();
    return sum <= 0 ? 0 : p.goal() / sum;
  }

  /** Recomputes the state's stance at both levels from its current belief. */
  public static void refresh(StateAgent s) {
    double alpha = advocacy(s.preferences());
    double[] b = s.belief();
    for (BodySpec.Level level : LEVELS) {
      double[] t = s.intentions(level);
      double[] out = s.stance(level);
      for (int p = 0; p < b.length; p++) {
        out[p] = Geometry.unit(b[p] + alpha * (t[p] - b[p]));
      }
    }
  }
}
