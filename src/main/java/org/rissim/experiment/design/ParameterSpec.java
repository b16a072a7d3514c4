package org.rissim.experiment.design;

import java.util.List;
import java.util.Locale;

/**
 * STAND-IN for the design branch's ParameterSpec (same members that the sweep command uses):
 * take the design branch's file on merge.
 *
 * @param path the scenario path
 * @param kind how the values are given
 * @param spec the text after {@code =}
 */
public record ParameterSpec(String path, Kind kind, String spec) {
  /** The eight strategies of a strategy mix. */
  public static final List<String> STRATEGIES = List.of("comply", "behavioural", "discursive",
      "throughBody", "newBody", "recognition", "counterContestation", "distancing");

  /** How a parameter's values are given. */
  public enum Kind {
    /** Any real value in [lo, hi]. */
    CONTINUOUS,
    /** Integer values. */
    INTEGER,
    /** An explicit list of values. */
    CATEGORICAL,
    /** The eight strategy shares of one state. */
    MIX;

    /** The lower-case name written to sweep.json. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Parses {@code path=lo:hi}, {@code path=lo:hi:step} or {@code path=a,b,c}. */
  public static ParameterSpec parse(String text) {
    int eq = text.indexOf('=');
    if (eq < 1) {
      throw new IllegalArgumentException("parameter spec '" + text + "' has no '='");
    }
    String rhs = text.substring(eq + 1);
    Kind kind = rhs.contains(",") ? Kind.CATEGORICAL
        : rhs.split(":").length == 3 ? Kind.INTEGER : Kind.CONTINUOUS;
    return new ParameterSpec(text.substring(0, eq), kind, rhs);
  }

  /** The strategy-mix group of a state. */
  public static ParameterSpec mix(String stateId) {
    return new ParameterSpec("states." + stateId + ".strategyMix", Kind.MIX, "mix:" + stateId);
  }

  /** The scenario paths this parameter sets. */
  public List<String> paths() {
    return kind == Kind.MIX ? STRATEGIES.stream().map(s -> path + "." + s).toList()
        : List.of(path);
  }
}
