package org.rissim.experiment.design;

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

  /**
   * The rows of unit coordinates of a sampling design, held in one flat array (8 bytes a
   * coordinate, no object per row), so that a design of a million points fits a small heap.
   */
  static final class Rows {
    private final int dims;
    private double[] flat;
    private int size;

    Rows(int dims, int expected) {
      this.dims = dims;
      this.flat = new double[Math.max(1, dims) * Math.max(1, expected)];
    }

    /** Appends a row of {@code dims} coordinates (copied). */
    void add(double[] row) {
      if ((size + 1) * dims > flat.length) {
        flat = java.util.Arrays.copyOf(flat, Math.max(flat.length * 2, (size + 1) * dims));
      }
      System.arraycopy(row, 0, flat, size * dims, dims);
      size++;
    }

    /** Row {@code i}, a new array. */
    double[] row(int i) {
      return java.util.Arrays.copyOfRange(flat, i * dims, (i + 1) * dims);
    }

    int size() {
      return size;
    }
  }

  /**
   * The design points of these rows, in order: an unmodifiable list that builds each point's map
   * when asked for it (the same map, value for value, each time), instead of holding a map per
   * point.
   */
  static List<Map<String, String>> points(List<ParameterSpec> params, Rows rows) {
    return new Lazy(rows.size(), i -> point(params, rows.row(i)));
  }

  /** An unmodifiable list whose elements are computed from their index on each access. */
  static final class Lazy extends java.util.AbstractList<Map<String, String>>
      implements java.util.RandomAccess {
    private final int size;
    private final java.util.function.IntFunction<Map<String, String>> at;

    Lazy(int size, java.util.function.IntFunction<Map<String, String>> at) {
      this.size = size;
      this.at = at;
    }

    @Override
    public Map<String, String> get(int index) {
      java.util.Objects.checkIndex(index, size);
      return java.util.Collections.unmodifiableMap(at.apply(index));
    }

    @Override
    public int size() {
      return size;
    }
  }
}
