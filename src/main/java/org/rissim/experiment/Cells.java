package org.rissim.experiment;

/** Formats numbers for the CSV files: exact, locale-free, empty for a missing value. */
public final class Cells {
  private Cells() {}

  /**
   * A number as a CSV cell: empty for NaN, without a fraction for whole numbers, otherwise the
   * shortest text that reads back as the same double (so merged and resumed files stay exact).
   */
  public static String format(double v) {
    if (Double.isNaN(v)) {
      return "";
    }
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return Double.toString(v);
  }

  /** A CSV cell back as a number (NaN for an empty cell). */
  public static double parse(String cell) {
    return cell == null || cell.isEmpty() ? Double.NaN : Double.parseDouble(cell);
  }
}
