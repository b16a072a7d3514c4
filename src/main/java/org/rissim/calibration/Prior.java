package org.rissim.calibration;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * A prior distribution of one parameter: {@code uniform(a,b)}, {@code loguniform(a,b)} (uniform
 * in log, 0 &lt; a) or {@code normal(mu,sigma,lo,hi)} (a normal truncated to [lo, hi]).
 *
 * @param kind  uniform, loguniform or normal
 * @param a     lower bound (uniform, loguniform) or mean (normal)
 * @param b     upper bound (uniform, loguniform) or standard deviation (normal)
 * @param lo    lower end of the support
 * @param hi    upper end of the support
 */
public record Prior(String kind, double a, double b, double lo, double hi) {
  private static final Pattern FORM = Pattern.compile(
      "\\s*(uniform|loguniform|normal)\\s*\\(([^)]*)\\)\\s*");

  /** Parses a prior as written on the command line; the message says what was expected. */
  public static Prior parse(String text) throws CalibrationException {
    Matcher m = FORM.matcher(text);
    if (!m.matches()) {
      throw new CalibrationException("prior `" + text + "`: expected uniform(a,b), "
          + "loguniform(a,b) or normal(mu,sigma,lo,hi)");
    }
    String kind = m.group(1);
    String[] parts = m.group(2).split(",");
    double[] x = new double[parts.length];
    for (int i = 0; i < parts.length; i++) {
      try {
        x[i] = Double.parseDouble(parts[i].trim());
      } catch (NumberFormatException e) {
        throw new CalibrationException("prior `" + text + "`: `" + parts[i].trim()
            + "` is not a number");
      }
      if (!Double.isFinite(x[i])) {
        throw new CalibrationException("prior `" + text + "`: expected finite numbers");
      }
    }
    int want = kind.equals("normal") ? 4 : 2;
    if (x.length != want) {
      throw new CalibrationException("prior `" + text + "`: " + kind + " takes " + want
          + " numbers" + (kind.equals("normal") ? " (mu, sigma and the truncation lo, hi)" : "")
          + ", found " + x.length);
    }
    if (kind.equals("normal")) {
      if (!(x[1] > 0) || !(x[2] < x[3])) {
        throw new CalibrationException("prior `" + text + "`: expected sigma > 0 and lo < hi");
      }
      return new Prior(kind, x[0], x[1], x[2], x[3]);
    }
    if (!(x[0] < x[1]) || (kind.equals("loguniform") && !(x[0] > 0))) {
      throw new CalibrationException("prior `" + text + "`: expected a < b"
          + (kind.equals("loguniform") ? " and a > 0" : ""));
    }
    return new Prior(kind, x[0], x[1], x[0], x[1]);
  }

  /** A draw from the prior. */
  public double sample(RandomGenerator rng) {
    double u = rng.nextDouble();
    return switch (kind) {
      case "uniform" -> lo + u * (hi - lo);
      case "loguniform" -> Math.exp(Math.log(lo) + u * (Math.log(hi) - Math.log(lo)));
      default -> {
        // Inverse-CDF sampling of the truncated normal: one uniform, no rejection loop.
        NormalDistribution n = new NormalDistribution(null, a, b);
        double fLo = n.cumulativeProbability(lo);
        double fHi = n.cumulativeProbability(hi);
        yield Math.min(hi, Math.max(lo, n.inverseCumulativeProbability(fLo + u * (fHi - fLo))));
      }
    };
  }

  /** The prior density at x (0 outside the support). */
  public double density(double x) {
    if (!(x >= lo && x <= hi)) {
      return 0;
    }
    return switch (kind) {
      case "uniform" -> 1 / (hi - lo);
      case "loguniform" -> 1 / (x * (Math.log(hi) - Math.log(lo)));
      default -> {
        NormalDistribution n = new NormalDistribution(null, a, b);
        yield n.density(x) / (n.cumulativeProbability(hi) - n.cumulativeProbability(lo));
      }
    };
  }

  /** The prior as written on the command line. */
  public String text() {
    return kind.equals("normal")
        ? String.format(Locale.ROOT, "normal(%s,%s,%s,%s)", num(a), num(b), num(lo), num(hi))
        : String.format(Locale.ROOT, "%s(%s,%s)", kind, num(lo), num(hi));
  }

  private static String num(double x) {
    return x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x) : Double.toString(x);
  }
}
