package org.rissim.model;

/**
 * A month's classification of the primary institution (docs/MODEL.md, "Classification"): its
 * practices stand ({@link #STABLE}), the region's practice has visibly moved while the principle
 * stands ({@link #CHANGE_IN}), or the principle itself is in question ({@link #CHANGE_OF}). The
 * label is what timeseries.csv's {@code classification} column holds; the code (0, 1, 2) is its
 * {@code classification.code} column.
 */
public enum Classification {
  /** The practices stand. */
  STABLE("stable"),
  /** The practices move, the principle stands. */
  CHANGE_IN("change-in"),
  /** The principle itself erodes. */
  CHANGE_OF("change-of");

  private final String label;

  Classification(String label) {
    this.label = label;
  }

  /** The label written in outputs: stable, change-in or change-of. */
  public String label() {
    return label;
  }

  /** The numeric code written in outputs: 0, 1 or 2. */
  public int code() {
    return ordinal();
  }

  /** The classification with this label; an unknown label is an IllegalArgumentException. */
  public static Classification of(String label) {
    for (Classification c : values()) {
      if (c.label.equals(label)) {
        return c;
      }
    }
    throw new IllegalArgumentException("expected a classification (stable, change-in or "
        + "change-of), found `" + label + "`");
  }

  @Override
  public String toString() {
    return label;
  }
}
