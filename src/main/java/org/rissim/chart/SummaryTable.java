package org.rissim.chart;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The long-form {@code summary.csv} of replicated runs ({@code month,column,n,mean,sd,p025,
 * p975,ciLow,ciHigh}) as a table of means with a band.
 */
public final class SummaryTable implements TimeTable {
  /** Which interval the band shows. */
  public enum Band {
    /** p025..p975: where 95% of the replicates lie (the spread of outcomes). */
    SPREAD,
    /** ciLow..ciHigh: 95% confidence interval of the mean (Student t). */
    CI
  }

  private static final String[] STATS = {"n", "mean", "sd", "p025", "p975", "ciLow", "ciHigh"};

  private final List<YearMonth> months;
  private final Map<String, Map<String, double[]>> stats;
  private final Band band;

  private SummaryTable(List<YearMonth> months, Map<String, Map<String, double[]>> stats, Band band) {
    this.months = List.copyOf(months);
    this.stats = stats;
    this.band = band;
  }

  /** Reads a {@code summary.csv}; months without a row for a column are NaN. */
  public static SummaryTable read(Path file, Band band) throws IOException {
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
         CSVParser parser = CSVParser.parse(in, format)) {
      for (String need : List.of("month", "column", "mean", "p025", "p975", "ciLow", "ciHigh")) {
        if (!parser.getHeaderNames().contains(need)) {
          throw new IOException(file + ": missing column '" + need + "' (docs/OUTPUTS.md)");
        }
      }
      List<CSVRecord> rows = parser.getRecords();
      TreeSet<YearMonth> monthSet = new TreeSet<>();
      List<String> columns = new ArrayList<>();
      List<YearMonth> rowMonths = new ArrayList<>();
      for (int i = 0; i < rows.size(); i++) {
        YearMonth m = RunTable.parseMonth(rows.get(i).get("month"), file, i + 2);
        rowMonths.add(m);
        monthSet.add(m);
        String c = rows.get(i).get("column");
        if (!columns.contains(c)) {
          columns.add(c);
        }
      }
      List<YearMonth> months = new ArrayList<>(monthSet);
      Map<YearMonth, Integer> index = new LinkedHashMap<>();
      for (int i = 0; i < months.size(); i++) {
        index.put(months.get(i), i);
      }
      Map<String, Map<String, double[]>> stats = new LinkedHashMap<>();
      for (String c : columns) {
        Map<String, double[]> s = new LinkedHashMap<>();
        for (String stat : STATS) {
          double[] v = new double[months.size()];
          Arrays.fill(v, Double.NaN);
          s.put(stat, v);
        }
        stats.put(c, s);
      }
      for (int i = 0; i < rows.size(); i++) {
        CSVRecord row = rows.get(i);
        Map<String, double[]> s = stats.get(row.get("column"));
        int t = index.get(rowMonths.get(i));
        for (String stat : STATS) {
          if (row.isMapped(stat)) {
            s.get(stat)[t] = RunTable.parseNumber(row.get(stat), file, i + 2, stat);
          }
        }
      }
      return new SummaryTable(months, stats, band);
    }
  }

  /** The band this table reports as low/high. */
  public Band band() {
    return band;
  }

  /** One statistic ({@code n, mean, sd, p025, p975, ciLow, ciHigh}) of a column per month. */
  public double[] stat(String column, String stat) {
    Map<String, double[]> s = stats.get(column);
    if (s == null || !s.containsKey(stat)) {
      throw new IllegalArgumentException("no " + stat + " of " + column + " in summary.csv");
    }
    return s.get(stat).clone();
  }

  @Override
  public List<YearMonth> months() {
    return months;
  }

  @Override
  public List<String> columns() {
    return List.copyOf(stats.keySet());
  }

  @Override
  public double[] mean(String column) {
    return stat(column, "mean");
  }

  @Override
  public double[] low(String column) {
    return stat(column, band == Band.SPREAD ? "p025" : "ciLow");
  }

  @Override
  public double[] high(String column) {
    return stat(column, band == Band.SPREAD ? "p975" : "ciHigh");
  }

  /**
   * Classification from the mean of {@code classification.code} over replicates: change-of
   * where the mean is at least 1.5, change-in where it is at least 0.5, else stable.
   */
  @Override
  public int[] classification() {
    int[] codes = new int[months.size()];
    if (!has("classification.code")) {
      Arrays.fill(codes, -1);
      return codes;
    }
    double[] mean = mean("classification.code");
    for (int t = 0; t < codes.length; t++) {
      codes[t] = Double.isNaN(mean[t]) ? -1 : mean[t] >= 1.5 ? 2 : mean[t] >= 0.5 ? 1 : 0;
    }
    return codes;
  }
}
