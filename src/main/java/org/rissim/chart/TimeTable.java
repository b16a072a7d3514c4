package org.rissim.chart;

import java.time.YearMonth;
import java.util.List;

/**
 * Monthly numeric series of one run or the mean of replicated runs, with an optional band.
 */
public interface TimeTable {
  /** The months, in order. */
  List<YearMonth> months();

  /** The numeric column names, in file order. */
  List<String> columns();

  /** Whether the column exists. */
  default boolean has(String column) {
    return columns().contains(column);
  }

  /** Value (or mean over replicates) of a column per month; NaN where missing. */
  double[] mean(String column);

  /** Lower edge of the band per month, or null when there is no band (single run). */
  double[] low(String column);

  /** Upper edge of the band per month, or null when there is no band (single run). */
  double[] high(String column);

  /** Classification per month: 0 stable, 1 change-in, 2 change-of, -1 unknown. */
  int[] classification();

  /** A month as a fractional year: 1992-01 is 1992.0, 1992-07 is 1992.5. */
  static double year(YearMonth month) {
    return month.getYear() + (month.getMonthValue() - 1) / 12.0;
  }
}
