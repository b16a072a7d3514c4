package org.rissim.observe;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rissim.model.Classification;

/**
 * The monthly record of a run: a fixed list of numeric columns (NaN where a value does not exist,
 * e.g. a body before its founding) plus the month and the month's classification.
 */
public final class TimeSeries {
  private final List<String> columns;
  private final Map<String, Integer> index = new HashMap<>();
  private final List<YearMonth> months = new ArrayList<>();
  private final List<Classification> classifications = new ArrayList<>();
  private final List<double[]> rows = new ArrayList<>();

  /** A series with these numeric columns, in this order. */
  public TimeSeries(List<String> columns) {
    this.columns = List.copyOf(columns);
    for (int i = 0; i < this.columns.size(); i++) {
      if (index.put(this.columns.get(i), i) != null) {
        throw new IllegalArgumentException("duplicate column " + this.columns.get(i));
      }
    }
  }

  /** Appends one month; {@code values} must have one entry per column. */
  public void add(YearMonth month, Classification classification, double[] values) {
    if (values.length != columns.size()) {
      throw new IllegalArgumentException("expected " + columns.size() + " values, got " + values.length);
    }
    months.add(month);
    classifications.add(classification);
    rows.add(values.clone());
  }

  /** The numeric columns, in order (without {@code month} and {@code classification}). */
  public List<String> columns() {
    return columns;
  }

  /** Whether a numeric column of this name exists. */
  public boolean has(String column) {
    return index.containsKey(column);
  }

  /** Number of months recorded. */
  public int size() {
    return rows.size();
  }

  /** Calendar month of row {@code row}. */
  public YearMonth month(int row) {
    return months.get(row);
  }

  /** Classification of row {@code row}: stable, change-in or change-of. */
  public Classification classification(int row) {
    return classifications.get(row);
  }

  /** Value of a numeric column at a row (NaN when the quantity did not exist). */
  public double value(int row, String column) {
    Integer c = index.get(column);
    if (c == null) {
      throw new IllegalArgumentException("no column " + column + "; columns are " + columns);
    }
    return rows.get(row)[c];
  }

  /** The row of a month, or -1 when the month was not recorded. */
  public int rowOf(YearMonth month) {
    if (months.isEmpty()) {
      return -1;
    }
    long r = months.get(0).until(month, java.time.temporal.ChronoUnit.MONTHS);
    return r >= 0 && r < months.size() ? (int) r : -1;
  }

  /** Row {@code row} as an unmodifiable view of its numeric values in column order. */
  public List<Double> row(int row) {
    double[] v = rows.get(row);
    List<Double> out = new ArrayList<>(v.length);
    for (double d : v) {
      out.add(d);
    }
    return Collections.unmodifiableList(out);
  }
}
