package org.rissim.analysis.sensitivity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.rissim.experiment.design.Design;
import org.rissim.experiment.design.Designs;
import org.rissim.experiment.design.MorrisDesign;
import org.rissim.experiment.design.ParameterSpec;

/**
 * Analyses a sweep: Sobol indices (sobol designs), Morris measures (morris designs), rank
 * correlations and the replicate-noise share of variance (every design) and cell means (grids).
 * Replicates are averaged per point for the indices and correlations; missing (NaN) outcomes are
 * skipped and counted.
 */
public final class SweepAnalysis {
  /** Bootstrap resamples for every interval. */
  public static final int RESAMPLES = 1000;
  /** Below this many base rows Sobol indices are flagged as rough. */
  public static final int SOBOL_MIN_ROWS = 500;
  /** Sobol intervals wider than this are flagged. */
  public static final double SOBOL_MAX_WIDTH = 0.1;

  /** Above this share of replicate noise an outcome's indices are flagged. */
  public static final double NOISY_SHARE = 0.5;

  private final SweepData data;

  /**
   * What the analysis produced.
   *
   * @param tables   the tables, in the order to print them
   * @param notes    facts to report (missing values skipped)
   * @param warnings cautions about the reliability of the results
   */
  public record Report(List<CsvTable> tables, List<String> notes, List<String> warnings) {}

  /** An analysis of this sweep. */
  public SweepAnalysis(SweepData data) {
    this.data = data;
  }

  /** Runs every analysis that fits the sweep's design. */
  public Report run() {
    List<CsvTable> tables = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    for (int o = 0; o < data.outcomes().size(); o++) {
      int missing = data.missing(o);
      if (missing > 0) {
        notes.add(String.format(Locale.ROOT, "%s: %d of %d runs missing (NaN), skipped",
            data.outcomes().get(o), missing, data.runs().size()));
      }
    }
    Design design = Designs.of(data.design());
    String name = data.design().strip().toLowerCase(Locale.ROOT);
    if (name.equals("sobol")) {
      tables.add(sobol(notes, warnings));
    } else if (design instanceof MorrisDesign morris) {
      tables.add(morris(morris, notes));
    }
    tables.add(parameters());
    tables.add(variance(warnings));
    if (name.equals("grid")) {
      tables.add(cells());
    }
    return new Report(tables, notes, warnings);
  }

  private List<String> groupNames() {
    return data.params().stream().map(ParameterSpec::path).toList();
  }

  private void checkPointCount(int expected, String what) {
    if (data.points().size() != expected) {
      throw new IllegalArgumentException("design.csv has " + data.points().size() + " points but "
          + what + " has " + expected);
    }
  }

  private CsvTable sobol(List<String> notes, List<String> warnings) {
    int k = data.params().size();
    int n = data.samples();
    checkPointCount(n * (k + 2), "a sobol design of " + n + " base rows and " + k + " parameters");
    if (n < SOBOL_MIN_ROWS) {
      warnings.add("sobol: N = " + n + " base rows is small (< " + SOBOL_MIN_ROWS
          + "); indices are rough, read their intervals");
    }
    List<List<Object>> rows = new ArrayList<>();
    SobolIndices estimator = new SobolIndices(RESAMPLES, data.seed());
    for (int o = 0; o < data.outcomes().size(); o++) {
      String outcome = data.outcomes().get(o);
      double[] y = data.pointMeans(o);
      List<Integer> valid = new ArrayList<>();
      for (int j = 0; j < n; j++) {
        boolean ok = true;
        for (int m = 0; m < k + 2; m++) {
          ok &= Double.isFinite(y[j * (k + 2) + m]);
        }
        if (ok) {
          valid.add(j);
        }
      }
      if (valid.size() < n) {
        notes.add(String.format(Locale.ROOT, "sobol %s: %d of %d base rows dropped (missing outcome)",
            outcome, n - valid.size(), n));
      }
      if (valid.size() < 2) {
        warnings.add("sobol " + outcome + ": fewer than 2 complete base rows, no indices");
        continue;
      }
      double[] fA = new double[valid.size()];
      double[] fB = new double[valid.size()];
      double[][] fAB = new double[k][valid.size()];
      for (int v = 0; v < valid.size(); v++) {
        int base = valid.get(v) * (k + 2);
        fA[v] = y[base];
        for (int i = 0; i < k; i++) {
          fAB[i][v] = y[base + 1 + i];
        }
        fB[v] = y[base + k + 1];
      }
      double widest = 0;
      for (SobolIndex s : estimator.estimate(groupNames(), fA, fB, fAB)) {
        rows.add(List.of(outcome, s.parameter(), s.s1(), s.s1Low(), s.s1High(), s.st(), s.stLow(),
            s.stHigh()));
        widest = Math.max(widest, Math.max(s.s1High() - s.s1Low(), s.stHigh() - s.stLow()));
      }
      if (widest > SOBOL_MAX_WIDTH) {
        warnings.add(String.format(Locale.ROOT,
            "sobol %s: intervals up to %.2f wide (> %.1f): increase --samples", outcome, widest,
            SOBOL_MAX_WIDTH));
      }
    }
    return new CsvTable("sobol.csv",
        List.of("outcome", "parameter", "S1", "S1Low", "S1High", "ST", "STLow", "STHigh"), rows);
  }

  private CsvTable morris(MorrisDesign design, List<String> notes) {
    int k = data.params().size();
    int r = data.samples();
    checkPointCount(r * (k + 1), "a morris design of " + r + " trajectories and " + k + " parameters");
    int[][] directions = new int[r][k];
    for (int t = 0; t < r; t++) {
      for (int i = 0; i < k; i++) {
        ParameterSpec p = data.params().get(i);
        Map<String, String> before = data.points().get(t * (k + 1) + i);
        Map<String, String> after = data.points().get(t * (k + 1) + i + 1);
        directions[t][i] = (int) Math.signum(p.direction(after) - p.direction(before));
      }
    }
    MorrisEffects estimator = new MorrisEffects(RESAMPLES, data.seed());
    List<List<Object>> rows = new ArrayList<>();
    for (int o = 0; o < data.outcomes().size(); o++) {
      for (ElementaryEffects e : estimator.estimate(groupNames(), data.pointMeans(o), directions,
          design.delta())) {
        if (e.count() < r) {
          notes.add(String.format(Locale.ROOT, "morris %s %s: %d of %d effects missing, skipped",
              data.outcomes().get(o), e.parameter(), r - e.count(), r));
        }
        rows.add(List.of(data.outcomes().get(o), e.parameter(), e.muStar(), e.mu(), e.sigma(),
            e.muStarLow(), e.muStarHigh()));
      }
    }
    return new CsvTable("morris.csv",
        List.of("outcome", "parameter", "muStar", "mu", "sigma", "muStarLow", "muStarHigh"), rows);
  }

  /** Spearman rank correlation of each parameter column (mix shares separately) with each outcome. */
  private CsvTable parameters() {
    List<List<Object>> rows = new ArrayList<>();
    int points = data.points().size();
    for (int o = 0; o < data.outcomes().size(); o++) {
      double[] y = data.pointMeans(o);
      for (String column : data.paramColumns()) {
        double[] xs = new double[points];
        double[] ys = new double[points];
        int n = 0;
        for (int p = 0; p < points; p++) {
          double x = data.numeric(p, column);
          if (Double.isFinite(x) && Double.isFinite(y[p])) {
            xs[n] = x;
            ys[n] = y[p];
            n++;
          }
        }
        double rho = Double.NaN;
        if (n >= 3 && !constant(xs, n) && !constant(ys, n)) {
          rho = new SpearmansCorrelation().correlation(Arrays.copyOf(xs, n), Arrays.copyOf(ys, n));
        }
        rows.add(List.of(data.outcomes().get(o), column, n, rho));
      }
    }
    return new CsvTable("parameters.csv", List.of("outcome", "parameter", "n", "spearman"), rows);
  }

  private static boolean constant(double[] v, int n) {
    for (int i = 1; i < n; i++) {
      if (v[i] != v[0]) {
        return false;
      }
    }
    return true;
  }

  /**
   * One-way decomposition of the run-level variance by design point: replicate = pooled
   * within-point variance, parameters = total - replicate (floored at 0).
   */
  private CsvTable variance(List<String> warnings) {
    List<List<Object>> rows = new ArrayList<>();
    List<String> noisy = new ArrayList<>();
    boolean noReplicates = false;
    for (int o = 0; o < data.outcomes().size(); o++) {
      SummaryStatistics all = new SummaryStatistics();
      SummaryStatistics[] byPoint = perPoint(o);
      for (SweepData.Run r : data.runs()) {
        double v = r.outcomes()[o];
        if (Double.isFinite(v)) {
          all.addValue(v);
        }
      }
      double within = 0;
      long dof = 0;
      for (SummaryStatistics s : byPoint) {
        if (s.getN() > 1) {
          within += s.getVariance() * (s.getN() - 1);
          dof += s.getN() - 1;
        }
      }
      double total = all.getN() > 1 ? all.getVariance() : Double.NaN;
      double replicate = dof > 0 ? within / dof : Double.NaN;
      noReplicates |= dof == 0;
      double parameters = Double.isFinite(total) && Double.isFinite(replicate)
          ? Math.max(0, total - replicate) : Double.NaN;
      double share = total > 0 && Double.isFinite(replicate) ? Math.min(1, replicate / total) : Double.NaN;
      rows.add(List.of(data.outcomes().get(o), total, replicate, parameters, share));
      if (share > NOISY_SHARE) {
        noisy.add(data.outcomes().get(o));
      }
    }
    if (!noisy.isEmpty()) {
      warnings.add("variance: replicate noise is more than half the variance of "
          + String.join(", ", noisy) + ": the parameters explain little; add --reps before"
          + " reading indices of these outcomes");
    }
    if (noReplicates) {
      warnings.add("variance: some outcomes have no point with 2 or more runs: replicate noise"
          + " cannot be separated (use --reps >= 2)");
    }
    return new CsvTable("variance.csv",
        List.of("outcome", "total", "replicate", "parameters", "shareReplicate"), rows);
  }

  private SummaryStatistics[] perPoint(int o) {
    SummaryStatistics[] byPoint = new SummaryStatistics[data.points().size()];
    for (int p = 0; p < byPoint.length; p++) {
      byPoint[p] = new SummaryStatistics();
    }
    for (SweepData.Run r : data.runs()) {
      double v = r.outcomes()[o];
      if (Double.isFinite(v)) {
        byPoint[r.point()].addValue(v);
      }
    }
    return byPoint;
  }

  /** Mean outcome per grid cell (design point), over its replicates. */
  private CsvTable cells() {
    List<String> header = new ArrayList<>(data.paramColumns());
    header.addAll(List.of("outcome", "n", "mean", "sd"));
    List<List<Object>> rows = new ArrayList<>();
    for (int o = 0; o < data.outcomes().size(); o++) {
      SummaryStatistics[] byPoint = perPoint(o);
      for (int p = 0; p < byPoint.length; p++) {
        List<Object> row = new ArrayList<>();
        for (String c : data.paramColumns()) {
          row.add(data.points().get(p).get(c));
        }
        SummaryStatistics s = byPoint[p];
        row.add(data.outcomes().get(o));
        row.add((int) s.getN());
        row.add(s.getN() > 0 ? s.getMean() : Double.NaN);
        row.add(s.getN() > 1 ? s.getStandardDeviation() : Double.NaN);
        rows.add(row);
      }
    }
    return new CsvTable("cells.csv", header, rows);
  }
}
