package org.rissim.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Applies {@code path=value} overrides ({@code --set}, sweep design points) to a merged document.
 * Paths are dotted keys; a name addresses a keyed list's entry by id ({@code states.RUS.power}),
 * {@code [n]} by index ({@code states[3].power}), and {@code hegemon.X} means
 * {@code states.<hegemon id>.X}. The value is a YAML scalar or flow collection.
 */
final class Overrides {
  /** Where override errors are located. */
  static final String SOURCE = "--set";
  private static final Pattern SEGMENT = Pattern.compile("([^.\\[\\]]+)|\\[(\\d+)\\]|(\\.)");

  private Overrides() {}

  /** Applies {@code path=value}; problems go to {@code errors} and leave the document as it was. */
  static Node apply(Node root, String assignment, YamlReader reader, List<ScenarioError> errors) {
    int eq = assignment.indexOf('=');
    if (eq <= 0) {
      errors.add(error(assignment, "expected path=value, found `" + assignment + "`"));
      return root;
    }
    return apply(root, assignment.substring(0, eq).trim(), assignment.substring(eq + 1), reader,
        errors);
  }

  /** Sets the node at {@code path} to {@code value} parsed as YAML. */
  static Node apply(Node root, String path, String value, YamlReader reader,
      List<ScenarioError> errors) {
    Node parsed;
    if (value.isBlank()) {
      errors.add(error(path, "expected a value after `=`, found nothing (e.g. " + path
          + "=0.5)"));
      return root;
    }
    try {
      parsed = reader.readText(value, SOURCE, false);
    } catch (ScenarioException e) {
      e.errors().forEach(x -> errors.add(error(path, "value `" + value + "`: " + x.message())));
      return root;
    }
    List<Object> segments = parse(path);
    if (segments == null) {
      errors.add(error(path, "expected a path like states.RUS.power or states[0].power, found `"
          + path + "`"));
      return root;
    }
    if (segments.size() > 1 && "hegemon".equals(segments.get(0))) {
      Node h = root instanceof Node.MapNode m ? m.get("hegemon") : null;
      if (!(h instanceof Node.Scalar s) || s.isNull()) {
        errors.add(error(path, "`hegemon.` paths need a top-level `hegemon:` state id"));
        return root;
      }
      List<Object> expanded = new ArrayList<>(List.of("states", s.text()));
      expanded.addAll(segments.subList(1, segments.size()));
      segments = expanded;
    }
    List<ScenarioError> found = new ArrayList<>();
    Node result = set(root, segments, 0, parsed, path, "", found);
    errors.addAll(found);
    return found.isEmpty() ? result : root;
  }

  /** The segments of a path (String names, Integer indices), or null when malformed. */
  private static List<Object> parse(String path) {
    List<Object> out = new ArrayList<>();
    Matcher m = SEGMENT.matcher(path);
    int at = 0;
    boolean needName = true;
    while (at < path.length()) {
      if (!m.find(at) || m.start() != at) {
        return null;
      }
      if (m.group(1) != null) {
        out.add(m.group(1));
        needName = false;
      } else if (m.group(2) != null) {
        if (out.isEmpty()) {
          return null;
        }
        // an index too large for an int is out of range of any list: say so, do not crash
        String digits = m.group(2);
        out.add(digits.length() > 9 ? Integer.MAX_VALUE : Integer.valueOf(digits));
      } else {
        if (needName) {
          return null;
        }
        needName = true;
      }
      at = m.end();
    }
    return out.isEmpty() || needName ? null : out;
  }

  private static Node set(Node node, List<Object> segs, int i, Node value, String path,
      String walked, List<ScenarioError> errors) {
    if (i == segs.size()) {
      return value;
    }
    Object seg = segs.get(i);
    String here = walked.isEmpty() ? "the top level" : walked;
    if (node instanceof Node.MapNode m && seg instanceof String key) {
      Node child = m.get(key);
      String next = walked.isEmpty() ? key : walked + "." + key;
      if (child == null) {
        if (i == segs.size() - 1) {
          // a new key: the binder reports it, with a suggestion, if the schema does not know it
          return m.with(key, value);
        }
        errors.add(error(path, "unknown key `" + key + "` at " + here
            + NearestKey.suggestion(key, m.entries().keySet())));
        return node;
      }
      return m.with(key, set(child, segs, i + 1, value, path, next, errors));
    }
    if (node instanceof Node.ListNode l) {
      int index;
      if (seg instanceof Integer n) {
        index = n;
        if (index >= l.items().size()) {
          errors.add(error(path, "index " + index + " is out of range: " + here + " has "
              + l.items().size() + " entries"));
          return node;
        }
      } else {
        index = DocumentMerge.indexOf(l.items(), (String) seg);
        if (index < 0) {
          List<String> ids = DocumentMerge.ids(l.items());
          errors.add(error(path, "no entry of " + here + " has id `" + seg + "`"
              + NearestKey.suggestion((String) seg, ids)));
          return node;
        }
      }
      List<Node> items = new ArrayList<>(l.items());
      items.set(index, set(items.get(index), segs, i + 1, value, path, walked + "[" + index + "]",
          errors));
      return new Node.ListNode(items, l.pos());
    }
    errors.add(error(path, "cannot address `" + seg + "` inside " + here + ", which is "
        + Node.describe(node)));
    return node;
  }

  private static ScenarioError error(String path, String message) {
    return new ScenarioError(SOURCE, 0, 0, path, message);
  }
}
