package org.rissim.model.mechanism;

import ec.util.MersenneTwisterFast;

/**
 * Softmax choice with a prior (the strategy mix): {@code P(o) ~ prior_o * exp(beta * U_o)}.
 * With {@code beta = 0} the mix alone decides; as beta grows the choice approaches the best
 * response (logit quantal response; McKelvey and Palfrey 1995).
 */
public final class StrategyChoice {
  private StrategyChoice() {}

  /**
   * Draws an option index; options with prior 0 (or NaN utility) are never chosen.
   *
   * @return the chosen index, or -1 when no option has positive prior
   */
  public static int choose(MersenneTwisterFast random, double[] prior, double[] utility,
      double beta) {
    double max = Double.NEGATIVE_INFINITY;
    for (int o = 0; o < prior.length; o++) {
      if (prior[o] > 0 && !Double.isNaN(utility[o])) {
        max = Math.max(max, beta * utility[o]);
      }
    }
    if (max == Double.NEGATIVE_INFINITY) {
      return -1;
    }
    double[] w = probabilities(prior, utility, beta);
    double u = random.nextDouble();
    double acc = 0;
    int last = -1;
    for (int o = 0; o < w.length; o++) {
      if (w[o] > 0) {
        acc += w[o];
        last = o;
        if (u < acc) {
          return o;
        }
      }
    }
    return last;
  }

  /** The choice probabilities (sum to 1 unless no option is available). */
  public static double[] probabilities(double[] prior, double[] utility, double beta) {
    double max = Double.NEGATIVE_INFINITY;
    for (int o = 0; o < prior.length; o++) {
      if (prior[o] > 0 && !Double.isNaN(utility[o])) {
        max = Math.max(max, beta * utility[o]);
      }
    }
    double[] w = new double[prior.length];
    double total = 0;
    for (int o = 0; o < prior.length; o++) {
      if (prior[o] > 0 && !Double.isNaN(utility[o])) {
        w[o] = prior[o] * Math.exp(beta * utility[o] - max);
        total += w[o];
      }
    }
    if (total > 0) {
      for (int o = 0; o < w.length; o++) {
        w[o] /= total;
      }
    }
    return w;
  }
}
