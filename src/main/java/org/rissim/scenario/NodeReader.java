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
 * Reads the nodes of a scenario document through typed accessors (text, numbers in a range,
 * whole numbers, months, choices, references to ids, expressions). Each accessor reports what it
 * expected and what it found at the node's file:line:column, and returns a harmless fallback so
 * that binding goes on and every error of the file is collected in one list.
 */
class NodeReader {
  static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

  static final Range ANY = Range.ANY;
  static final Range UNIT = Range.UNIT;
  static final Range OPEN_UNIT = Range.OPEN_UNIT;
  static final Range SIGNED_UNIT = Range.SIGNED_UNIT;
  static final Range NON_NEGATIVE = Range.NON_NEGATIVE;
  static final Range POSITIVE = Range.POSITIVE;

  /** The errors found so far, shared by every reader of one document. */
  final List<ScenarioError> errors;

  /** A reader that adds the errors it finds to {@code errors}. */
  NodeReader(List<ScenarioError> errors) {
    this.errors = errors;
  }

  /** A mapping being read: remembers which keys were asked for, to report the others. */
  final class Fields {
    final Node.MapNode map;
    final Node.Pos pos;
    final String path;
    final Set<String> asked = new LinkedHashSet<>();

    Fields(Node.MapNode map, Node.Pos pos, String path) {
      this.map = map;
      this.pos = pos;
      this.path = path;
    }

    Node raw(String key) {
      asked.add(key);
      return map == null ? null : map.get(key);
    }

    String at(String key) {
      return path.isEmpty() ? key : path + "." + key;
    }

    void done() {
      if (map == null) {
        return;
      }
      for (Map.Entry<String, Node.Entry> e : map.entries().entrySet()) {
        if (!asked.contains(e.getKey())) {
          Node.Pos k = e.getValue().keyPos();
          errors.add(new ScenarioError(k.file(), k.line(), k.column(), at(e.getKey()),
              "unknown key `" + e.getKey() + "` at " + (path.isEmpty() ? "the top level" : path)
              + NearestKey.suggestion(e.getKey(), asked)));
        }
      }
    }
  }
  /** An optional expression (JEXL text; a number or truth value is an expression too). */
  Optional<Expression> optExpression(Fields f, String key) {
    Node n = f.raw(key);
    if (isAbsent(n)) {
      return Optional.empty();
    }
    if (n instanceof Node.Scalar s) {
      try {
        return Optional.of(Expression.compile(s.text(), s.pos()));
      } catch (IllegalArgumentException e) {
        error(n, f.at(key), e.getMessage());
        return Optional.empty();
      }
    }
    expected(n, f.at(key), "an expression");
    return Optional.empty();
  }

  // ---- generic readers: each reports what it expected and what it found, and returns a
  // harmless fallback so that binding goes on and every error of the file is collected

  Fields fields(Node n, String path) {
    if (n instanceof Node.MapNode m) {
      return new Fields(m, m.pos(), path);
    }
    if (n != null) {
      expected(n, path, "a mapping");
    }
    return new Fields(null, n == null ? null : n.pos(), path);
  }

  String text(Fields f, String key, String fallback) {
    Node n = f.raw(key);
    if (isAbsent(n)) {
      if (fallback == null) {
        missing(f, key);
        return "";
      }
      return fallback;
    }
    if (n instanceof Node.Scalar s) {
      return s.text();
    }
    expected(n, f.at(key), "a text value");
    return "";
  }

  Optional<String> optText(Fields f, String key) {
    return isAbsent(f.raw(key)) ? Optional.empty() : Optional.of(text(f, key, ""));
  }

  double number(Fields f, String key, Range range) {
    Node n = f.raw(key);
    if (isAbsent(n)) {
      missing(f, key);
      return 0;
    }
    return checkNumber(n, f.at(key), range);
  }

  Optional<Double> optNumber(Fields f, String key, Range range) {
    Node n = f.raw(key);
    return isAbsent(n) ? Optional.empty() : Optional.of(checkNumber(n, f.at(key), range));
  }

  double checkNumber(Node n, String at, Range range) {
    if (n instanceof Node.Scalar s && s.kind() == Node.Kind.NUMBER) {
      if (!range.contains(s.number())) {
        error(n, at, "expected " + range.text() + ", found " + s.text());
      }
      return s.number();
    }
    expected(n, at, range.text());
    return 0;
  }

  int integer(Fields f, String key, int min, int max) {
    Node n = f.raw(key);
    if (isAbsent(n)) {
      missing(f, key);
      return min;
    }
    String wanted = max == Integer.MAX_VALUE ? "a whole number >= " + min
        : "a whole number from " + min + " to " + max;
    if (n instanceof Node.Scalar s && s.kind() == Node.Kind.NUMBER
        && s.number() == Math.rint(s.number())) {
      if (s.number() < min || s.number() > max) {
        error(n, f.at(key), "expected " + wanted + ", found " + s.text());
        return min;
      }
      return (int) s.number();
    }
    expected(n, f.at(key), wanted);
    return min;
  }

  boolean bool(Fields f, String key) {
    Node n = f.raw(key);
    if (isAbsent(n)) {
      missing(f, key);
      return false;
    }
    if (n instanceof Node.Scalar s && s.kind() == Node.Kind.BOOLEAN) {
      return Boolean.parseBoolean(s.text().toLowerCase());
    }
    expected(n, f.at(key), "true or false");
    return false;
  }

  YearMonth month(Fields f, String key) {
    Node n = f.raw(key);
    if (isAbsent(n)) {
      missing(f, key);
      return null;
    }
    return parseMonth(n, f.at(key));
  }

  Optional<YearMonth> optMonth(Fields f, String key) {
    Node n = f.raw(key);
    return isAbsent(n) ? Optional.empty() : Optional.ofNullable(parseMonth(n, f.at(key)));
  }

  YearMonth parseMonth(Node n, String at) {
    if (n instanceof Node.Scalar s && s.text() != null && MONTH.matcher(s.text()).matches()) {
      try {
        return YearMonth.parse(s.text());
      } catch (DateTimeParseException e) {
        // falls through to the error below (e.g. month 13)
      }
    }
    expected(n, at, "a month YYYY-MM (e.g. 2022-01)");
    return null;
  }

  <E> E choice(Fields f, String key, Map<String, E> names, E fallback) {
    Node n = f.raw(key);
    if (isAbsent(n)) {
      missing(f, key);
      return fallback;
    }
    if (n instanceof Node.Scalar s && names.containsKey(s.text())) {
      return names.get(s.text());
    }
    List<String> allowed = names.keySet().stream().sorted().toList();
    String found = n instanceof Node.Scalar s && s.text() != null ? "`" + s.text() + "`"
        + NearestKey.suggestion(s.text(), allowed) : Node.describe(n);
    error(n, f.at(key), "expected one of " + String.join(", ", allowed) + ", found " + found);
    return fallback;
  }

  Map<String, Double> numberMap(Fields f, String key, Range range, Set<String> ids,
      String what) {
    Node n = f.raw(key);
    Map<String, Double> out = new LinkedHashMap<>();
    if (n instanceof Node.MapNode m) {
      for (Map.Entry<String, Node.Entry> e : m.entries().entrySet()) {
        String at = f.at(key) + "." + e.getKey();
        if (!ids.contains(e.getKey())) {
          Node.Pos k = e.getValue().keyPos();
          errors.add(new ScenarioError(k.file(), k.line(), k.column(), at, "`" + e.getKey()
              + "` is not a " + what + " id" + known(e.getKey(), ids)));
        }
        out.put(e.getKey(), checkNumber(e.getValue().value(), at, range));
      }
    } else if (!isAbsent(n)) {
      expected(n, f.at(key), "a mapping of " + what + " ids to numbers");
    }
    return out;
  }

  List<String> strings(Fields f, String key) {
    Node n = f.raw(key);
    List<String> out = new ArrayList<>();
    if (n instanceof Node.ListNode l) {
      for (int i = 0; i < l.items().size(); i++) {
        Node item = l.items().get(i);
        if (item instanceof Node.Scalar s && !s.isNull()) {
          out.add(s.text());
        } else {
          expected(item, f.at(key) + "[" + i + "]", "an id");
        }
      }
    } else if (!isAbsent(n)) {
      expected(n, f.at(key), "a list of ids");
    }
    return out;
  }

  List<String> references(Fields f, String key, Set<String> ids, String what) {
    List<String> out = strings(f, key);
    if (f.raw(key) instanceof Node.ListNode l) {
      for (int i = 0; i < l.items().size(); i++) {
        Node item = l.items().get(i);
        if (item instanceof Node.Scalar s && !s.isNull() && !ids.contains(s.text())) {
          error(item, f.at(key) + "[" + i + "]", "no " + what + " has id `" + s.text() + "`"
              + known(s.text(), ids));
        }
      }
    }
    return out;
  }

  String reference(Fields f, String key, Set<String> ids, String what) {
    String id = text(f, key, null);
    if (!id.isEmpty() && !ids.contains(id)) {
      error(f.raw(key), f.at(key), "no " + what + " has id `" + id + "`" + known(id, ids));
    }
    return id;
  }

  Optional<String> optReference(Fields f, String key, Set<String> ids, String what) {
    return isAbsent(f.raw(key)) ? Optional.empty() : Optional.of(reference(f, key, ids, what));
  }

  static String known(String wrong, Collection<String> ids) {
    String near = NearestKey.suggestion(wrong, ids);
    if (!near.isEmpty()) {
      return near;
    }
    return ids.isEmpty() ? " (none is defined)" : " (known: " + String.join(", ", ids) + ")";
  }

  static boolean isAbsent(Node n) {
    return n == null || (n instanceof Node.Scalar s && s.isNull());
  }

  void missing(Fields f, String key) {
    // a section that is absent or not a mapping has been reported once already
    if (f.map != null) {
      errors.add(new ScenarioError(f.pos.file(), f.pos.line(), f.pos.column(), f.at(key),
          "missing required key `" + key + "`" + (f.path.isEmpty() ? "" : " in " + f.path)));
    }
  }

  void expected(Node n, String at, String what) {
    error(n, at, "expected " + what + ", found " + Node.describe(n));
  }

  void error(Node n, String at, String message) {
    Node.Pos p = n.pos();
    errors.add(new ScenarioError(p.file(), p.line(), p.column(), at, message));
  }
}
