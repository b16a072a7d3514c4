package org.rissim.experiment.design;

import java.util.List;
import java.util.Map;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/** Simple random sampling: {@code samples} independent uniform points of the unit cube. */
public final class RandomDesign implements Design {
  @Override
  public List<Map<String, String>> points(List<ParameterSpec> params, int samples, long seed) {
    UnitCube.check(params, samples);
    int dims = UnitCube.dimensions(params);
    RandomGenerator rng = new Well19937c(seed);
    UnitCube.Rows rows = new UnitCube.Rows(dims, samples);
    for (int i = 0; i < samples; i++) {
      double[] row = new double[dims];
      for (int d = 0; d < dims; d++) {
        row[d] = rng.nextDouble();
      }
      rows.add(row);
    }
    return UnitCube.points(params, rows);
  }
}
