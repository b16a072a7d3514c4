package org.rissim.model.mechanism;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Docks {@link AnchoredInfluence} with lambda = 1 against DeGroot (1974): for a strongly
 * connected, aperiodic row-stochastic W, synchronous averaging reaches consensus on
 * {@code pi . x(0)}, where pi is the stationary distribution ({@code pi W = pi}, sum 1).
 */
class DeGrootDockingTest {
  private static final int N = 8;

  /**
   * A sparse random influence matrix: a ring (strong connectivity), a positive diagonal
   * (aperiodicity) and two random extra ties per agent, with random weights.
   */
  static double[][] influence(MersenneTwisterFast rng, int n) {
    double[][] w = new double[n][n];
    for (int i = 0; i < n; i++) {
      w[i][i] = 0.1 + rng.nextDouble();
      w[i][(i + 1) % n] = 0.1 + rng.nextDouble();
      for (int e = 0; e < 2; e++) {
        w[i][rng.nextInt(n)] += rng.nextDouble();
      }
      double sum = 0;
      for (double v : w[i]) {
        sum += v;
      }
      for (int j = 0; j < n; j++) {
        w[i][j] /= sum;
      }
    }
    return w;
  }

  /** One synchronous step: every agent updates from the previous positions through its row. */
  static double[] step(double[][] w, double[] x, double[] anchor, double[] lambda) {
    int n = x.length;
    double[] next = new double[n];
    double[] sources = new double[n];
    double[] weights = new double[n];
    for (int i = 0; i < n; i++) {
      int k = 0;
      for (int j = 0; j < n; j++) {
        if (j != i && w[i][j] > 0) {
          sources[k] = x[j];
          weights[k] = w[i][j];
          k++;
        }
      }
      next[i] = AnchoredInfluence.update(x[i], anchor[i], lambda[i], sources, weights, k);
    }
    return next;
  }

  /** Stationary distribution: solve (W^T - I) pi = 0 with one equation replaced by sum(pi) = 1. */
  static RealVector stationary(double[][] w) {
    int n = w.length;
    RealMatrix a = new Array2DRowRealMatrix(w).transpose()
        .subtract(org.apache.commons.math3.linear.MatrixUtils.createRealIdentityMatrix(n));
    double[] ones = new double[n];
    java.util.Arrays.fill(ones, 1);
    a.setRow(n - 1, ones);
    RealVector b = new ArrayRealVector(n);
    b.setEntry(n - 1, 1);
    return new LUDecomposition(a).getSolver().solve(b);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void consensusIsTheStationaryWeightedMean(long seed) {
    MersenneTwisterFast rng = new MersenneTwisterFast(seed);
    double[][] w = influence(rng, N);
    double[] x0 = new double[N];
    for (int i = 0; i < N; i++) {
      x0[i] = rng.nextDouble();
    }
    RealVector pi = stationary(w);
    // pi is a left eigenvector for eigenvalue 1: pi W = pi.
    RealVector piW = new Array2DRowRealMatrix(w).preMultiply(pi);
    assertEquals(0, piW.subtract(pi).getLInfNorm(), 1e-12);
    double expected = pi.dotProduct(new ArrayRealVector(x0));
    double mean = java.util.Arrays.stream(x0).average().orElseThrow();
    // The weighted mean differs from the plain mean, so the test can tell them apart.
    assertTrue(Math.abs(expected - mean) > 1e-3, "weighted mean equals plain mean");

    double[] anchor = new double[N];
    double[] lambda = new double[N];
    java.util.Arrays.fill(lambda, 1);
    double[] x = x0.clone();
    for (int t = 0; t < 2000; t++) {
      x = step(w, x, anchor, lambda);
    }
    for (double xi : x) {
      assertEquals(expected, xi, 1e-9);
    }
  }
}
