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
 * A binder of one section of a scenario document: a {@link NodeReader} that also sees the ids the
 * document defines ({@link ScenarioIds}), so references can be checked, and reads keyed lists.
 */
abstract class SectionBinder extends NodeReader {
  static final Map<String, BodySpec.DecisionRule> RULE = Map.of(
      "consensus", BodySpec.DecisionRule.CONSENSUS, "majority", BodySpec.DecisionRule.MAJORITY,
      "hegemonic", BodySpec.DecisionRule.HEGEMONIC);

  /** The ids of the document, the run's months and the removed bodies. */
  final ScenarioIds ids;
  final Set<String> stateIds;
  final Set<String> bodyIds;
  final Set<String> globalBodyIds;
  final Set<String> foundingIds;
  final Set<String> practiceIds;
  final Set<String> crisisTypeIds;
  final Set<String> rungIds;
  /** Bodies an extending file removed: references to them are reported where they were removed. */
  final BodyRemovals removals;

  /** A binder that adds its errors to {@code errors} and checks references against {@code ids}. */
  SectionBinder(List<ScenarioError> errors, ScenarioIds ids) {
    super(errors);
    this.ids = ids;
    this.stateIds = ids.stateIds;
    this.bodyIds = ids.bodyIds;
    this.globalBodyIds = ids.globalBodyIds;
    this.foundingIds = ids.foundingIds;
    this.practiceIds = ids.practiceIds;
    this.crisisTypeIds = ids.crisisTypeIds;
    this.rungIds = ids.rungIds;
    this.removals = ids.removals;
  }

  <T> List<T> list(Fields f, String key, boolean nonEmpty,
      java.util.function.BiFunction<Node, String, T> binder) {
    Node n = f.raw(key);
    List<T> out = new ArrayList<>();
    if (n instanceof Node.ListNode l) {
      for (int i = 0; i < l.items().size(); i++) {
        out.add(binder.apply(l.items().get(i), f.at(key) + "[" + i + "]"));
      }
      if (nonEmpty && l.items().isEmpty()) {
        error(n, f.at(key), "expected at least one entry, found an empty list");
      }
    } else if (isAbsent(n)) {
      if (nonEmpty) {
        missing(f, key);
      }
    } else {
      expected(n, f.at(key), "a list");
    }
    if (key.equals("states") || key.equals("bodies") || key.equals("patterns")
        || key.equals("outcomes")) {
      unique(f, key, key.substring(0, key.length() - 1));
    }
    return out;
  }

  /** Reports duplicate ids in a keyed list. */
  void unique(Fields f, String key, String what) {
    if (f.map != null && f.map.get(key) instanceof Node.ListNode l) {
      Set<String> seen = new LinkedHashSet<>();
      for (int i = 0; i < l.items().size(); i++) {
        String id = DocumentMerge.idOf(l.items().get(i));
        if (id != null && !seen.add(id)) {
          Node at = ((Node.MapNode) l.items().get(i)).get("id");
          error(at, f.at(key) + "[" + i + "].id", "duplicate " + what + " id `" + id + "`");
        } else if (id != null && key.equals("bodies") && foundingIds.contains(id)) {
          Node at = ((Node.MapNode) l.items().get(i)).get("id");
          error(at, f.at(key) + "[" + i + "].id", "body id `" + id
              + "` is also in founding.ids; choose another id");
        }
      }
    }
  }

  /**
   * A record of values this binder has read: when one was out of range the binder has reported it
   * with its position, and the record's own check, which fails too, yields no record (the
   * scenario is not built). A record that fails while no error was reported is a defect.
   */
  <T> T built(java.util.function.Supplier<T> record) {
    try {
      return record.get();
    } catch (IllegalArgumentException e) {
      if (errors.isEmpty()) {
        throw e;
      }
      return null;
    }
  }
}
