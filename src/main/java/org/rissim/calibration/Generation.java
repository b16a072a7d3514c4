package org.rissim.calibration;

import java.util.List;

/**
 * A completed generation of ABC-SMC.
 *
 * @param index     0-based generation number
 * @param epsilon   the tolerance (infinite for generation 0: the prior sample)
 * @param attempts  proposals needed to accept the particles (each {@code reps} simulations)
 * @param particles the accepted particles with normalised weights
 * @param ess       effective sample size, 1 / sum of squared weights (Kish)
 * @param sims      simulations this generation needed (attempts x reps)
 */
public record Generation(int index, double epsilon, long attempts, List<Particle> particles,
    double ess, long sims) {
  public Generation {
    particles = List.copyOf(particles);
  }

  /** Accepted particles over attempts. */
  public double acceptanceRate() {
    return attempts == 0 ? 0 : (double) particles.size() / attempts;
  }
}
