package org.rissim.experiment.design;

import java.util.List;
import java.util.Map;
import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * Saltelli's sampling scheme for Sobol indices (Saltelli 2002; Saltelli et al. 2010). One Sobol
 * sequence of dimension 2D (D unit coordinates in all; its all-zero first point skipped) gives, for
 * each of the N = {@code samples} base rows j, a row A_j (first D coordinates) and B_j (last D).
 * The points come in N blocks of k+2 (k = number of parameters; a mix group counts once):
 * {@code A_j, AB_j^(1), ..., AB_j^(k), B_j}, where AB^(i) is A with parameter i's coordinates
 * taken from B: N (k+2) points in all. The quasi-random sequence is deterministic, so the seed is
 * unused.
 */
public final class SobolDesign implements Design {
  /** The largest dimension Commons Math's {@link SobolSequenceGenerator} supports. */
  private static final int MAX_SEQUENCE_DIMENSION = 1000;

  @Override
  public List<Map<String, String>> points(List<ParameterSpec> params, int samples, long seed) {
    UnitCube.check(params, samples);
    int dims = UnitCube.dimensions(params);
    if (2 * dims > MAX_SEQUENCE_DIMENSION) {
      throw new IllegalArgumentException("sobol: " + dims + " unit coordinates is too many (max "
          + MAX_SEQUENCE_DIMENSION / 2 + ")");
    }
    int k = params.size();
    int[] off = UnitCube.offsets(params);
    SobolSequenceGenerator sequence = new SobolSequenceGenerator(2 * dims);
    sequence.nextVector();
    UnitCube.Rows rows = new UnitCube.Rows(dims, samples * (k + 2));
    for (int j = 0; j < samples; j++) {
      double[] v = sequence.nextVector();
      double[] a = new double[dims];
      double[] b = new double[dims];
      System.arraycopy(v, 0, a, 0, dims);
      System.arraycopy(v, dims, b, 0, dims);
      rows.add(a);
      for (int i = 0; i < k; i++) {
        double[] ab = a.clone();
        System.arraycopy(b, off[i], ab, off[i], params.get(i).dimensions());
        rows.add(ab);
      }
      rows.add(b);
    }
    return UnitCube.points(params, rows);
  }
}
