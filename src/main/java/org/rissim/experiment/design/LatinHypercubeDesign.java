package org.rissim.experiment.design;

import java.util.List;
import java.util.Map;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.util.MathArrays;

/**
 * Latin hypercube sampling (McKay, Beckman and Conover 1979): each unit coordinate is cut into
 * {@code samples} equal strata and every stratum holds exactly one point, at a uniform position
 * inside it; strata are paired across coordinates by independent random permutations.
 */
public final class LatinHypercubeDesign implements Design {
  @Override
  public List<Map<String, String>> points(List<ParameterSpec> params, int samples, long seed) {
    UnitCube.check(params, samples);
    int dims = UnitCube.dimensions(params);
    RandomGenerator rng = new Well19937c(seed);
    double[][] cols = new double[dims][samples];
    for (int d = 0; d < dims; d++) {
      int[] strata = MathArrays.natural(samples);
      MathArrays.shuffle(strata, rng);
      for (int i = 0; i < samples; i++) {
        cols[d][i] = (strata[i] + rng.nextDouble()) / samples;
      }
    }
    UnitCube.Rows rows = new UnitCube.Rows(dims, samples);
    for (int i = 0; i < samples; i++) {
      double[] row = new double[dims];
      for (int d = 0; d < dims; d++) {
        row[d] = cols[d][i];
      }
      rows.add(row);
    }
    return UnitCube.points(params, rows);
  }
}
