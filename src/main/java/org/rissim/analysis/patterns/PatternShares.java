package org.rissim.analysis.patterns;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.interval.ConfidenceInterval;
import org.apache.commons.math3.stat.interval.WilsonScoreInterval;
import org.rissim.scenario.PatternSpec;

/**
 * Summarises pattern outcomes over replicated runs: share of runs with a 95% Wilson score
 * interval (Wilson 1927; good coverage for shares near 0 or 1 and small n, unlike the Wald
 * interval), and quartiles of the month of the first matching event.
 */
public final class PatternShares {
  /** Header of {@code patterns.csv}. */
  public static final List<String> HEADER = List.of("pattern", "holds", "n", "share", "ciLow",
      "ciHigh", "medianMonth", "q1Month", "q3Month");

  private static final double CONFIDENCE = 0.95;

  private PatternShares() {}

  /**
   * One summary per pattern, in pattern order.
   *
   * @param patterns the patterns
   * @param runs     for every run, the outcome of every pattern in pattern order
   */
  public static List<PatternShare> of(List<PatternSpec> patterns, List<List<PatternOutcome>> runs) {
    if (runs.isEmpty()) {
      throw new IllegalArgumentException("no runs to summarise");
    }
    List<PatternShare> out = new ArrayList<>();
    for (int p = 0; p < patterns.size(); p++) {
      int holds = 0;
      List<YearMonth> months = new ArrayList<>();
      Optional<String> failure = Optional.empty();
      for (List<PatternOutcome> run : runs) {
        PatternOutcome o = run.get(p);
        if (o.holds()) {
          holds++;
          o.firstMonth().ifPresent(months::add);
        } else if (failure.isEmpty()) {
          failure = Optional.of(o.reason());
        }
      }
      int n = runs.size();
      ConfidenceInterval ci = new WilsonScoreInterval().createInterval(n, holds, CONFIDENCE);
      out.add(new PatternShare(patterns.get(p).id(), patterns.get(p).event().isPresent(), holds,
          n, (double) holds / n, ci.getLowerBound(), ci.getUpperBound(), quantile(months, 50),
          quantile(months, 25), quantile(months, 75), failure));
    }
    return out;
  }

  /**
   * A quantile of months, as a month that occurred: the inverse of the empirical distribution
   * function (Hyndman and Fan 1996, type 1), so the median of an even count is the lower middle.
   */
  static Optional<YearMonth> quantile(List<YearMonth> months, double percent) {
    if (months.isEmpty()) {
      return Optional.empty();
    }
    double[] index = months.stream().mapToDouble(m -> m.getYear() * 12.0 + m.getMonthValue() - 1)
        .toArray();
    double q = new Percentile().withEstimationType(Percentile.EstimationType.R_1)
        .evaluate(index, percent);
    int i = (int) Math.round(q);
    return Optional.of(YearMonth.of(Math.floorDiv(i, 12), Math.floorMod(i, 12) + 1));
  }

  /** The summaries as {@code patterns.csv} text (docs/OUTPUTS.md); months as {@code YYYY-MM}. */
  public static String csv(List<PatternShare> shares) {
    StringBuilder b = new StringBuilder();
    CSVFormat format = CSVFormat.DEFAULT.builder().setRecordSeparator('\n')
        .setHeader(HEADER.toArray(String[]::new)).get();
    try (CSVPrinter printer = new CSVPrinter(b, format)) {
      for (PatternShare s : shares) {
        printer.printRecord(s.pattern(), s.holds(), s.n(), s.share(), s.ciLow(), s.ciHigh(),
            s.medianMonth().map(YearMonth::toString).orElse(""),
            s.q1Month().map(YearMonth::toString).orElse(""),
            s.q3Month().map(YearMonth::toString).orElse(""));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return b.toString();
  }
}
