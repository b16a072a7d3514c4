package org.rissim.experiment.design;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Full factorial design: every combination of every parameter's grid levels
 * ({@link ParameterSpec#gridLevels}); the first parameter varies slowest. The seed is unused.
 */
public final class GridDesign implements Design {
  /** Designs larger than this are refused rather than exhausting memory. */
  private static final long MAX_POINTS = 10_000_000L;

  @Override
  public List<Map<String, String>> points(List<ParameterSpec> params, int samples, long seed) {
    UnitCube.check(params, samples);
    List<List<Map<String, String>>> levels = new ArrayList<>();
    long count = 1;
    for (ParameterSpec p : params) {
      List<Map<String, String>> l = p.gridLevels(samples);
      levels.add(l);
      count *= l.size();
      if (count > MAX_POINTS) {
        throw new IllegalArgumentException("grid has more than " + MAX_POINTS
            + " points: use fewer levels or a sampling design (lhs, sobol)");
      }
    }
    // Point n in mixed radix, the last parameter varying fastest (an odometer), built when asked.
    int[] sizes = levels.stream().mapToInt(List::size).toArray();
    return new UnitCube.Lazy((int) count, n -> {
      Map<String, String> point = new LinkedHashMap<>();
      int[] idx = new int[sizes.length];
      int rest = n;
      for (int i = sizes.length - 1; i >= 0; i--) {
        idx[i] = rest % sizes[i];
        rest /= sizes[i];
      }
      for (int i = 0; i < idx.length; i++) {
        point.putAll(levels.get(i).get(idx[i]));
      }
      return point;
    });
  }
}
