package org.rissim.experiment;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;

/**
 * Summary of a sample of one quantity: size, mean, standard deviation, 2.5 and 97.5 percentiles
 * and the 95% Student-t confidence interval of the mean. Missing values (NaN) are left out.
 *
 * @param n      number of non-missing values
 * @param mean   sample mean (NaN when n = 0)
 * @param sd     sample standard deviation, n - 1 denominator (NaN when n < 2)
 * @param p025   2.5th percentile (Commons Math's default estimator)
 * @param p975   97.5th percentile
 * @param ciLow  lower end of the 95% confidence interval of the mean (NaN when n < 2)
 * @param ciHigh upper end of that interval
 */
public record Estimate(int n, double mean, double sd, double p025, double p975, double ciLow,
    double ciHigh) {

  /** Estimates from a sample, skipping NaN values. */
  public static Estimate of(double[] values) {
    DescriptiveStatistics d = new DescriptiveStatistics();
    for (double v : values) {
      if (!Double.isNaN(v)) {
        d.addValue(v);
      }
    }
    int n = (int) d.getN();
    if (n == 0) {
      return new Estimate(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
          Double.NaN);
    }
    double mean = d.getMean();
    if (n == 1) {
      return new Estimate(1, mean, Double.NaN, mean, mean, Double.NaN, Double.NaN);
    }
    double sd = d.getStandardDeviation();
    // Multiplying a zero sd keeps a constant sample's interval exactly [mean, mean].
    double half = new TDistribution(null, n - 1).inverseCumulativeProbability(0.975) * sd
        / Math.sqrt(n);
    return new Estimate(n, mean, sd, d.getPercentile(2.5), d.getPercentile(97.5), mean - half,
        mean + half);
  }

  /**
   * Paired Cohen's d_z of the differences summarised here: mean difference over the standard
   * deviation of the differences; 0 when every difference is 0, NaN when undefined (n < 2, or a
   * constant non-zero difference).
   */
  public double effectSizeDz() {
    if (n < 2) {
      return Double.NaN;
    }
    if (sd == 0) {
      return mean == 0 ? 0.0 : Double.NaN;
    }
    return mean / sd;
  }
}
