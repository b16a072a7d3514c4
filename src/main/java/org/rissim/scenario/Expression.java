package org.rissim.scenario;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.jexl3.JexlArithmetic;
import org.apache.commons.jexl3.JexlBuilder;
import org.apache.commons.jexl3.JexlContext;
import org.apache.commons.jexl3.JexlEngine;
import org.apache.commons.jexl3.JexlException;
import org.apache.commons.jexl3.JexlScript;
import org.apache.commons.jexl3.MapContext;
import org.apache.commons.jexl3.introspection.JexlPermissions;

/**
 * An expression of a scenario's institution (an act feature's value, a practice's score, the
 * principle's departure), written in Apache Commons JEXL and compiled once when the scenario is
 * read. Expressions see only the variables the model puts in their context ({@link ActVariables})
 * and the functions of {@link Functions}; division is always floating-point.
 */
public final class Expression {
  /** The engine: strict (an undefined variable is an error), no Java class reachable. */
  private static final JexlEngine ENGINE = engine();

  private final String source;
  private final Node.Pos pos;
  private final JexlScript script;

  private Expression(String source, Node.Pos pos, JexlScript script) {
    this.source = source;
    this.pos = pos;
    this.script = script;
  }

  /**
   * Compiles an expression.
   *
   * @throws IllegalArgumentException with a one-line message when it does not parse
   */
  public static Expression compile(String source, Node.Pos pos) {
    try {
      return new Expression(source, pos, ENGINE.createScript(source));
    } catch (JexlException e) {
      throw new IllegalArgumentException("expected an expression, but `" + source
          + "` does not parse: " + shortMessage(e) + hint(source));
    }
  }

  /** A name, a colon and a function call: JEXL's namespace call {@code ns:f(...)}. */
  private static final java.util.regex.Pattern NAMESPACE_CALL = java.util.regex.Pattern.compile(
      "(?<ns>[A-Za-z_][\\w.]*)\\s*:\\s*(?<f>[A-Za-z_]\\w*)\\s*\\(");

  /**
   * A hint for a known pitfall: in {@code c ? a + noise : min(x, y)} JEXL reads
   * {@code noise : min(...)} as a call of {@code min} in the namespace {@code noise}.
   */
  static String hint(String source) {
    java.util.regex.Matcher m = NAMESPACE_CALL.matcher(source);
    if (source.contains("?") && m.find()) {
      return "; JEXL reads `" + m.group("ns") + " : " + m.group("f") + "(...)` as a call of `"
          + m.group("f") + "` in a namespace `" + m.group("ns") + "`, not as the end of a "
          + "ternary's first branch and the start of its second: parenthesise the branches of "
          + "a ternary, `c ? (a + " + m.group("ns") + ") : (" + m.group("f") + "(...))`";
    }
    return "";
  }

  /** The expression as written. */
  public String source() {
    return source;
  }

  /** Where it was written (file, line, column), or null when built in code. */
  public Node.Pos pos() {
    return pos;
  }

  /** The variables it reads, each as its path (a name, or a map name and a key). */
  public Set<List<String>> variables() {
    return script.getVariables();
  }

  /** Evaluates it over these variables. */
  public Object evaluate(Map<String, Object> variables) {
    try {
      return script.execute(new MapContext(variables));
    } catch (JexlException e) {
      throw new IllegalStateException("expression `" + source + "`"
          + (pos == null ? "" : " (" + pos.file() + ":" + pos.line() + ":" + pos.column() + ")")
          + " failed: " + shortMessage(e), e);
    }
  }

  /** Evaluates it to a number. */
  public double number(Map<String, Object> variables) {
    Object v = evaluate(variables);
    if (v instanceof Number n) {
      return n.doubleValue();
    }
    throw new IllegalStateException("expression `" + source + "` gave " + describe(v)
        + ", expected a number");
  }

  /** Evaluates it to a truth value. */
  public boolean bool(Map<String, Object> variables) {
    Object v = evaluate(variables);
    if (v instanceof Boolean b) {
      return b;
    }
    throw new IllegalStateException("expression `" + source + "` gave " + describe(v)
        + ", expected true or false");
  }

  /** How a value is named in messages. */
  static String describe(Object v) {
    if (v == null) {
      return "nothing";
    }
    if (v instanceof String s) {
      return "the text '" + s + "'";
    }
    if (v instanceof Boolean) {
      return "the truth value " + v;
    }
    return v instanceof Number ? "the number " + v : "a " + v.getClass().getSimpleName();
  }

  private static String shortMessage(JexlException e) {
    String m = e.getMessage();
    int at = m == null ? -1 : m.indexOf(' ');
    // JEXL prefixes its messages with the Java caller's location; keep what follows it.
    return m == null ? e.getClass().getSimpleName() : at > 0 && m.substring(0, at).contains("@")
        ? m.substring(at + 1) : m;
  }

  @Override
  public String toString() {
    return source;
  }

  /** Two expressions are equal when written the same (so that equal scenarios compare equal). */
  @Override
  public boolean equals(Object o) {
    return o instanceof Expression e && e.source.equals(source);
  }

  @Override
  public int hashCode() {
    return source.hashCode();
  }

  private static JexlEngine engine() {
    Map<String, Object> functions = new HashMap<>();
    functions.put(null, Functions.class);
    // cache: JEXL's cache of parsed scripts by source text, so that the variants of a sweep or a
    // calibration, which bind the same institution again for each point, do not parse it again;
    // the threshold (JEXL caches only sources up to 64 characters by default) admits any length.
    return new JexlBuilder().strict(true).silent(false).safe(false).cache(1024)
        .cacheThreshold(Integer.MAX_VALUE)
        .permissions(new JexlPermissions.ClassPermissions(Functions.class))
        .arithmetic(new FloatingDivision()).namespaces(functions).create();
  }

  /** JEXL's arithmetic with division always in floating point ({@code 1/2} is 0.5). */
  static final class FloatingDivision extends JexlArithmetic {
    FloatingDivision() {
      super(true);
    }

    @Override
    public Object divide(Object left, Object right) {
      if (left instanceof Number l && right instanceof Number r) {
        return l.doubleValue() / r.doubleValue();
      }
      return super.divide(left, right);
    }
  }

  /** The functions an expression may call. */
  public static final class Functions {
    private Functions() {}

    /** Absolute value. */
    public static double abs(double x) {
      return Math.abs(x);
    }

    /** The smaller of two numbers. */
    public static double min(double a, double b) {
      return Math.min(a, b);
    }

    /** The larger of two numbers. */
    public static double max(double a, double b) {
      return Math.max(a, b);
    }

    /** The number clipped to [0,1]. */
    public static double clamp(double x) {
      return Math.max(0, Math.min(1, x));
    }

    /** The number clipped to [lo,hi]. */
    public static double clamp(double x, double lo, double hi) {
      return Math.max(lo, Math.min(hi, x));
    }

    /** The exponential. */
    public static double exp(double x) {
      return Math.exp(x);
    }

    /** The natural logarithm. */
    public static double log(double x) {
      return Math.log(x);
    }

    /** The square root. */
    public static double sqrt(double x) {
      return Math.sqrt(x);
    }

    /** x to the power y. */
    public static double pow(double x, double y) {
      return Math.pow(x, y);
    }
  }
}
