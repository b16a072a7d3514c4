package org.rissim.model.mechanism;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Docks {@link AnchoredInfluence} against the Friedkin–Johnsen (1990) equilibrium: with
 * susceptibilities Lambda in (0,1), {@code x(t+1) = Lambda W x(t) + (I - Lambda) u} converges to
 * {@code x* = (I - Lambda W)^-1 (I - Lambda) u} (Friedkin and Johnsen 1990; Friedkin et al. 2016).
 */
class FriedkinJohnsenDockingTest {
  private static final int N = 10;

  @ParameterizedTest
  @ValueSource(longs = {11, 12, 13, 14})
  void iterationReachesTheClosedFormEquilibrium(long seed) {
    MersenneTwisterFast rng = new MersenneTwisterFast(seed);
    double[][] w = DeGrootDockingTest.influence(rng, N);
    double[] u = new double[N];
    double[] lambda = new double[N];
    for (int i = 0; i < N; i++) {
      u[i] = rng.nextDouble();
      lambda[i] = 0.05 + 0.9 * rng.nextDouble();
    }
    RealMatrix big = MatrixUtils.createRealDiagonalMatrix(lambda);
    RealMatrix identity = MatrixUtils.createRealIdentityMatrix(N);
    RealVector expected = new LUDecomposition(identity.subtract(big.multiply(
        new Array2DRowRealMatrix(w)))).getSolver().solve(identity.subtract(big).operate(
            new ArrayRealVector(u)));

    // Start from the anchors, as Friedkin and Johnsen do (x(0) = u).
    double[] x = u.clone();
    int t = 0;
    double change = 1;
    while (change > 1e-14 && t < 100_000) {
      double[] next = DeGrootDockingTest.step(w, x, u, lambda);
      change = new ArrayRealVector(next).subtract(new ArrayRealVector(x)).getLInfNorm();
      x = next;
      t++;
    }
    assertTrue(change <= 1e-14, "no convergence after " + t + " steps");
    for (int i = 0; i < N; i++) {
      assertEquals(expected.getEntry(i), x[i], 1e-9, "agent " + i);
    }
    // Anchoring keeps opinions apart: no consensus, unlike DeGroot.
    double spread = new ArrayRealVector(x).getMaxValue() - new ArrayRealVector(x).getMinValue();
    assertTrue(spread > 1e-3, "anchored opinions collapsed to consensus");
  }
}
