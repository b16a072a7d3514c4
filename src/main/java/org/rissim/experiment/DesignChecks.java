package org.rissim.experiment;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.rissim.experiment.design.ParameterSpec;
import org.rissim.scenario.ScenarioException;
import org.rissim.scenario.ScenarioTemplate;

/** Checks of a sweep's design made before any run: its size, and every point's values. */
final class DesignChecks {
  /**
   * Rough heap use of one design point: the designs hold unit coordinates in flat arrays (a Latin
   * hypercube twice, with a stratum index) and build a point's map only when it is asked for, so a
   * point costs a few bytes plus about 20 per column; a point's map is never held.
   */
  private static final long POINT_BYTES = 8;
  private static final long COLUMN_BYTES = 20;

  private DesignChecks() {}

  /**
   * An error line when the design would not fit in half the heap (or has more runs than run ids
   * can number), computed without building it; null when it fits.
   */
  static String tooLarge(String design, List<ParameterSpec> specs, int samples, int reps) {
    int columns = specs.stream().mapToInt(p -> p.paths().size()).sum();
    double points = switch (design.toLowerCase(Locale.ROOT)) {
      case "grid" -> {
        double n = 1;
        for (ParameterSpec p : specs) {
          n *= switch (p.kind()) {
            case CONTINUOUS -> samples;
            case MIX -> binomial(samples - 1 + ParameterSpec.STRATEGIES.size() - 1,
                ParameterSpec.STRATEGIES.size() - 1);
            default -> p.gridLevels(2).size();
          };
        }
        yield n;
      }
      case "morris" -> (double) samples * (columns + 1);
      default -> samples;
    };
    double bytes = points * (POINT_BYTES + COLUMN_BYTES * columns);
    long budget = Runtime.getRuntime().maxMemory() / 2;
    if (points * reps > Integer.MAX_VALUE) {
      return String.format(Locale.ROOT, "the design has %.3g points x %d reps = %.3g runs, more "
          + "than a sweep can number (%d); use fewer --samples or --reps", points, reps,
          points * reps, Integer.MAX_VALUE);
    }
    if (bytes > budget) {
      return String.format(Locale.ROOT, "the design of %.3g points would need about %.0f MB of "
          + "memory, more than half the Java heap (%d MB); use fewer --samples, or give Java more "
          + "memory (RISSIM_JAVA_OPTS=-Xmx...)", points, bytes / 1e6, budget * 2 / 1_000_000);
    }
    return null;
  }

  private static double binomial(int n, int k) {
    double r = 1;
    for (int i = 1; i <= k; i++) {
      r = r * (n - k + i) / i;
    }
    return r;
  }

  /**
   * Binds, for every column, the point 0 with that column's lowest and its highest value (each
   * distinct value for a non-numeric column), so that a value any point takes that the scenario
   * rejects is found before the first run.
   *
   * @throws ScenarioException the scenario's located error for the first bad value
   */
  static void checkPoints(ScenarioTemplate template, List<Map<String, String>> points,
      List<String> columns) throws ScenarioException {
    Map<String, String> first = points.get(0);
    template.with(first);
    for (String c : columns) {
      Set<String> values = new LinkedHashSet<>();
      String lo = null;
      String hi = null;
      for (Map<String, String> p : points) {
        String v = p.get(c);
        if (v == null) {
          continue;
        }
        Double d = number(v);
        if (d == null) {
          if (values.size() < 1000) {
            values.add(v);
          }
        } else {
          if (lo == null || d < number(lo)) {
            lo = v;
          }
          if (hi == null || d > number(hi)) {
            hi = v;
          }
        }
      }
      if (lo != null) {
        values.add(lo);
        values.add(hi);
      }
      for (String v : values) {
        if (!v.equals(first.get(c))) {
          Map<String, String> point = new LinkedHashMap<>(first);
          point.put(c, v);
          try {
            template.with(point);
          } catch (OutOfMemoryError e) {
            // A point too large to bind here is left to its runs, where it is a failure row.
          }
        }
      }
    }
  }

  private static Double number(String v) {
    try {
      return Double.parseDouble(v);
    } catch (NumberFormatException e) {
      return null;
    }
  }

}
