package org.rissim.experiment.design;

import java.util.Locale;

/** The designs by name: {@code grid}, {@code random}, {@code lhs}, {@code sobol}, {@code morris[:p]}. */
public final class Designs {
  /** Grid levels of a Morris design when the name does not give them. */
  public static final int DEFAULT_MORRIS_LEVELS = 4;

  private Designs() {}

  /**
   * The design with this name; {@code morris:p} sets the number of grid levels p (even, default
   * 4).
   */
  public static Design of(String name) {
    String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    if (n.startsWith("morris:")) {
      String p = n.substring("morris:".length());
      try {
        return new MorrisDesign(Integer.parseInt(p));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("design '" + name + "': levels '" + p + "' is not an integer");
      }
    }
    return switch (n) {
      case "grid" -> new GridDesign();
      case "random" -> new RandomDesign();
      case "lhs" -> new LatinHypercubeDesign();
      case "sobol" -> new SobolDesign();
      case "morris" -> new MorrisDesign(DEFAULT_MORRIS_LEVELS);
      default -> throw new IllegalArgumentException("unknown design '" + name
          + "': expected grid, random, lhs, sobol or morris[:levels]");
    };
  }
}
