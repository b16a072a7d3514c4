package org.rissim.calibration;

import java.util.List;

/**
 * What to calibrate and how.
 *
 * @param parameters   the parameters and their priors
 * @param particles    particles per generation (at least 2)
 * @param generations  stop after this many complete generations (0: no limit)
 * @param budget       stop when this many simulations are used (Long.MAX_VALUE: no limit)
 * @param reps         simulations per particle (the distance is their mean)
 * @param alpha        the tolerance of generation t + 1 is the weighted alpha-quantile of the
 *                     distances of generation t
 * @param seed         base seed: every proposal and simulation seed derives from it
 * @param threads      worker threads
 */
public record AbcSettings(List<Parameter> parameters, int particles, int generations, long budget,
    int reps, double alpha, long seed, int threads) {
  public AbcSettings {
    parameters = List.copyOf(parameters);
    if (parameters.isEmpty()) {
      throw new IllegalArgumentException("parameters: expected at least one");
    }
    if (particles < 2) {
      throw new IllegalArgumentException("particles: expected at least 2, found " + particles);
    }
    if (reps < 1 || threads < 1 || generations < 0 || budget < 1 || !(alpha > 0 && alpha < 1)) {
      throw new IllegalArgumentException("reps, threads >= 1, generations >= 0, budget >= 1, "
          + "alpha in (0,1)");
    }
  }

  /** Most attempts a generation may take: below 1% acceptance the calibration stops. */
  public long maxAttempts() {
    return 100L * particles;
  }
}
