package org.rissim.experiment.design;

import java.util.List;
import java.util.Map;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/**
 * Morris elementary-effects trajectories (Morris 1991; groups as in Campolongo, Cariboni and
 * Saltelli 2007). Each unit coordinate lives on the grid {0, 1/(p-1), ..., 1} of p (even) levels
 * and moves by Delta = p / (2 (p-1)). Each of the r = {@code samples} trajectories has k+1 points
 * (k parameters, a mix group counting once): a random base point, then parameter 1, 2, ..., k
 * moved in turn (always in this order, so the analysis knows which parameter moved at each step)
 * in a random direction; all coordinates of a group move together in the same direction. The
 * base level of each coordinate is drawn so that the move stays in [0,1]. r (k+1) points in all.
 */
public final class MorrisDesign implements Design {
  private final int levels;

  /** A Morris design on a grid of {@code levels} levels (even, at least 2). */
  public MorrisDesign(int levels) {
    if (levels < 2 || levels % 2 != 0) {
      throw new IllegalArgumentException("morris: the number of levels must be even and >= 2, got "
          + levels);
    }
    this.levels = levels;
  }

  /** Number of grid levels p. */
  public int levels() {
    return levels;
  }

  /** The step Delta = p / (2 (p-1)) in unit coordinates. */
  public double delta() {
    return levels / (2.0 * (levels - 1));
  }

  @Override
  public List<Map<String, String>> points(List<ParameterSpec> params, int samples, long seed) {
    UnitCube.check(params, samples);
    int dims = UnitCube.dimensions(params);
    int k = params.size();
    int[] off = UnitCube.offsets(params);
    int jump = levels / 2;
    RandomGenerator rng = new Well19937c(seed);
    UnitCube.Rows rows = new UnitCube.Rows(dims, samples * (k + 1));
    for (int t = 0; t < samples; t++) {
      int[] direction = new int[k];
      int[] level = new int[dims];
      for (int i = 0; i < k; i++) {
        direction[i] = rng.nextBoolean() ? 1 : -1;
        for (int d = off[i]; d < off[i] + params.get(i).dimensions(); d++) {
          level[d] = direction[i] > 0 ? rng.nextInt(jump) : jump + rng.nextInt(jump);
        }
      }
      rows.add(unit(level));
      for (int i = 0; i < k; i++) {
        for (int d = off[i]; d < off[i] + params.get(i).dimensions(); d++) {
          level[d] += direction[i] * jump;
        }
        rows.add(unit(level));
      }
    }
    return UnitCube.points(params, rows);
  }

  private double[] unit(int[] level) {
    double[] u = new double[level.length];
    for (int d = 0; d < u.length; d++) {
      u[d] = (double) level[d] / (levels - 1);
    }
    return u;
  }
}
