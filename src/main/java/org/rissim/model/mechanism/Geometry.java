package org.rissim.model.mechanism;

/** Distances between practice profiles and the logistic link used by several mechanisms. */
public final class Geometry {
  private Geometry() {}

  /** Mean absolute difference between two profiles, in [0,1]. */
  public static double distance(double[] a, double[] b) {
    double d = 0;
    for (int p = 0; p < a.length; p++) {
      d += Math.abs(a[p] - b[p]);
    }
    return a.length == 0 ? 0 : d / a.length;
  }

  /** The logistic function 1 / (1 + e^-x). */
  public static double logistic(double x) {
    return 1.0 / (1.0 + Math.exp(-x));
  }

  /** Clamps to [0,1]. */
  public static double unit(double x) {
    return x < 0 ? 0 : (x > 1 ? 1 : x);
  }
}
