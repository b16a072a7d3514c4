package org.rissim.analysis.sensitivity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.StatUtils;

/**
 * Morris measures from elementary effects {@code EE = direction (f(after) - f(before)) / Delta},
 * one per trajectory and parameter (Morris 1991; mu* from Campolongo, Cariboni and Saltelli
 * 2007). The interval of mu* is a percentile bootstrap over the effects, seeded.
 */
public final class MorrisEffects {
  private final int resamples;
  private final long seed;

  /** A summariser with {@code resamples} bootstrap resamples from a generator seeded with {@code seed}. */
  public MorrisEffects(int resamples, long seed) {
    if (resamples < 1) {
      throw new IllegalArgumentException("bootstrap resamples must be >= 1, got " + resamples);
    }
    this.resamples = resamples;
    this.seed = seed;
  }

  /** The measures of one parameter from its elementary effects (NaN effects are skipped). */
  public ElementaryEffects summarise(String parameter, double[] effects) {
    double[] ee = Arrays.stream(effects).filter(Double::isFinite).toArray();
    int n = ee.length;
    if (n == 0) {
      return new ElementaryEffects(parameter, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
          Double.NaN);
    }
    double[] abs = Arrays.stream(ee).map(Math::abs).toArray();
    double sigma = n > 1 ? new StandardDeviation(true).evaluate(ee) : Double.NaN;
    RandomGenerator rng = new Well19937c(seed ^ parameter.hashCode());
    double[] boot = new double[resamples];
    for (int b = 0; b < resamples; b++) {
      double s = 0;
      for (int j = 0; j < n; j++) {
        s += abs[rng.nextInt(n)];
      }
      boot[b] = s / n;
    }
    Percentile pct = new Percentile();
    return new ElementaryEffects(parameter, n, StatUtils.mean(abs), StatUtils.mean(ee), sigma,
        pct.evaluate(boot, 2.5), pct.evaluate(boot, 97.5));
  }

  /**
   * The measures of each parameter from the outputs of a Morris design in its point order:
   * trajectory t's point m+1 moved parameter m; {@code directions[t][m]} is +1 or -1 (0: unknown, effect skipped).
   *
   * @param names      the k parameter names
   * @param outputs    f at each of the r (k+1) points
   * @param directions r rows of k step directions
   * @param delta      the step in unit coordinates
   */
  public List<ElementaryEffects> estimate(List<String> names, double[] outputs, int[][] directions,
      double delta) {
    int k = names.size();
    int r = directions.length;
    if (outputs.length != r * (k + 1)) {
      throw new IllegalArgumentException("Morris outputs: expected " + r * (k + 1) + " values, got "
          + outputs.length);
    }
    List<ElementaryEffects> out = new ArrayList<>(k);
    for (int i = 0; i < k; i++) {
      double[] ee = new double[r];
      for (int t = 0; t < r; t++) {
        int before = t * (k + 1) + i;
        // A step whose direction could not be read (0) gives no effect rather than a false zero.
        ee[t] = directions[t][i] == 0 ? Double.NaN
            : directions[t][i] * (outputs[before + 1] - outputs[before]) / delta;
      }
      out.add(summarise(names.get(i), ee));
    }
    return out;
  }
}
