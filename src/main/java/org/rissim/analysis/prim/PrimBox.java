package org.rissim.analysis.prim;

/**
 * One box on the PRIM trajectory.
 *
 * @param step        position on the trajectory (0 = the whole space)
 * @param phase       {@code start}, {@code peel} or {@code paste}
 * @param lower       lower bound of each dimension (inclusive)
 * @param upper       upper bound of each dimension (inclusive)
 * @param n           runs inside the box
 * @param interesting runs of interest inside the box
 * @param coverage    share of all runs of interest that the box holds
 * @param density     share of the box's runs that are of interest
 * @param mass        share of all runs inside the box
 */
public record PrimBox(int step, String phase, double[] lower, double[] upper, int n,
    int interesting, double coverage, double density, double mass) {

  /** Whether dimension {@code d} is restricted compared with the data range [min, max]. */
  public boolean restricts(int d, double min, double max) {
    return lower[d] > min || upper[d] < max;
  }
}
