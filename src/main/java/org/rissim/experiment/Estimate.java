package org.rissim.experiment;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.apache.commons.math3.stat.interval.ConfidenceInterval;
import org.apache.commons.math3.stat.interval.WilsonScoreInterval;

/**
 * Summary of a sample of one quantity: size, mean, standard deviation, 2.5 and 97.5 percentiles
 * and the 95% confidence interval of the mean (Student t; Wilson for shares, {@link #ofShare}).
 * Missing values (NaN) are left out.
 *
 * @param n      number of non-missing values
 * @param mean   sample mean (NaN when n = 0)
 * @param sd     sample standard deviation, n - 1 denominator (NaN when n < 2)
 * @param p025   2.5th percentile (Commons Math's default estimator)
 * @param p975   97.5th percentile
 * @param ciLow  lower end of the 95% confidence interval of the mean (NaN when n < 2, but for
 *               shares)
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
   * Whether an outcome measure is a share (a proportion in [0, 1]) whose interval is a Wilson
   * interval ({@link #ofShare}): the {@code share.*} measures (share of a run's months) and
   * {@code founded} (1 when the run founded a body, 0 when not: its mean is the share of runs).
   */
  public static boolean isShare(String measure) {
    return measure.startsWith("share.") || measure.equals("founded");
  }

  /**
   * Estimates of a sample of shares (each in [0, 1]): as {@link #of}, but the 95% interval of
   * the mean is a Wilson score interval over the n runs (Commons Math's
   * {@link WilsonScoreInterval}), which stays in [0, 1] where the t interval leaves it. With
   * S = n x mean "successes": exactly Wilson's interval when S is a whole number (0/1 values such
   * as {@code founded}: the share of runs); else the union of the Wilson intervals at the whole
   * numbers either side of S (both ends of Wilson's interval rise with S, so this contains the
   * interval at S itself and widens it by at most one run's worth). Treating each run's share
   * as one binomial trial is conservative: a quantity in [0, 1] with mean p has a variance of at
   * most p (1 - p) (Bhatia-Davis). An interval is given from n = 1 on.
   */
  public static Estimate ofShare(double[] values) {
    Estimate e = of(values);
    if (e.n() == 0) {
      return e;
    }
    double successes = Math.max(0, Math.min(e.n(), e.mean() * e.n()));
    // A share such as 3/384 summed over runs is not exactly a whole number in floating point.
    double nearest = Math.rint(successes);
    if (Math.abs(successes - nearest) < 1e-9 * e.n()) {
      successes = nearest;
    }
    WilsonScoreInterval wilson = new WilsonScoreInterval();
    int below = (int) Math.floor(successes);
    int above = (int) Math.ceil(successes);
    ConfidenceInterval low = wilson.createInterval(e.n(), below, 0.95);
    ConfidenceInterval high = wilson.createInterval(e.n(), above, 0.95);
    // Wilson's ends at 0 and n successes are exactly 0 and 1 (Commons Math leaves 3e-17).
    return new Estimate(e.n(), e.mean(), e.sd(), e.p025(), e.p975(),
        below == 0 ? 0.0 : Math.max(0, low.getLowerBound()),
        above == e.n() ? 1.0 : Math.min(1, high.getUpperBound()));
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
