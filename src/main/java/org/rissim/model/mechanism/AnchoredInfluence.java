package org.rissim.model.mechanism;

/**
 * Friedkin–Johnsen anchored social influence for one agent and one practice:
 * {@code x' = lambda * (wSelf * x + sum_s w_s * y_s) + (1 - lambda) * u}, with the weights of a
 * row of a row-stochastic influence matrix ({@code wSelf + sum w_s = 1}), {@code y_s} the
 * positions of the sources (peers' beliefs or observed acts), {@code u} the anchor (the norm the
 * agent was inculcated with) and {@code lambda} its susceptibility. With {@code lambda = 1} it is
 * DeGroot averaging. Friedkin and Johnsen (1990); Friedkin et al. (2016).
 */
public final class AnchoredInfluence {
  private AnchoredInfluence() {}

  /**
   * One update of one agent's position.
   *
   * @param x       current position in [0,1]
   * @param anchor  the anchor u in [0,1]
   * @param lambda  susceptibility in [0,1]
   * @param sources positions of the influencing sources
   * @param weights weights of the sources (>= 0, sum <= 1); the self weight is 1 - their sum
   * @param n       number of sources used (prefix of the arrays)
   * @return the new position
   */
  public static double update(double x, double anchor, double lambda, double[] sources,
      double[] weights, int n) {
    double sum = 0;
    double mixed = 0;
    for (int s = 0; s < n; s++) {
      sum += weights[s];
      mixed += weights[s] * sources[s];
    }
    if (sum > 1 + 1e-9) {
      throw new IllegalArgumentException("source weights sum to " + sum + " > 1");
    }
    mixed += (1 - sum) * x;
    return lambda * mixed + (1 - lambda) * anchor;
  }

  /**
   * Whether a source at {@code distance} is heard under bounded confidence (Hegselmann–Krause,
   * Deffuant): sources farther than {@code confidence} are ignored.
   */
  public static boolean heard(double distance, double confidence) {
    return distance <= confidence;
  }
}
