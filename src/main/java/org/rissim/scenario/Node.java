package org.rissim.scenario;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An immutable YAML node that remembers where it was written (file, line, column), so that every
 * error can point into the file that holds the bad value, even after {@code extends} merging.
 */
sealed interface Node permits Node.MapNode, Node.ListNode, Node.Scalar {

  /** Where the node was written. */
  Pos pos();

  /** A location: file as given, 1-based line and column (0 when unknown, e.g. {@code --set}). */
  record Pos(String file, int line, int column) {}

  /** A mapping; keys keep their own positions (unknown-key errors point at the key). */
  record MapNode(Map<String, Entry> entries, Pos pos) implements Node {
    public MapNode {
      entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    /** The value under {@code key}, or null. */
    Node get(String key) {
      Entry e = entries.get(key);
      return e == null ? null : e.value();
    }

    /** A copy with {@code key} set to {@code value} (appended if new, in place otherwise). */
    MapNode with(String key, Node value) {
      Map<String, Entry> copy = new LinkedHashMap<>(entries);
      Entry old = copy.get(key);
      copy.put(key, new Entry(old == null ? value.pos() : old.keyPos(), value));
      return new MapNode(copy, pos);
    }

    /** A copy without {@code key}. */
    MapNode without(String key) {
      Map<String, Entry> copy = new LinkedHashMap<>(entries);
      copy.remove(key);
      return new MapNode(copy, pos);
    }
  }

  /** A value in a mapping together with the position of its key. */
  record Entry(Pos keyPos, Node value) {}

  /** A sequence. */
  record ListNode(List<Node> items, Pos pos) implements Node {
    public ListNode {
      items = Collections.unmodifiableList(new ArrayList<>(items));
    }
  }

  /** The YAML type a plain scalar resolved to. */
  enum Kind { STRING, NUMBER, BOOLEAN, NULL }

  /**
   * A scalar: its text as written and the type YAML resolved it to.
   *
   * @param number the numeric value when {@code kind} is NUMBER, else NaN
   */
  record Scalar(String text, Kind kind, double number, Pos pos) implements Node {
    /** A string scalar. */
    static Scalar string(String text, Pos pos) {
      return new Scalar(text, Kind.STRING, Double.NaN, pos);
    }

    /** A null scalar. */
    static Scalar nul(Pos pos) {
      return new Scalar(null, Kind.NULL, Double.NaN, pos);
    }

    boolean isNull() {
      return kind == Kind.NULL;
    }
  }

  /** Short description of a node for "found ..." messages. */
  static String describe(Node n) {
    if (n instanceof MapNode) {
      return "a mapping";
    }
    if (n instanceof ListNode) {
      return "a list";
    }
    Scalar s = (Scalar) n;
    return switch (s.kind()) {
      case NULL -> "nothing (null)";
      case BOOLEAN -> "the boolean " + s.text();
      case NUMBER -> "the number " + s.text();
      case STRING -> "the text \"" + abbreviate(s.text()) + "\"";
    };
  }

  private static String abbreviate(String text) {
    return text.length() <= 40 ? text : text.substring(0, 37) + "...";
  }
}
