package org.rissim.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The bodies that an extending file removed ({@code bodies: [{id: AU, remove: true}]}), with
 * where it removed them. References to a removed body go with it: every state's
 * {@code affinity.<id>} (often inherited from the parent's {@code stateDefaults}) is dropped
 * from the effective document; any other reference that remains (a pattern's column or
 * {@code where}, {@code recognition.body}, a body's {@code replaces}) is an error located at the
 * {@code remove} line, naming where the reference was written.
 */
final class BodyRemovals {
  /** Removed id to the position of its {@code remove: true}. */
  private final Map<String, Node.Pos> removed = new LinkedHashMap<>();

  /** Records that the entry with this id was removed at {@code at}. */
  void add(String id, Node.Pos at) {
    removed.put(id, at);
  }

  /** Forgets removals of ids that a later file of the chain added again. */
  void keepAbsent(Set<String> bodies) {
    removed.keySet().removeIf(bodies::contains);
  }

  /** Whether an extending file removed this body. */
  boolean removed(String id) {
    return removed.containsKey(id);
  }

  /**
   * The document with every state's affinity to a removed body dropped (the states' own
   * affinities, after {@code stateDefaults} was laid under them).
   */
  Node dropReferences(Node doc) {
    if (removed.isEmpty() || !(doc instanceof Node.MapNode root)
        || !(root.get("states") instanceof Node.ListNode states)) {
      return doc;
    }
    List<Node> items = new ArrayList<>();
    for (Node s : states.items()) {
      if (s instanceof Node.MapNode state && state.get("affinity") instanceof Node.MapNode aff) {
        Node.MapNode kept = aff;
        for (String id : removed.keySet()) {
          if (kept.get(id) != null) {
            kept = kept.without(id);
          }
        }
        items.add(kept == aff ? s : state.with("affinity", kept));
      } else {
        items.add(s);
      }
    }
    return root.with("states", new Node.ListNode(items, states.pos()));
  }

  /**
   * Reports a reference to a removed body at the line that removed it, naming the reference's
   * location and key path.
   */
  void report(List<ScenarioError> errors, String id, Node reference, String keyPath) {
    Node.Pos r = removed.get(id);
    Node.Pos p = reference.pos();
    String where = p.file() + (p.line() > 0 ? ":" + p.line() + ":" + p.column() : "");
    errors.add(new ScenarioError(r.file(), r.line(), r.column(), keyPath, "body `" + id
        + "` is removed here, but " + keyPath + " (" + where + ") still refers to it; remove or "
        + "change that reference too"));
  }
}
