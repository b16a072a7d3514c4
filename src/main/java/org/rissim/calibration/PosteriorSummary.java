package org.rissim.calibration;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Weighted summaries of a generation's particles: mean, sd and quantiles per parameter. */
public final class PosteriorSummary {
  /** Header of {@code summary.csv}. */
  public static final String HEADER = "parameter,prior,mean,sd,q05,q50,q95";

  private PosteriorSummary() {}

  /** {@code summary.csv}: one row per parameter. */
  public static String csv(List<Parameter> parameters, Generation g) {
    StringBuilder b = new StringBuilder(HEADER).append('\n');
    for (int i = 0; i < parameters.size(); i++) {
      double[] s = stats(g, i);
      b.append(parameters.get(i).path()).append(",\"").append(parameters.get(i).prior().text())
          .append('"');
      for (double x : s) {
        b.append(',').append(x);
      }
      b.append('\n');
    }
    return b.toString();
  }

  /** Mean, sd, 5%, 50% and 95% weighted quantiles of parameter i. */
  public static double[] stats(Generation g, int i) {
    double mean = 0;
    for (Particle p : g.particles()) {
      mean += p.weight() * p.theta()[i];
    }
    double var = 0;
    for (Particle p : g.particles()) {
      var += p.weight() * (p.theta()[i] - mean) * (p.theta()[i] - mean);
    }
    return new double[] {mean, Math.sqrt(var), quantile(g, i, 0.05), quantile(g, i, 0.5),
        quantile(g, i, 0.95)};
  }

  /**
   * The weighted q-quantile of parameter i: the smallest value whose cumulative weight reaches q
   * (the inverse of the weighted empirical distribution function).
   */
  public static double quantile(Generation g, int i, double q) {
    Particle[] sorted = g.particles().toArray(Particle[]::new);
    Arrays.sort(sorted, (a, b) -> Double.compare(a.theta()[i], b.theta()[i]));
    double total = Arrays.stream(sorted).mapToDouble(Particle::weight).sum();
    double c = 0;
    for (Particle p : sorted) {
      c += p.weight() / total;
      if (c >= q - 1e-12) {
        return p.theta()[i];
      }
    }
    return sorted[sorted.length - 1].theta()[i];
  }

  /** A readable table of the posterior, one line per parameter. */
  public static String table(List<Parameter> parameters, Generation g) {
    StringBuilder b = new StringBuilder();
    int w = parameters.stream().mapToInt(p -> p.path().length()).max().orElse(9);
    b.append(String.format(Locale.ROOT, "%-" + w + "s  %-28s  %10s  %10s  %23s%n", "parameter",
        "prior", "mean", "median", "90% interval"));
    for (int i = 0; i < parameters.size(); i++) {
      double[] s = stats(g, i);
      b.append(String.format(Locale.ROOT, "%-" + w + "s  %-28s  %10.4g  %10.4g  [%9.4g, %9.4g]%n",
          parameters.get(i).path(), parameters.get(i).prior().text(), s[0], s[3], s[2], s[4]));
    }
    return b.toString();
  }

  /**
   * The Markdown tables of docs/VALIDATION.md: the generations (tolerance, attempts, acceptance,
   * ESS, simulations) and the last generation's posterior per parameter.
   */
  public static String markdown(List<Parameter> parameters, List<Generation> generations) {
    StringBuilder b = new StringBuilder("| generation | tolerance | attempts | acceptance | ESS "
        + "| simulations |\n|---|---|---|---|---|---|\n");
    for (Generation g : generations) {
      b.append(String.format(Locale.ROOT, "| %d | %.3f | %d | %.3f | %.1f | %d |%n", g.index(),
          g.epsilon(), g.attempts(), g.acceptanceRate(), g.ess(), g.sims()));
    }
    Generation last = generations.get(generations.size() - 1);
    b.append("\n| parameter | prior | posterior mean | median | 90% interval |\n"
        + "|---|---|---|---|---|\n");
    for (int i = 0; i < parameters.size(); i++) {
      double[] s = stats(last, i);
      b.append(String.format(Locale.ROOT, "| `%s` | %s | %.4g | %.4g | [%.4g, %.4g] |%n",
          parameters.get(i).path(), parameters.get(i).prior().text(), s[0], s[3], s[2], s[4]));
    }
    return b.toString();
  }
}
