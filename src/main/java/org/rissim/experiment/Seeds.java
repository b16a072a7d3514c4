package org.rissim.experiment;

/**
 * Derives the seed of every run from the base seed and the run's coordinates, so that a run's
 * result never depends on thread count, order or shard split. The mix is SplitMix64's finaliser
 * (Steele, Lea and Flood 2014) applied to each coordinate in turn: stable across versions.
 */
public final class Seeds {
  private Seeds() {}

  /** Seed of replicate {@code rep} (0-based) of design point {@code point} under {@code base}. */
  public static long derive(long base, long point, long rep) {
    long h = mix(base ^ 0x9E3779B97F4A7C15L);
    h = mix(h ^ (point * 0xBF58476D1CE4E5B9L + 0x632BE59BD9B4E019L));
    h = mix(h ^ (rep * 0x94D049BB133111EBL + 0x2545F4914F6CDD1DL));
    return h;
  }

  /** Seed of replicate {@code rep} of a single scenario (design point 0). */
  public static long replicate(long base, long rep) {
    return derive(base, 0, rep);
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
