package org.rissim.calibration;

/** Simulates at a parameter vector and measures the distance from the patterns. */
@FunctionalInterface
public interface ParticleModel {
  /**
   * The mean distance over one run per seed at {@code theta} (in the order of the calibration's
   * parameters).
   */
  double distance(double[] theta, long[] seeds) throws Exception;
}
