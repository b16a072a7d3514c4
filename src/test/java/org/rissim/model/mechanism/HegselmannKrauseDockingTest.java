package org.rissim.model.mechanism;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Docks {@link AnchoredInfluence#update} with {@link AnchoredInfluence#heard} against the
 * Hegselmann–Krause (2002) bounded-confidence model: n = 500 opinions uniform on [0,1], each
 * agent moves synchronously to the mean of the opinions within epsilon of its own.
 *
 * <p>Published pattern and tolerance: consensus for epsilon = 0.25 (Hegselmann and Krause 2002,
 * their consensus case; Lorenz 2007 puts the consensus threshold for uniform initial opinions
 * near 0.2); below it, major clusters whose neighbours lie about 2 to 3 epsilon apart (the "2R
 * conjecture", Blondel, Hendrickx and Tsitsiklis 2009; Wang et al. 2017). Hence the number of
 * major clusters lies between floor(1/(3 eps)) and floor(1/(2 eps)): 1/(2 eps) is the count of
 * the Deffuant model, which HK approaches from below. A major cluster holds at least 2% of the
 * agents (Deffuant et al. 2000 separate major clusters from a few extremists).
 */
class HegselmannKrauseDockingTest {
  private static final int N = 500;
  private static final int MIN_MAJOR = N / 50;

  /** Final opinions of HK from uniform opinions drawn with this seed. */
  static double[] run(double eps, long seed) {
    MersenneTwisterFast rng = new MersenneTwisterFast(seed);
    double[] x = new double[N];
    for (int i = 0; i < N; i++) {
      x[i] = rng.nextDouble();
    }
    double[] sources = new double[N];
    double[] weights = new double[N];
    for (int t = 0; t < 1000; t++) {
      double[] next = new double[N];
      double change = 0;
      for (int i = 0; i < N; i++) {
        int k = 0;
        for (int j = 0; j < N; j++) {
          if (j != i && AnchoredInfluence.heard(Math.abs(x[j] - x[i]), eps)) {
            sources[k++] = x[j];
          }
        }
        // Equal weights over the heard set including oneself: the self weight 1/(k+1) is implied.
        Arrays.fill(weights, 0, k, 1.0 / (k + 1));
        next[i] = AnchoredInfluence.update(x[i], x[i], 1, sources, weights, k);
        change = Math.max(change, Math.abs(next[i] - x[i]));
      }
      x = next;
      if (change < 1e-12) {
        return x;
      }
    }
    throw new AssertionError("HK did not settle in 1000 steps (eps " + eps + ")");
  }

  /** Centres of the clusters with at least {@code minSize} members (gaps wider than gap split). */
  static List<Double> majorClusters(double[] x, double gap, int minSize) {
    double[] s = x.clone();
    Arrays.sort(s);
    List<Double> centres = new ArrayList<>();
    int from = 0;
    for (int i = 1; i <= s.length; i++) {
      if (i == s.length || s[i] - s[i - 1] > gap) {
        if (i - from >= minSize) {
          centres.add(Arrays.stream(s, from, i).average().orElseThrow());
        }
        from = i;
      }
    }
    return centres;
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.05, 0.1, 0.15})
  void majorClustersNumberAboutOneOverTwoEpsilon(double eps) {
    int[] counts = new int[3];
    for (int s = 0; s < counts.length; s++) {
      double[] x = run(eps, 100 + s);
      List<Double> c = majorClusters(x, 1e-6, MIN_MAJOR);
      counts[s] = c.size();
      // At rest, clusters must be out of each other's confidence range (else they would merge).
      for (int k = 1; k < c.size(); k++) {
        assertTrue(c.get(k) - c.get(k - 1) > eps, "clusters closer than eps: " + c);
      }
    }
    Arrays.sort(counts);
    int median = counts[1];
    int high = (int) Math.floor(1 / (2 * eps) + 1e-9);
    int low = (int) Math.floor(1 / (3 * eps) + 1e-9);
    assertTrue(median >= low && median <= high, "eps " + eps + ": median " + median
        + " major clusters, expected " + low + ".." + high + " (counts " + Arrays.toString(counts)
        + ")");
  }

  @Test
  void wideConfidenceGivesConsensus() {
    for (long seed = 100; seed < 103; seed++) {
      assertEquals(1, majorClusters(run(0.25, seed), 1e-6, 1).size(), "seed " + seed);
    }
  }
}
