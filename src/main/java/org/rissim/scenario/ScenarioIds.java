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
 * The id index of a scenario document: the ids that references may name (states, bodies, global
 * bodies, founding ids, practices, crisis types, recognition rungs), gathered before anything is
 * bound, and what binding learns on the way (the run's months, its event types).
 */
final class ScenarioIds {
  final Set<String> stateIds = new LinkedHashSet<>();
  final Set<String> bodyIds = new LinkedHashSet<>();
  final Set<String> globalBodyIds = new LinkedHashSet<>();
  final Set<String> foundingIds = new LinkedHashSet<>();
  final Set<String> practiceIds = new LinkedHashSet<>();
  final Set<String> crisisTypeIds = new LinkedHashSet<>();
  final Set<String> rungIds = new LinkedHashSet<>();
  /** The run's first and last month, once read (null when missing or bad). */
  YearMonth runStart;
  YearMonth runEnd;
  /** The event types of the scenario's runs (its vocabulary's and the others), once known. */
  Set<String> eventTypes;
  /** Bodies an extending file removed: references to them are reported where they were removed. */
  final BodyRemovals removals;

  /** An index of a document from which {@code removals} were removed by an extending file. */
  ScenarioIds(BodyRemovals removals) {
    this.removals = removals;
  }

  /** Gathers the ids that references may name, before anything is bound. */
  void collect(Node.MapNode root, NodeReader reader) {
    if (root == null) {
      return;
    }
    if (root.get("states") instanceof Node.ListNode l) {
      stateIds.addAll(DocumentMerge.ids(l.items()));
    }
    collectSyntheticIds(root.get("synthetic"), reader);
    if (root.get("bodies") instanceof Node.ListNode l) {
      for (Node b : l.items()) {
        String id = DocumentMerge.idOf(b);
        if (id != null) {
          bodyIds.add(id);
          if (((Node.MapNode) b).get("level") instanceof Node.Scalar s && "global".equals(s.text())) {
            globalBodyIds.add(id);
          }
        }
      }
    }
    if (root.get("founding") instanceof Node.MapNode f && f.get("ids") instanceof Node.ListNode l) {
      l.items().stream().filter(n -> n instanceof Node.Scalar s && !s.isNull())
          .forEach(n -> foundingIds.add(((Node.Scalar) n).text()));
    }
    if (root.get("institution") instanceof Node.MapNode i
        && i.get("practices") instanceof Node.ListNode l) {
      practiceIds.addAll(DocumentMerge.ids(l.items()));
    }
    if (root.get("crises") instanceof Node.MapNode c && c.get("types") instanceof Node.MapNode t) {
      crisisTypeIds.addAll(t.entries().keySet());
    }
    if (root.get("recognition") instanceof Node.MapNode r
        && r.get("rungs") instanceof Node.ListNode l) {
      rungIds.addAll(DocumentMerge.ids(l.items()));
    }
  }

  /** Adds the ids a {@code synthetic:} section will generate, checking they are not listed too. */
  private void collectSyntheticIds(Node section, NodeReader reader) {
    if (!(section instanceof Node.MapNode m)) {
      return;
    }
    int states = wholeOrZero(m.get("states"));
    int hegemons = m.get("hegemons") == null ? 1 : wholeOrZero(m.get("hegemons"));
    int bodies = m.get("bodies") instanceof Node.MapNode b
        ? (b.get("count") == null ? hegemons : wholeOrZero(b.get("count"))) : hegemons;
    for (String id : SyntheticRegion.stateIds(states, Math.min(states, hegemons))) {
      if (!stateIds.add(id)) {
        reader.error(section, "synthetic", "generated state id `" + id
            + "` is also listed in states");
      }
    }
    for (int b = 0; b < bodies; b++) {
      String id = SyntheticSpec.bodyId(b);
      if (!bodyIds.add(id)) {
        reader.error(section, "synthetic", "generated body id `" + id
            + "` is also listed in bodies");
      }
    }
  }

  private static int wholeOrZero(Node n) {
    return n instanceof Node.Scalar s && s.kind() == Node.Kind.NUMBER && s.number() >= 0
        && s.number() == Math.rint(s.number()) && s.number() <= 10_000_000 ? (int) s.number() : 0;
  }
}
