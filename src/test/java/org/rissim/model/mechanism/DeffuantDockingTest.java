package org.rissim.model.mechanism;

import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Docks {@link AnchoredInfluence} against the pairwise bounded-confidence model of Deffuant,
 * Neau, Amblard and Weisbuch (2000): n = 500 opinions uniform on [0,1]; a random pair within
 * epsilon of each other both move a share mu = 0.5 toward each other. Published pattern: the
 * number of major clusters is about the integer part of 1/(2 eps) (their section 2; Lorenz
 * 2007). Tolerance: the median over three seeds within one of floor(1/(2 eps)), since the count
 * at a given eps fluctuates by one between runs in their figures. Major cluster: at least 2% of
 * the agents, leaving out the few extremists stranded near 0 and 1.
 */
class DeffuantDockingTest {
  private static final int N = 500;
  private static final double MU = 0.5;
  /** Meetings per agent; clusters have formed and stopped exchanging well before this. */
  private static final int MEETINGS = 1000;

  static double[] run(double eps, long seed) {
    MersenneTwisterFast rng = new MersenneTwisterFast(seed);
    double[] x = new double[N];
    for (int i = 0; i < N; i++) {
      x[i] = rng.nextDouble();
    }
    double[] source = new double[1];
    double[] weight = {MU};
    for (long m = 0; m < (long) MEETINGS * N; m++) {
      int i = rng.nextInt(N);
      int j = rng.nextInt(N);
      if (i == j || !AnchoredInfluence.heard(Math.abs(x[i] - x[j]), eps)) {
        continue;
      }
      double xi = x[i];
      source[0] = x[j];
      x[i] = AnchoredInfluence.update(xi, xi, 1, source, weight, 1);
      source[0] = xi;
      x[j] = AnchoredInfluence.update(x[j], x[j], 1, source, weight, 1);
    }
    return x;
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.05, 0.1, 0.15, 0.25})
  void majorClustersNumberOneOverTwoEpsilon(double eps) {
    int[] counts = new int[3];
    for (int s = 0; s < counts.length; s++) {
      // Clusters end up more than eps apart; a gap of eps/2 separates them whatever their spread.
      counts[s] = HegselmannKrauseDockingTest.majorClusters(run(eps, 200 + s), eps / 2, N / 50)
          .size();
    }
    Arrays.sort(counts);
    int expected = (int) Math.floor(1 / (2 * eps) + 1e-9);
    assertTrue(Math.abs(counts[1] - expected) <= 1, "eps " + eps + ": median " + counts[1]
        + " major clusters, expected " + expected + " +- 1 (counts " + Arrays.toString(counts)
        + ")");
  }
}
