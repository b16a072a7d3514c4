package org.rissim.analysis.sensitivity;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.stat.descriptive.moment.Variance;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * Sobol indices from the outputs of a Saltelli design: with f(A), f(B), f(AB^(i)) over the N base
 * rows and V the variance of f(A) and f(B) pooled, the first-order index is
 * {@code S1_i = mean(f(B) (f(AB^(i)) - f(A))) / V} (Saltelli et al. 2010, table 2 (b)) and the
 * total-order index is {@code ST_i = mean((f(A) - f(AB^(i)))^2) / (2 V)} (Jansen 1999). Intervals:
 * percentile bootstrap over the N base rows, seeded.
 */
public final class SobolIndices {
  private final int resamples;
  private final long seed;

  /** An estimator with {@code resamples} bootstrap resamples drawn from a generator seeded with {@code seed}. */
  public SobolIndices(int resamples, long seed) {
    if (resamples < 1) {
      throw new IllegalArgumentException("bootstrap resamples must be >= 1, got " + resamples);
    }
    this.resamples = resamples;
    this.seed = seed;
  }

  /**
   * The indices of each parameter.
   *
   * @param names parameter names, k of them
   * @param fA    f(A_j), N values
   * @param fB    f(B_j), N values
   * @param fAB   fAB[i][j] = f(AB^(i)_j), k rows of N values
   */
  public List<SobolIndex> estimate(List<String> names, double[] fA, double[] fB, double[][] fAB) {
    int n = fA.length;
    int k = names.size();
    if (fB.length != n || fAB.length != k) {
      throw new IllegalArgumentException("Sobol outputs do not match: " + n + " rows, " + k + " parameters");
    }
    int[] all = new int[n];
    for (int j = 0; j < n; j++) {
      all[j] = j;
    }
    double[][] point = indices(fA, fB, fAB, all);
    double[][][] boot = new double[2][k][resamples];
    RandomGenerator rng = new Well19937c(seed);
    int[] sample = new int[n];
    for (int b = 0; b < resamples; b++) {
      for (int j = 0; j < n; j++) {
        sample[j] = rng.nextInt(n);
      }
      double[][] est = indices(fA, fB, fAB, sample);
      for (int i = 0; i < k; i++) {
        boot[0][i][b] = est[0][i];
        boot[1][i][b] = est[1][i];
      }
    }
    List<SobolIndex> out = new ArrayList<>(k);
    for (int i = 0; i < k; i++) {
      out.add(new SobolIndex(names.get(i), point[0][i], quantile(boot[0][i], 2.5),
          quantile(boot[0][i], 97.5), point[1][i], quantile(boot[1][i], 2.5),
          quantile(boot[1][i], 97.5)));
    }
    return out;
  }

  /** {S1[i], ST[i]} from the base rows listed in {@code rows} (repeats allowed). */
  private static double[][] indices(double[] fA, double[] fB, double[][] fAB, int[] rows) {
    int n = rows.length;
    int k = fAB.length;
    double[] pooled = new double[2 * n];
    for (int j = 0; j < n; j++) {
      pooled[j] = fA[rows[j]];
      pooled[n + j] = fB[rows[j]];
    }
    double v = new Variance(false).evaluate(pooled);
    double[][] out = new double[2][k];
    for (int i = 0; i < k; i++) {
      double first = 0;
      double total = 0;
      for (int r : rows) {
        first += fB[r] * (fAB[i][r] - fA[r]);
        double d = fA[r] - fAB[i][r];
        total += d * d;
      }
      out[0][i] = v > 0 ? first / n / v : Double.NaN;
      out[1][i] = v > 0 ? total / (2.0 * n) / v : Double.NaN;
    }
    return out;
  }

  private static double quantile(double[] values, double p) {
    double[] finite = java.util.Arrays.stream(values).filter(Double::isFinite).toArray();
    return finite.length == 0 ? Double.NaN : new Percentile().evaluate(finite, p);
  }
}
