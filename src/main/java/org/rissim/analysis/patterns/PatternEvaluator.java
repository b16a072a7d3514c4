package org.rissim.analysis.patterns;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.rissim.experiment.RunResult;
import org.rissim.observe.Event;
import org.rissim.observe.TimeSeries;
import org.rissim.scenario.PatternSpec;
import org.rissim.scenario.PatternSpec.Anchor;
import org.rissim.scenario.PatternSpec.Condition;
import org.rissim.scenario.PatternSpec.EventTest;
import org.rissim.scenario.PatternSpec.SeriesTest;

/**
 * Decides whether one run shows one pattern of the scenario's vocabulary ({@link PatternSpec}).
 *
 * <p>Missing values: a quantity that does not exist in the run makes the pattern fail, with the
 * reason in {@link PatternOutcome#reason()}, never an exception. Precisely: a column absent from
 * the run, or a window month outside the recorded months, fails the pattern; {@code value} needs
 * the column at {@code to}, {@code change} and {@code absChange} need it at both {@code from} and
 * {@code to}; {@code mean}, {@code min} and {@code max} skip the months where it is missing (e.g.
 * a body before its endogenous founding) and fail only when it is missing in every month of the
 * window. With {@code minus}, a month is missing when either column is. An event field that is
 * absent or not numeric fails a numeric condition.
 */
public final class PatternEvaluator {
  /** The value that stands for the scenario's hegemon id in {@code where} and {@code fields}. */
  public static final String HEGEMON = "$hegemon";

  private PatternEvaluator() {}

  /** Whether {@code run} shows {@code pattern}, with the measured value and the reason. */
  public static PatternOutcome holds(PatternSpec pattern, RunResult run) {
    Optional<String> hegemon = run.scenario() == null ? Optional.empty()
        : run.scenario().hegemon().filter(h -> !h.isEmpty());
    if (pattern.series().isPresent()) {
      SeriesTest t = pattern.series().get();
      Optional<YearMonth> anchor = Optional.empty();
      if (t.after().isPresent()) {
        Anchor a = t.after().get();
        Map<String, String> where = new LinkedHashMap<>();
        for (Map.Entry<String, String> w : a.where().entrySet()) {
          Optional<String> value = resolve(w.getValue(), hegemon);
          if (value.isEmpty()) {
            return PatternOutcome.missing(pattern.id(), "after.where." + w.getKey() + " is "
                + HEGEMON + " but the scenario names no hegemon");
          }
          where.put(w.getKey(), value.get());
        }
        anchor = run.events().stream().filter(e -> e.type().equals(a.type())
                && where.entrySet().stream().allMatch(w -> fieldEquals(e, w.getKey(), w.getValue())))
            .min(Comparator.comparingInt(Event::tick)).map(Event::month);
        if (anchor.isEmpty()) {
          return PatternOutcome.missing(pattern.id(), "no " + a.type() + " event " + a.where()
              + " in the run to start the window");
        }
      }
      return series(pattern.id(), t, run.series(), anchor);
    }
    if (pattern.event().isPresent()) {
      return event(pattern.id(), pattern.event().get(), run.events(), hegemon);
    }
    throw new IllegalArgumentException("pattern " + pattern.id() + " has no series or event test");
  }

  private static PatternOutcome series(String id, SeriesTest t, TimeSeries ts,
      Optional<YearMonth> anchor) {
    if (ts.size() == 0) {
      return PatternOutcome.missing(id, "the run recorded no month");
    }
    for (String c : t.minus().isPresent() ? List.of(t.column(), t.minus().get())
        : List.of(t.column())) {
      if (!ts.has(c)) {
        return PatternOutcome.missing(id, "no column " + c + " in the run");
      }
    }
    YearMonth first = ts.month(0);
    YearMonth last = ts.month(ts.size() - 1);
    YearMonth from = anchor.orElse(t.from().orElse(first));
    YearMonth to = t.to().orElse(last);
    if (anchor.isPresent()) {
      // The window after an event ends `months` later, or at `to`, and never after the run.
      to = t.months().map(m -> anchor.get().plusMonths(m)).orElse(to);
      to = to.isAfter(last) ? last : to;
      if (to.isBefore(from)) {
        return PatternOutcome.missing(id, "the window after " + from + " ends before it, at " + to);
      }
    }
    String label = t.column() + t.minus().map(m -> " - " + m).orElse("");
    String recorded = " is outside the run (" + first + ".." + last + ")";
    int b = ts.rowOf(to);
    if (b < 0) {
      return PatternOutcome.missing(id, "month " + to + recorded);
    }
    boolean needsFrom = !t.stat().equals("value");
    int a = ts.rowOf(from);
    if (needsFrom && a < 0) {
      return PatternOutcome.missing(id, "month " + from + recorded);
    }
    double v;
    String window;
    switch (t.stat()) {
      case "value" -> {
        v = at(ts, b, t);
        window = "at " + to;
        if (Double.isNaN(v)) {
          return PatternOutcome.missing(id, label + " is missing at " + to);
        }
      }
      case "change", "absChange" -> {
        double va = at(ts, a, t);
        double vb = at(ts, b, t);
        window = "from " + from + " to " + to;
        if (Double.isNaN(va) || Double.isNaN(vb)) {
          return PatternOutcome.missing(id, label + " is missing at "
              + (Double.isNaN(va) ? from : to));
        }
        v = t.stat().equals("change") ? vb - va : Math.abs(vb - va);
      }
      case "mean", "min", "max" -> {
        window = "over " + from + ".." + to;
        double sum = 0;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        int n = 0;
        for (int r = a; r <= b; r++) {
          double x = at(ts, r, t);
          if (!Double.isNaN(x)) {
            sum += x;
            lo = Math.min(lo, x);
            hi = Math.max(hi, x);
            n++;
          }
        }
        if (n == 0) {
          return PatternOutcome.missing(id, label + " is missing in every month " + window);
        }
        v = switch (t.stat()) {
          case "mean" -> sum / n;
          case "min" -> lo;
          default -> hi;
        };
      }
      default -> throw new IllegalArgumentException("pattern " + id + ": unknown stat `"
          + t.stat() + "` (expected value, mean, min, max, change or absChange)");
    }
    boolean ok = t.min().map(m -> v >= m).orElse(true) && t.max().map(m -> v <= m).orElse(true);
    String reason = String.format(Locale.ROOT, "%s of %s %s = %.4g, %s %s", t.stat(), label,
        window, v, ok ? "within" : "outside", bounds(t.min(), t.max()));
    return new PatternOutcome(id, ok, v, Optional.empty(), reason);
  }

  /** The column at a row, minus the other column when the test has one. */
  private static double at(TimeSeries ts, int row, SeriesTest t) {
    double v = ts.value(row, t.column());
    return t.minus().isPresent() ? v - ts.value(row, t.minus().get()) : v;
  }

  private static PatternOutcome event(String id, EventTest t, List<Event> events,
      Optional<String> hegemon) {
    Map<String, String> where = new LinkedHashMap<>();
    for (Map.Entry<String, String> w : t.where().entrySet()) {
      Optional<String> value = resolve(w.getValue(), hegemon);
      if (value.isEmpty()) {
        return PatternOutcome.missing(id, "where." + w.getKey() + " is " + HEGEMON
            + " but the scenario names no hegemon");
      }
      where.put(w.getKey(), value.get());
    }
    Map<String, Condition> conditions = new LinkedHashMap<>();
    for (Map.Entry<String, Condition> c : t.fields().entrySet()) {
      Condition cond = c.getValue();
      if (cond.equals().isPresent()) {
        Optional<String> value = resolve(cond.equals().get(), hegemon);
        if (value.isEmpty()) {
          return PatternOutcome.missing(id, "fields." + c.getKey() + " is " + HEGEMON
              + " but the scenario names no hegemon");
        }
        cond = new Condition(value, cond.min(), cond.max());
      }
      conditions.put(c.getKey(), cond);
    }
    List<Event> selected = new ArrayList<>();
    for (Event e : events) {
      if (e.type().equals(t.type())
          && where.entrySet().stream().allMatch(w -> fieldEquals(e, w.getKey(), w.getValue()))) {
        selected.add(e);
      }
    }
    // Events are recorded in order; the stable sort only guards against a recorder that is not.
    selected.sort(Comparator.comparingInt(Event::tick));
    // `first` takes the earliest event of the whole run, then the window tests its month: "the
    // first operation is in 2021-2022", not "the first operation of 2021-2022".
    if (t.first() && selected.size() > 1) {
      selected = new ArrayList<>(List.of(selected.get(0)));
    }
    selected.removeIf(e -> t.from().map(e.month()::isBefore).orElse(false)
        || t.to().map(e.month()::isAfter).orElse(false));
    List<Event> matching = new ArrayList<>();
    String firstFailure = null;
    for (Event e : selected) {
      Optional<String> failure = failure(e, conditions);
      if (failure.isEmpty()) {
        matching.add(e);
      } else if (firstFailure == null) {
        firstFailure = "the " + e.type() + " of " + e.month() + " fails " + failure.get();
      }
    }
    int count = matching.size();
    boolean ok = count >= t.minCount() && t.maxCount().map(m -> count <= m).orElse(true);
    StringBuilder reason = new StringBuilder();
    reason.append(count).append(t.first() ? " first " : " ").append(t.type())
        .append(" event(s) met the conditions (").append(selected.size())
        .append(" selected), ").append(ok ? "within" : "outside").append(" count [")
        .append(t.minCount()).append(", ").append(t.maxCount().map(String::valueOf).orElse("any"))
        .append(']');
    if (!ok && firstFailure != null && count < t.minCount()) {
      reason.append("; ").append(firstFailure);
    }
    Optional<YearMonth> firstMonth = matching.isEmpty() ? Optional.empty()
        : Optional.of(matching.get(0).month());
    return new PatternOutcome(id, ok, count, firstMonth, reason.toString());
  }

  /** The value with {@code $hegemon} replaced; empty when it is used but there is no hegemon. */
  private static Optional<String> resolve(String value, Optional<String> hegemon) {
    return value.equals(HEGEMON) ? hegemon : Optional.of(value);
  }

  /** The first condition the event fails, described; empty when it meets them all. */
  private static Optional<String> failure(Event e, Map<String, Condition> conditions) {
    for (Map.Entry<String, Condition> c : conditions.entrySet()) {
      String field = c.getKey();
      Condition cond = c.getValue();
      if (cond.equals().isPresent() && !fieldEquals(e, field, cond.equals().get())) {
        return Optional.of(field + " = " + cond.equals().get() + " (was " + e.text(field) + ")");
      }
      if (cond.min().isPresent() || cond.max().isPresent()) {
        double v = numeric(e.fields().get(field));
        boolean in = !Double.isNaN(v) && cond.min().map(m -> v >= m).orElse(true)
            && cond.max().map(m -> v <= m).orElse(true);
        if (!in) {
          return Optional.of(field + " in " + bounds(cond.min(), cond.max()) + " (was "
              + e.text(field) + ")");
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a field equals a value written as text: numbers compare numerically, booleans
   * ignoring case, a list equals a value it contains, and an absent or null field equals
   * {@code null}.
   */
  private static boolean fieldEquals(Event e, String field, String wanted) {
    Object v = e.fields().get(field);
    if (v == null) {
      return wanted.equals("null");
    }
    if (v instanceof Number n) {
      try {
        return n.doubleValue() == Double.parseDouble(wanted);
      } catch (NumberFormatException notANumber) {
        return false;
      }
    }
    if (v instanceof Boolean b) {
      return b.toString().equalsIgnoreCase(wanted);
    }
    if (v instanceof Collection<?> list) {
      return list.stream().anyMatch(x -> String.valueOf(x).equals(wanted));
    }
    return String.valueOf(v).equals(wanted);
  }

  /** A field as a number: numbers as such, a list by its size, numeric text parsed, else NaN. */
  private static double numeric(Object v) {
    if (v instanceof Number n) {
      return n.doubleValue();
    }
    if (v instanceof Collection<?> list) {
      return list.size();
    }
    if (v instanceof String s) {
      try {
        return Double.parseDouble(s);
      } catch (NumberFormatException notANumber) {
        return Double.NaN;
      }
    }
    return Double.NaN;
  }

  private static String bounds(Optional<Double> min, Optional<Double> max) {
    return "[" + min.map(String::valueOf).orElse("-inf") + ", "
        + max.map(String::valueOf).orElse("inf") + "]";
  }
}
