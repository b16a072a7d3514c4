package org.rissim.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import ec.util.MersenneTwisterFast;
import org.junit.jupiter.api.Test;
import org.rissim.model.mechanism.StrategyChoice;

/** Softmax choice with a prior: P(o) ~ prior_o exp(beta U_o). */
class StrategyChoiceTest {
  private static final double[] PRIOR = {0.5, 0.2, 0.0, 0.3};
  private static final double[] UTILITY = {0.1, 0.9, 5.0, -0.4};

  @Test
  void probabilitiesArePriorTimesExpBetaUtilityNormalised() {
    double beta = 2.5;
    double[] w = new double[PRIOR.length];
    double total = 0;
    for (int o = 0; o < w.length; o++) {
      w[o] = PRIOR[o] * Math.exp(beta * UTILITY[o]);
      total += w[o];
    }
    double[] p = StrategyChoice.probabilities(PRIOR, UTILITY, beta);
    for (int o = 0; o < w.length; o++) {
      assertEquals(w[o] / total, p[o], 1e-12, "option " + o);
    }
  }

  @Test
  void betaZeroGivesTheNormalisedPrior() {
    double[] p = StrategyChoice.probabilities(PRIOR, UTILITY, 0.0);
    assertArrayEquals(new double[] {0.5, 0.2, 0.0, 0.3}, p, 1e-12);
  }

  @Test
  void zeroPriorOptionsAreNeverChosenAndDrawsFollowTheProbabilities() {
    MersenneTwisterFast random = new MersenneTwisterFast(42);
    double beta = 1.0;
    double[] p = StrategyChoice.probabilities(PRIOR, UTILITY, beta);
    int n = 20000;
    int[] counts = new int[PRIOR.length];
    for (int i = 0; i < n; i++) {
      counts[StrategyChoice.choose(random, PRIOR, UTILITY, beta)]++;
    }
    assertEquals(0, counts[2], "option 2 has prior 0 though the best utility");
    for (int o = 0; o < p.length; o++) {
      // Four binomial standard errors at most.
      double se = Math.sqrt(p[o] * (1 - p[o]) / n);
      assertEquals(p[o], counts[o] / (double) n, 4 * se + 1e-9, "option " + o);
    }
  }

  @Test
  void nanUtilityExcludesAnOptionAndNoPositivePriorGivesMinusOne() {
    double[] utility = {Double.NaN, 0.0, 0.0, 0.0};
    double[] p = StrategyChoice.probabilities(PRIOR, utility, 3.0);
    assertEquals(0.0, p[0]);
    assertEquals(1.0, p[1] + p[3], 1e-12);
    MersenneTwisterFast random = new MersenneTwisterFast(7);
    for (int i = 0; i < 1000; i++) {
      assertNotEquals(0, StrategyChoice.choose(random, PRIOR, utility, 3.0));
    }
    assertEquals(-1, StrategyChoice.choose(random, new double[] {0, 0}, new double[] {1, 2}, 1.0));
  }
}
