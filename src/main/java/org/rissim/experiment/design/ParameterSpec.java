package org.rissim.experiment.design;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rissim.scenario.Strategy;

/**
 * One parameter of a sweep: a scenario path and the values it may take. Every parameter is
 * sampled through unit coordinates in [0,1] ({@link #dimensions()} of them) that
 * {@link #valuesAt(double[])} maps to value texts; a strategy-mix group takes seven unit
 * coordinates mapped onto the simplex of its eight strategy shares.
 *
 * @param path   the scenario path ({@code states.<ID>.strategyMix} for a mix group)
 * @param kind   how the values are given
 * @param spec   the text that re-creates this parameter with {@link #restore}
 * @param lo     lower bound (continuous, stepped, integer), else NaN
 * @param hi     upper bound (continuous, stepped, integer), else NaN
 * @param levels the value texts of a stepped, integer or categorical parameter, else empty
 */
public record ParameterSpec(String path, Kind kind, String spec, double lo, double hi,
    List<String> levels) {

  /** The keys of the strategies a strategy mix weighs ({@link Strategy#MIX}). */
  public static final List<String> STRATEGIES = Strategy.MIX.stream().map(Strategy::key).toList();

  /** Levels above this count are refused (a typo such as a missing step decimal). */
  private static final int MAX_LEVELS = 1_000_000;

  private static final String FORMS =
      "expected path=lo:hi, path=lo:hi:step or path=a,b,c";

  /** How a parameter's values are given. */
  public enum Kind {
    /** Any real value in [lo, hi]. */
    CONTINUOUS,
    /** Values lo, lo+step, ... up to hi, not all integers. */
    STEPPED,
    /** Integer values lo, lo+step, ... up to hi. */
    INTEGER,
    /** An explicit list of values. */
    CATEGORICAL,
    /** The eight strategy shares of one state, summing to 1 (uniform Dirichlet). */
    MIX;

    /** The lower-case name written to sweep.json. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** The kind with this label (as written by {@link #label()}). */
    public static Kind ofLabel(String label) {
      for (Kind k : values()) {
        if (k.label().equals(label)) {
          return k;
        }
      }
      throw new IllegalArgumentException("unknown parameter kind '" + label + "'");
    }
  }

  public ParameterSpec {
    levels = List.copyOf(levels);
  }

  /** Parses {@code path=lo:hi}, {@code path=lo:hi:step} or {@code path=a,b,c}. */
  public static ParameterSpec parse(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("empty parameter spec: " + FORMS);
    }
    String t = text.strip();
    int eq = t.indexOf('=');
    if (eq < 0) {
      throw new IllegalArgumentException("parameter spec '" + t + "' has no '=': " + FORMS);
    }
    String path = t.substring(0, eq).strip();
    String rhs = t.substring(eq + 1).strip();
    if (path.isEmpty() || path.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException("parameter spec '" + t + "' has a bad path '" + path + "'");
    }
    if (rhs.contains(",")) {
      return categorical(t, path, rhs);
    }
    if (rhs.contains(":")) {
      return range(t, path, rhs);
    }
    throw new IllegalArgumentException("parameter spec '" + t + "' gives a single value"
        + " (fix a value with --set instead): " + FORMS);
  }

  /** The strategy-mix group of state {@code stateId}: its eight shares sampled on the simplex. */
  public static ParameterSpec mix(String stateId) {
    if (stateId == null || stateId.isBlank() || !stateId.strip().matches("[A-Za-z0-9_\\-]+")) {
      throw new IllegalArgumentException("--mix needs a state id (letters, digits, _ or -), got '"
          + stateId + "'");
    }
    String id = stateId.strip();
    return new ParameterSpec("states." + id + ".strategyMix", Kind.MIX, "mix:" + id,
        Double.NaN, Double.NaN, List.of());
  }

  /**
   * Re-creates a parameter from the {@code path}, {@code spec} and {@code kind} that sweep.json
   * holds ({@code spec} may be the whole {@code path=...} text or only its right-hand side).
   */
  public static ParameterSpec restore(String path, String spec, String kind) {
    if ("mix".equals(kind) || (spec != null && spec.startsWith("mix:"))) {
      if (spec != null && spec.startsWith("mix:")) {
        return mix(spec.substring(4));
      }
      String p = path == null ? "" : path;
      if (!p.startsWith("states.") || !p.endsWith(".strategyMix")) {
        throw new IllegalArgumentException("mix parameter with bad path '" + path + "'");
      }
      return mix(p.substring("states.".length(), p.length() - ".strategyMix".length()));
    }
    if (spec == null) {
      throw new IllegalArgumentException("parameter '" + path + "' has no spec");
    }
    return parse(spec.contains("=") ? spec : path + "=" + spec);
  }

  private static ParameterSpec categorical(String text, String path, String rhs) {
    LinkedHashSet<String> values = new LinkedHashSet<>();
    for (String v : rhs.split(",", -1)) {
      String s = v.strip();
      if (s.isEmpty()) {
        throw new IllegalArgumentException("parameter spec '" + text + "' has an empty value");
      }
      if (!values.add(s)) {
        throw new IllegalArgumentException("parameter spec '" + text + "' repeats value '" + s + "'");
      }
    }
    return new ParameterSpec(path, Kind.CATEGORICAL, text, Double.NaN, Double.NaN,
        new ArrayList<>(values));
  }

  private static ParameterSpec range(String text, String path, String rhs) {
    String[] parts = rhs.split(":", -1);
    if (parts.length > 3) {
      throw new IllegalArgumentException("parameter spec '" + text + "' has too many ':': " + FORMS);
    }
    BigDecimal lo = number(text, parts[0], "lower bound");
    BigDecimal hi = number(text, parts[1], "upper bound");
    if (lo.compareTo(hi) >= 0) {
      throw new IllegalArgumentException("parameter spec '" + text + "': lower bound " + parts[0].strip()
          + " must be below upper bound " + parts[1].strip());
    }
    if (parts.length == 2) {
      return new ParameterSpec(path, Kind.CONTINUOUS, text, lo.doubleValue(), hi.doubleValue(),
          List.of());
    }
    BigDecimal step = number(text, parts[2], "step");
    if (step.signum() <= 0) {
      throw new IllegalArgumentException("parameter spec '" + text + "': step must be positive");
    }
    BigDecimal count = hi.subtract(lo).divideToIntegralValue(step);
    if (count.compareTo(BigDecimal.valueOf(MAX_LEVELS)) >= 0) {
      throw new IllegalArgumentException("parameter spec '" + text + "' has more than " + MAX_LEVELS
          + " levels");
    }
    boolean integer = isInteger(lo) && isInteger(hi) && isInteger(step);
    List<String> levels = new ArrayList<>();
    for (int i = 0; i <= count.intValue(); i++) {
      BigDecimal v = lo.add(step.multiply(BigDecimal.valueOf(i)));
      levels.add(integer ? v.toBigInteger().toString() : plain(v));
    }
    return new ParameterSpec(path, integer ? Kind.INTEGER : Kind.STEPPED, text, lo.doubleValue(),
        hi.doubleValue(), levels);
  }

  private static BigDecimal number(String text, String part, String what) {
    try {
      return new BigDecimal(part.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("parameter spec '" + text + "': " + what + " '"
          + part.strip() + "' is not a number");
    }
  }

  private static boolean isInteger(BigDecimal v) {
    return v.signum() == 0 || v.stripTrailingZeros().scale() <= 0;
  }

  private static String plain(BigDecimal v) {
    String s = v.stripTrailingZeros().toPlainString();
    return s.equals("-0") ? "0" : s;
  }

  /** The scenario paths this parameter sets: the eight strategy shares for a mix, else its path. */
  public List<String> paths() {
    if (kind != Kind.MIX) {
      return List.of(path);
    }
    return STRATEGIES.stream().map(s -> path + "." + s).toList();
  }

  /** Number of unit coordinates this parameter takes in a design (7 for a mix, else 1). */
  public int dimensions() {
    return kind == Kind.MIX ? STRATEGIES.size() - 1 : 1;
  }

  /**
   * Maps unit coordinates (each in [0,1], {@link #dimensions()} of them) to value texts by path.
   * Continuous: {@code lo + u (hi - lo)}; listed levels: level {@code floor(u n)} (so each level
   * covers an equal share of [0,1]); mix: stick-breaking with Beta(1, 7-j) sticks by inversion,
   * which maps the uniform cube onto the uniform Dirichlet and keeps each coordinate monotone.
   */
  public Map<String, String> valuesAt(double[] unit) {
    if (unit.length != dimensions()) {
      throw new IllegalArgumentException("parameter " + path + " takes " + dimensions()
          + " unit coordinates, got " + unit.length);
    }
    Map<String, String> out = new LinkedHashMap<>();
    switch (kind) {
      case CONTINUOUS -> out.put(path, Double.toString(lo + clamp(unit[0]) * (hi - lo)));
      case STEPPED, INTEGER, CATEGORICAL -> out.put(path, levels.get(levelIndex(unit[0])));
      case MIX -> {
        double[] shares = stickBreaking(unit);
        List<String> keys = paths();
        for (int i = 0; i < shares.length; i++) {
          out.put(keys.get(i), Double.toString(shares[i]));
        }
      }
      default -> throw new IllegalStateException("unknown kind " + kind);
    }
    return out;
  }

  /** Index of the listed level that unit coordinate {@code u} falls in. */
  int levelIndex(double u) {
    int n = levels.size();
    return Math.min(n - 1, (int) Math.floor(clamp(u) * n));
  }

  /** The eight shares for seven unit coordinates (uniform Dirichlet for uniform input). */
  static double[] stickBreaking(double[] unit) {
    int k = unit.length + 1;
    double[] x = new double[k];
    double rest = 1.0;
    for (int j = 0; j < k - 1; j++) {
      // Stick j of a flat Dirichlet of k components is Beta(1, k-1-j): invert its CDF 1-(1-v)^b.
      double v = 1.0 - Math.pow(1.0 - clamp(unit[j]), 1.0 / (k - 1 - j));
      x[j] = rest * v;
      rest -= x[j];
    }
    x[k - 1] = Math.max(0.0, rest);
    return x;
  }

  private static double clamp(double u) {
    return Math.max(0.0, Math.min(1.0, u));
  }

  /**
   * The levels of this parameter in a full-factorial grid, each a map path to value text:
   * listed levels as given; a continuous range as {@code samples} evenly spaced values from lo to
   * hi; a mix as the simplex lattice with shares in multiples of {@code 1/(samples-1)}.
   */
  public List<Map<String, String>> gridLevels(int samples) {
    List<Map<String, String>> out = new ArrayList<>();
    switch (kind) {
      case STEPPED, INTEGER, CATEGORICAL -> levels.forEach(v -> out.add(Map.of(path, v)));
      case CONTINUOUS -> {
        requireGridSamples(samples);
        for (int i = 0; i < samples; i++) {
          double v = i == samples - 1 ? hi : lo + i * (hi - lo) / (samples - 1);
          out.add(Map.of(path, Double.toString(v)));
        }
      }
      case MIX -> {
        requireGridSamples(samples);
        lattice(samples - 1, new int[STRATEGIES.size()], 0, samples - 1, out);
      }
      default -> throw new IllegalStateException("unknown kind " + kind);
    }
    return out;
  }

  private void requireGridSamples(int samples) {
    if (samples < 2) {
      throw new IllegalArgumentException("grid: parameter " + path + " is a continuous range or a"
          + " mix and needs --samples >= 2 levels (or give lo:hi:step)");
    }
  }

  private void lattice(int m, int[] parts, int i, int left, List<Map<String, String>> out) {
    if (i == parts.length - 1) {
      parts[i] = left;
      Map<String, String> level = new LinkedHashMap<>();
      List<String> keys = paths();
      for (int j = 0; j < parts.length; j++) {
        level.put(keys.get(j), Double.toString((double) parts[j] / m));
      }
      out.add(level);
      return;
    }
    for (int c = left; c >= 0; c--) {
      parts[i] = c;
      lattice(m, parts, i + 1, left - c, out);
    }
  }

  /**
   * The number a value text stands for, for rank correlations and PRIM: the number itself, or for
   * a categorical parameter whose values are not all numbers, the value's index in the list.
   */
  public double numeric(String text) {
    if (text == null || text.isBlank()) {
      return Double.NaN;
    }
    if (kind == Kind.CATEGORICAL && !numericLevels()) {
      int i = levels.indexOf(text.strip());
      return i < 0 ? Double.NaN : i;
    }
    try {
      return Double.parseDouble(text.strip());
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  /** The value text for a number produced by {@link #numeric} (a category name when indexed). */
  public String label(double numeric) {
    if (kind == Kind.CATEGORICAL && !numericLevels()) {
      int i = (int) Math.round(numeric);
      return i >= 0 && i < levels.size() ? levels.get(i) : Double.toString(numeric);
    }
    return Double.toString(numeric);
  }

  private boolean numericLevels() {
    for (String v : levels) {
      try {
        Double.parseDouble(v);
      } catch (NumberFormatException e) {
        return false;
      }
    }
    return true;
  }

  /**
   * A number that increases with this parameter's unit coordinates, read from a design point: the
   * value (level index for categories), or for a mix the first share ({@code comply}), which
   * increases with the first stick. The Morris analysis reads each step's direction from it.
   */
  public double direction(Map<String, String> point) {
    return switch (kind) {
      case MIX -> numeric(point.get(paths().get(0)));
      case CATEGORICAL -> levels.indexOf(point.getOrDefault(path, "").strip());
      default -> numeric(point.get(path));
    };
  }
}
