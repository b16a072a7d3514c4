package org.rissim.scenario;

import java.util.Map;

/**
 * The {@code synthetic:} section of a scenario: a generated region described by distributions
 * instead of listed states. {@link SyntheticRegion} expands it into states and bodies; the same
 * section (same seed) always yields the same region.
 *
 * @param seed             seed of the generator (independent of the run's seed)
 * @param states           number of generated states, hegemons included, >= 1
 * @param hegemons         number of hegemons among them (the most powerful draws), >= 0
 * @param powerShape       shape of the Pareto distribution of power, > 0 (smaller: more unequal)
 * @param powerScale       scale (minimum) of the Pareto distribution of power, > 0
 * @param status           uniform range of the status of non-hegemons
 * @param inculcation      uniform range of inculcation s_i
 * @param regimeInsecurity uniform range of regime insecurity
 * @param alignmentMean    mean of the normal alignment of each state toward each hegemon
 * @param alignmentSd      standard deviation of that alignment (values clamped to [-1,1])
 * @param bodies           number of generated regional bodies (the first {@code hegemons} are led)
 * @param joinBase         logit of joining a body at zero alignment
 * @param joinAlignment    slope of that logit in alignment toward the body's leader (for clubs
 *                         without a leader: in opposition to the hegemons)
 * @param intentions       hegemons' intended practice profile by practice id (missing: global)
 */
public record SyntheticSpec(
    long seed,
    int states,
    int hegemons,
    double powerShape,
    double powerScale,
    Interval status,
    Interval inculcation,
    Interval regimeInsecurity,
    double alignmentMean,
    double alignmentSd,
    int bodies,
    double joinBase,
    double joinAlignment,
    Map<String, Double> intentions) {

  public SyntheticSpec {
    intentions = Map.copyOf(intentions);
  }

  /** Id of the {@code i}-th hegemon (0-based). */
  public static String hegemonId(int i) {
    return "H" + (i + 1);
  }

  /** Id of the {@code i}-th other generated state (0-based). */
  public static String stateId(int i) {
    return "S" + (i + 1);
  }

  /** Id of the {@code i}-th generated body (0-based). */
  public static String bodyId(int i) {
    return "B" + (i + 1);
  }

  /**
   * A closed interval for a uniform draw.
   *
   * @param min lower end
   * @param max upper end, >= min
   */
  public record Interval(double min, double max) {}
}
