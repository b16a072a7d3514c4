package org.rissim.experiment.design;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The unit cube that the sampling designs fill: checks arguments and maps rows to points. */
final class UnitCube {
  private UnitCube() {}

  /** Rejects an empty parameter list, a repeated path or a non-positive sample count. */
  static void check(List<ParameterSpec> params, int samples) {
    if (params == null || params.isEmpty()) {
      throw new IllegalArgumentException("a design needs at least one parameter (--param or --mix)");
    }
    if (samples < 1) {
      throw new IllegalArgumentException("--samples must be at least 1, got " + samples);
    }
    Set<String> seen = new HashSet<>();
    for (ParameterSpec p : params) {
      for (String path : p.paths()) {
        if (!seen.add(path)) {
          throw new IllegalArgumentException("parameter " + path + " is given twice");
        }
      }
    }
  }

  /** Total number of unit coordinates of these parameters. */
  static int dimensions(List<ParameterSpec> params) {
    return params.stream().mapToInt(ParameterSpec::dimensions).sum();
  }

  /** First unit coordinate of each parameter (its offset in a row). */
  static int[] offsets(List<ParameterSpec> params) {
    int[] off = new int[params.size()];
    int d = 0;
    for (int i = 0; i < params.size(); i++) {
      off[i] = d;
      d += params.get(i).dimensions();
    }
    return off;
  }

  /** The design point of one row of unit coordinates. */
  static Map<String, String> point(List<ParameterSpec> params, double[] row) {
    Map<String, String> point = new LinkedHashMap<>();
    int d = 0;
    for (ParameterSpec p : params) {
      double[] u = new double[p.dimensions()];
      System.arraycopy(row, d, u, 0, u.length);
      point.putAll(p.valuesAt(u));
      d += u.length;
    }
    return point;
  }

  /** The design points of these rows, in order. */
  static List<Map<String, String>> points(List<ParameterSpec> params, List<double[]> rows) {
    List<Map<String, String>> out = new ArrayList<>(rows.size());
    for (double[] row : rows) {
      out.add(point(params, row));
    }
    return List.copyOf(out);
  }
}
