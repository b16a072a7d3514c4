package org.rissim.chart;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.rissim.model.Classification;

/** The {@code timeseries.csv} of one run (docs/OUTPUTS.md). */
public final class RunTable implements TimeTable {
  private final List<YearMonth> months;
  private final Map<String, double[]> values;
  private final int[] classes;

  private RunTable(List<YearMonth> months, Map<String, double[]> values, int[] classes) {
    this.months = List.copyOf(months);
    this.values = values;
    this.classes = classes;
  }

  /** Reads a {@code timeseries.csv}; empty cells become NaN. */
  public static RunTable read(Path file) throws IOException {
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
         CSVParser parser = CSVParser.parse(in, format)) {
      List<String> header = parser.getHeaderNames();
      List<String> numeric = header.stream()
          .filter(h -> !h.equals("month") && !h.equals("classification")).toList();
      List<CSVRecord> rows = parser.getRecords();
      List<YearMonth> months = new ArrayList<>();
      Map<String, double[]> values = new LinkedHashMap<>();
      numeric.forEach(c -> values.put(c, new double[rows.size()]));
      int[] classes = new int[rows.size()];
      for (int i = 0; i < rows.size(); i++) {
        CSVRecord row = rows.get(i);
        months.add(parseMonth(row.get("month"), file, i + 2));
        for (String c : numeric) {
          values.get(c)[i] = parseNumber(row.get(c), file, i + 2, c);
        }
        classes[i] = header.contains("classification")
            ? codeOf(row.get("classification"))
            : codeOf(values.containsKey("classification.code") ? values.get("classification.code")[i] : Double.NaN);
      }
      return new RunTable(months, values, classes);
    }
  }

  static YearMonth parseMonth(String text, Path file, int line) throws IOException {
    try {
      return YearMonth.parse(text.trim());
    } catch (RuntimeException e) {
      throw new IOException(file + ":" + line + ": month '" + text + "' is not YYYY-MM");
    }
  }

  static double parseNumber(String text, Path file, int line, String column) throws IOException {
    String t = text.trim();
    if (t.isEmpty() || t.equalsIgnoreCase("NaN")) {
      return Double.NaN;
    }
    try {
      return Double.parseDouble(t);
    } catch (NumberFormatException e) {
      throw new IOException(file + ":" + line + ": column " + column + ": '" + text + "' is not a number");
    }
  }

  private static int codeOf(String label) {
    try {
      return Classification.of(label.trim()).code();
    } catch (IllegalArgumentException e) {
      return -1;
    }
  }

  private static int codeOf(double code) {
    return Double.isNaN(code) ? -1 : (int) Math.round(code);
  }

  @Override
  public List<YearMonth> months() {
    return months;
  }

  @Override
  public List<String> columns() {
    return List.copyOf(values.keySet());
  }

  @Override
  public double[] mean(String column) {
    double[] v = values.get(column);
    if (v == null) {
      throw new IllegalArgumentException("no column " + column + " in timeseries.csv");
    }
    return v.clone();
  }

  @Override
  public double[] low(String column) {
    return null;
  }

  @Override
  public double[] high(String column) {
    return null;
  }

  @Override
  public int[] classification() {
    return classes.clone();
  }
}
