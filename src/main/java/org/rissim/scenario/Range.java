package org.rissim.scenario;

/**
 * An allowed interval of a number and how to say it ("a number in [0,1]"). The binder reports a
 * value outside it at its file:line:column; the records check their fields against the same
 * intervals, so that records built in code are checked too.
 *
 * @param lo     the lower bound
 * @param loOpen whether the lower bound is excluded
 * @param hi     the upper bound
 * @param hiOpen whether the upper bound is excluded
 * @param text   how to say the interval in a message
 */
record Range(double lo, boolean loOpen, double hi, boolean hiOpen, String text) {
  /** Any number but NaN. */
  static final Range ANY = new Range(Double.NEGATIVE_INFINITY, false,
      Double.POSITIVE_INFINITY, false, "a number");
  /** [0,1]. */
  static final Range UNIT = new Range(0, false, 1, false, "a number in [0,1]");
  /** (0,1]. */
  static final Range OPEN_UNIT = new Range(0, true, 1, false, "a number in (0,1]");
  /** [-1,1]. */
  static final Range SIGNED_UNIT = new Range(-1, false, 1, false, "a number in [-1,1]");
  /** [0,+inf]. */
  static final Range NON_NEGATIVE = new Range(0, false, Double.POSITIVE_INFINITY, false,
      "a number >= 0");
  /** (0,+inf]. */
  static final Range POSITIVE = new Range(0, true, Double.POSITIVE_INFINITY, false,
      "a number > 0");

  /** Whether {@code v} lies in the interval (NaN never does). */
  boolean contains(double v) {
    return !Double.isNaN(v) && (loOpen ? v > lo : v >= lo) && (hiOpen ? v < hi : v <= hi);
  }

  /** Fails unless {@code value} lies in the interval, naming the field and the value. */
  void check(String field, double value) {
    if (!contains(value)) {
      throw new IllegalArgumentException(field + ": expected " + text + ", found " + value);
    }
  }

  /**
   * Fails unless every value of {@code values} lies in the interval, naming the field, the key and
   * the value.
   */
  void checkValues(String field, java.util.Map<?, ? extends Number> values) {
    for (java.util.Map.Entry<?, ? extends Number> e : values.entrySet()) {
      check(field + "." + e.getKey(), e.getValue().doubleValue());
    }
  }

  /** Fails unless the whole number {@code value} is at least {@code min}, naming the field. */
  static void atLeast(String field, int value, int min) {
    if (value < min) {
      throw new IllegalArgumentException(field + ": expected a whole number >= " + min
          + ", found " + value);
    }
  }
}
