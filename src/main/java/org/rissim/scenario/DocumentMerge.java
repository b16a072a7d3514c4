package org.rissim.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Deep merge of scenario documents ({@code extends}, defaults): mappings merge key by key, lists
 * replace, except the keyed lists, whose entries merge by {@code id} (an entry with
 * {@code remove: true} deletes the inherited entry with that id).
 */
final class DocumentMerge {
  /** Dotted key paths of the lists whose entries are matched by {@code id}. */
  static final Set<String> KEYED_LISTS = Set.of("states", "bodies", "patterns", "outcomes",
      "crises.scripted", "recognition.rungs", "institution.practices", "institution.features");

  private final List<ScenarioError> errors;
  private final BodyRemovals removals;

  /** A merge that reports problems (bad {@code remove} entries) into {@code errors}. */
  DocumentMerge(List<ScenarioError> errors) {
    this(errors, new BodyRemovals());
  }

  /** A merge that also records the bodies it removes, and where, into {@code removals}. */
  DocumentMerge(List<ScenarioError> errors, BodyRemovals removals) {
    this.errors = errors;
    this.removals = removals;
  }

  /**
   * Merges {@code over} onto {@code base} (which may be null: nothing inherited).
   *
   * @param path dotted key path of the node (no indices), "" for the document
   */
  Node merge(Node base, Node over, String path) {
    if (over instanceof Node.MapNode o) {
      Node.MapNode b = base instanceof Node.MapNode bm ? bm : null;
      Map<String, Node.Entry> out = new LinkedHashMap<>(b == null ? Map.of() : b.entries());
      for (Map.Entry<String, Node.Entry> e : o.entries().entrySet()) {
        String key = e.getKey();
        Node inherited = b == null ? null : b.get(key);
        String child = path.isEmpty() ? key : path + "." + key;
        out.put(key, new Node.Entry(e.getValue().keyPos(),
            merge(inherited, e.getValue().value(), child)));
      }
      return new Node.MapNode(out, o.pos());
    }
    if (over instanceof Node.ListNode o && KEYED_LISTS.contains(path)) {
      return mergeKeyed(base instanceof Node.ListNode bl ? bl.items() : List.of(), o, path);
    }
    return over;
  }

  private Node mergeKeyed(List<Node> base, Node.ListNode over, String path) {
    List<Node> out = new ArrayList<>(base);
    for (int i = 0; i < over.items().size(); i++) {
      Node item = over.items().get(i);
      String id = idOf(item);
      if (id == null) {
        out.add(item);
        continue;
      }
      Node.MapNode entry = (Node.MapNode) item;
      int at = indexOf(out, id);
      Node removeFlag = entry.get("remove");
      if (removeFlag != null) {
        entry = entry.without("remove");
        boolean remove = removeFlag instanceof Node.Scalar s && s.kind() == Node.Kind.BOOLEAN
            && Boolean.parseBoolean(s.text());
        if (!(removeFlag instanceof Node.Scalar s && s.kind() == Node.Kind.BOOLEAN)) {
          error(removeFlag, path + "[" + i + "].remove",
              "expected true or false, found " + Node.describe(removeFlag));
        } else if (remove) {
          if (at < 0) {
            error(removeFlag, path + "[" + i + "].remove", "`remove: true` but no inherited entry "
                + "of " + path + " has id `" + id + "`" + NearestKey.suggestion(id, ids(out)));
          } else {
            out.remove(at);
            if (path.equals("bodies")) {
              removals.add(id, removeFlag.pos());
            }
          }
          continue;
        }
      }
      if (at >= 0) {
        out.set(at, merge(out.get(at), entry, path + "[]"));
      } else {
        out.add(merge(null, entry, path + "[]"));
      }
    }
    return new Node.ListNode(out, over.pos());
  }

  private void error(Node at, String keyPath, String message) {
    errors.add(new ScenarioError(at.pos().file(), at.pos().line(), at.pos().column(), keyPath,
        message));
  }

  /** The {@code id} of a keyed-list entry, or null when it has none. */
  static String idOf(Node item) {
    if (item instanceof Node.MapNode m && m.get("id") instanceof Node.Scalar s && !s.isNull()) {
      return s.text();
    }
    return null;
  }

  /** Index of the entry with this id, or -1. */
  static int indexOf(List<Node> items, String id) {
    for (int i = 0; i < items.size(); i++) {
      if (id.equals(idOf(items.get(i)))) {
        return i;
      }
    }
    return -1;
  }

  /** The ids of the entries that have one. */
  static List<String> ids(List<Node> items) {
    List<String> ids = new ArrayList<>();
    for (Node n : items) {
      String id = idOf(n);
      if (id != null) {
        ids.add(id);
      }
    }
    return ids;
  }
}
