package org.rissim.model.event;

/**
 * Where an event writes its fields, in order, under canonical names: an observer's formatter
 * (which renames them by the institution's vocabulary) or a list of names.
 */
public interface EventFields {
  /** A field as it is: a string, boolean, whole number, double, list of strings or null. */
  void put(String field, Object value);

  /** A number rounded to 6 decimals, so that event files are compact and stable. */
  void round(String field, double value);

  /** One rounded field per practice of the institution, {@code <prefix><practice id>}. */
  void profile(String prefix, double[] values);

  /**
   * One field per feature of the institution, named by the feature's id, in order; numbers are
   * rounded, levels and flags written as they are.
   */
  void features(Object[] values);
}
