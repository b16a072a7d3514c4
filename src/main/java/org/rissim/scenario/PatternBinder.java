package org.rissim.scenario;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Binds stylised-fact patterns ({@code patterns:}) and user-defined outcomes ({@code outcomes:}):
 * series and event tests, their windows and conditions, and the mechanisms they name.
 */
final class PatternBinder extends SectionBinder {
  PatternBinder(List<ScenarioError> errors, ScenarioIds ids) {
    super(errors, ids);
  }

  static final List<String> STATS =
      List.of("value", "mean", "min", "max", "change", "absChange");

  /**
   * The {@code type} of an event test, checked against the event types of the scenario's runs
   * (the institution's vocabulary names its opportunity and act events) when they are known.
   */
  private String eventType(Fields f) {
    String type = text(f, "type", null);
    if (ids.eventTypes != null && !type.isEmpty() && !ids.eventTypes.contains(type)) {
      error(f.raw("type"), f.at("type"), "expected an event type of this scenario's runs ("
          + String.join(", ", ids.eventTypes) + "; the institution's `vocabulary.names` name its "
          + "opportunities and acts), found `" + type + "`"
          + NearestKey.suggestion(type, ids.eventTypes));
    }
    return type;
  }

  PatternSpec pattern(Node n, String path) {
    Fields f = fields(n, path);
    String id = text(f, "id", null);
    String description = text(f, "description", null);
    String source = text(f, "source", "");
    Node seriesNode = f.raw("series");
    Node eventNode = f.raw("event");
    Optional<PatternSpec.SeriesTest> series = Optional.empty();
    Optional<PatternSpec.EventTest> event = Optional.empty();
    if (isAbsent(seriesNode) == isAbsent(eventNode)) {
      error(n, path, "expected exactly one of `series:` or `event:`, found "
          + (isAbsent(seriesNode) ? "neither" : "both"));
    }
    if (!isAbsent(seriesNode)) {
      Fields s = fields(seriesNode, f.at("series"));
      String column = text(s, "column", null);
      Optional<String> minus = optText(s, "minus");
      Optional<YearMonth> from = optMonth(s, "from");
      Optional<YearMonth> to = optMonth(s, "to");
      String stat = text(s, "stat", null);
      if (stat != null && !STATS.contains(stat)) {
        error(s.raw("stat"), s.at("stat"), "expected one of " + String.join(", ", STATS)
            + ", found `" + stat + "`" + NearestKey.suggestion(stat, STATS));
      }
      Optional<Double> min = optNumber(s, "min", ANY);
      Optional<Double> max = optNumber(s, "max", ANY);
      if (min.isEmpty() && max.isEmpty()) {
        error(seriesNode, s.path, "expected at least one of `min:` or `max:`");
      }
      window(s, from, to);
      Optional<PatternSpec.Anchor> after = Optional.empty();
      Node afterNode = s.raw("after");
      if (!isAbsent(afterNode)) {
        Fields a = fields(afterNode, s.at("after"));
        String afterType = eventType(a);
        Map<String, String> afterWhere = whereMap(a);
        a.done();
        after = Optional.of(new PatternSpec.Anchor(afterType, afterWhere));
      }
      Optional<Integer> months = isAbsent(s.raw("months")) ? Optional.empty()
          : Optional.of(integer(s, "months", 0, Integer.MAX_VALUE));
      if (months.isPresent() && after.isEmpty()) {
        error(s.raw("months"), s.at("months"), "`months:` needs `after:` (the event that starts "
            + "the window)");
      }
      s.done();
      series = Optional.of(new PatternSpec.SeriesTest(column, minus, from, to, stat, min, max,
          after, months));
    }
    if (!isAbsent(eventNode)) {
      Fields e = fields(eventNode, f.at("event"));
      String type = eventType(e);
      Map<String, String> where = whereMap(e);
      Optional<YearMonth> from = optMonth(e, "from");
      Optional<YearMonth> to = optMonth(e, "to");
      window(e, from, to);
      boolean first = !isAbsent(e.raw("first")) && bool(e, "first");
      Map<String, PatternSpec.Condition> conditions = conditions(e);
      Optional<Integer> maxCount = isAbsent(e.raw("maxCount")) ? Optional.empty()
          : Optional.of(integer(e, "maxCount", 0, Integer.MAX_VALUE));
      // `maxCount: 0` ("never") alone implies `minCount: 0`; otherwise minCount defaults to 1
      int minCount = !isAbsent(e.raw("minCount")) ? integer(e, "minCount", 0, Integer.MAX_VALUE)
          : maxCount.filter(m -> m == 0).isPresent() ? 0 : 1;
      if (maxCount.isPresent() && maxCount.get() < minCount) {
        error(e.raw("maxCount"), e.at("maxCount"), "expected maxCount >= minCount " + minCount
            + ", found " + maxCount.get());
      }
      e.done();
      event = Optional.of(new PatternSpec.EventTest(type, where, from, to, first, conditions,
          minCount, maxCount));
    }
    List<String> evidences = mechanisms(f, "evidences");
    f.done();
    return new PatternSpec(id, description, source, series, event, evidences);
  }

  /** The {@code where:} mapping of event fields to values (empty when absent). */
  private Map<String, String> whereMap(Fields e) {
    Map<String, String> where = new LinkedHashMap<>();
    Node whereNode = e.raw("where");
    if (whereNode instanceof Node.MapNode wm) {
      for (Map.Entry<String, Node.Entry> w : wm.entries().entrySet()) {
        if (w.getValue().value() instanceof Node.Scalar ws && !ws.isNull()) {
          where.put(w.getKey(), ws.text());
        } else {
          expected(w.getValue().value(), e.at("where") + "." + w.getKey(), "a single value");
        }
      }
    } else if (!isAbsent(whereNode)) {
      expected(whereNode, e.at("where"), "a mapping of event fields to values");
    }
    return where;
  }

  /** Mechanism names ({@link Mechanisms#NAMES}): one name or a list of them; absent is none. */
  List<String> mechanisms(Fields f, String key) {
    Node n = f.raw(key);
    List<String> out = new ArrayList<>();
    if (n instanceof Node.Scalar s && !s.isNull()) {
      out.add(s.text());
      checkMechanism(n, f.at(key), s.text());
    } else if (n instanceof Node.ListNode l) {
      out.addAll(strings(f, key));
      for (int i = 0; i < l.items().size(); i++) {
        if (l.items().get(i) instanceof Node.Scalar s && !s.isNull()) {
          checkMechanism(l.items().get(i), f.at(key) + "[" + i + "]", s.text());
        }
      }
    } else if (!isAbsent(n)) {
      expected(n, f.at(key), "a mechanism name or a list of them");
    }
    return out;
  }

  private void checkMechanism(Node n, String at, String name) {
    if (!Mechanisms.known(name)) {
      error(n, at, "unknown mechanism `" + name + "`" + NearestKey.suggestion(name, Mechanisms.NAMES)
          + " (known: " + String.join(", ", Mechanisms.NAMES) + ")");
    }
  }

  /** A user-defined outcome: one statistic of a column, or a count or first month of events. */
  OutcomeSpec outcome(Node n, String path) {
    Fields f = fields(n, path);
    String id = text(f, "id", null);
    String description = text(f, "description", "");
    Node seriesNode = f.raw("series");
    Node eventNode = f.raw("event");
    if (isAbsent(seriesNode) == isAbsent(eventNode)) {
      error(n, path, "expected exactly one of `series:` or `event:`, found "
          + (isAbsent(seriesNode) ? "neither" : "both"));
    }
    Optional<PatternSpec.SeriesTest> series = Optional.empty();
    Optional<PatternSpec.EventTest> event = Optional.empty();
    String measure = "count";
    Optional<Double> threshold = Optional.empty();
    if (!isAbsent(seriesNode)) {
      Fields s = fields(seriesNode, f.at("series"));
      String column = text(s, "column", null);
      Optional<String> minus = optText(s, "minus");
      Optional<YearMonth> from = optMonth(s, "from");
      Optional<YearMonth> to = optMonth(s, "to");
      measure = text(s, "stat", null);
      if (!measure.isEmpty() && !OutcomeSpec.SERIES_STATS.contains(measure)) {
        error(s.raw("stat"), s.at("stat"), "expected one of "
            + String.join(", ", OutcomeSpec.SERIES_STATS) + ", found `" + measure + "`"
            + NearestKey.suggestion(measure, OutcomeSpec.SERIES_STATS));
      }
      boolean crossing = measure.equals("firstAbove") || measure.equals("firstBelow");
      if (crossing) {
        threshold = Optional.of(number(s, "threshold", ANY));
      }
      window(s, from, to);
      s.done();
      series = Optional.of(new PatternSpec.SeriesTest(column, minus, from, to, measure,
          Optional.empty(), Optional.empty()));
    }
    if (!isAbsent(eventNode)) {
      Fields e = fields(eventNode, f.at("event"));
      String type = eventType(e);
      Map<String, String> where = whereMap(e);
      Optional<YearMonth> from = optMonth(e, "from");
      Optional<YearMonth> to = optMonth(e, "to");
      window(e, from, to);
      Map<String, PatternSpec.Condition> conditions = conditions(e);
      measure = text(e, "measure", "count");
      if (!OutcomeSpec.EVENT_MEASURES.contains(measure)) {
        error(e.raw("measure"), e.at("measure"), "expected one of "
            + String.join(", ", OutcomeSpec.EVENT_MEASURES) + ", found `" + measure + "`"
            + NearestKey.suggestion(measure, OutcomeSpec.EVENT_MEASURES));
      }
      e.done();
      event = Optional.of(new PatternSpec.EventTest(type, where, from, to, false, conditions, 0,
          Optional.empty()));
    }
    f.done();
    return new OutcomeSpec(id, description, series, event, measure, threshold);
  }

  /** The {@code fields:} conditions of an event test. */
  private Map<String, PatternSpec.Condition> conditions(Fields e) {
    Map<String, PatternSpec.Condition> conditions = new LinkedHashMap<>();
    Node fieldsNode = e.raw("fields");
    if (fieldsNode instanceof Node.MapNode fm) {
      for (Map.Entry<String, Node.Entry> c : fm.entries().entrySet()) {
        Node value = c.getValue().value();
        String at = e.at("fields") + "." + c.getKey();
        if (value instanceof Node.Scalar cs && !cs.isNull()) {
          conditions.put(c.getKey(), new PatternSpec.Condition(Optional.of(cs.text()),
              Optional.empty(), Optional.empty()));
        } else if (value instanceof Node.MapNode) {
          Fields r = fields(value, at);
          Optional<Double> min = optNumber(r, "min", ANY);
          Optional<Double> max = optNumber(r, "max", ANY);
          if (min.isEmpty() && max.isEmpty()) {
            error(value, at, "expected at least one of `min:` or `max:`");
          }
          r.done();
          conditions.put(c.getKey(), new PatternSpec.Condition(Optional.empty(), min, max));
        } else {
          expected(value, at, "a value (equality) or a mapping {min, max}");
        }
      }
    } else if (!isAbsent(fieldsNode)) {
      expected(fieldsNode, e.at("fields"), "a mapping of event fields to conditions");
    }
    return conditions;
  }

  private void window(Fields f, Optional<YearMonth> from, Optional<YearMonth> to) {
    if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
      error(f.raw("to"), f.at("to"), "expected `to` at or after `from` " + from.get()
          + ", found " + to.get());
    }
  }
}
