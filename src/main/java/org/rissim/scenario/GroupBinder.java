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

/** Binds the optional {@code groups:} section: named lists of states. */
final class GroupBinder extends SectionBinder {
  GroupBinder(List<ScenarioError> errors, ScenarioIds ids) {
    super(errors, ids);
  }

  static final Pattern GROUP_NAME = Pattern.compile("[A-Za-z0-9_-]+");

  /**
   * The optional {@code groups:} mapping: a name (letters, digits, {@code _} or {@code -}) to a
   * non-empty list of distinct state ids, whose mean belief the recorder writes.
   */
  Map<String, List<String>> groups(Node n, String path) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    if (isAbsent(n)) {
      return out;
    }
    if (!(n instanceof Node.MapNode m)) {
      expected(n, path, "a mapping of group names to lists of state ids");
      return out;
    }
    Fields f = fields(n, path);
    for (Map.Entry<String, Node.Entry> e : m.entries().entrySet()) {
      String name = e.getKey();
      if (!GROUP_NAME.matcher(name).matches()) {
        Node.Pos k = e.getValue().keyPos();
        errors.add(new ScenarioError(k.file(), k.line(), k.column(), f.at(name),
            "expected a group name of letters, digits, `_` or `-`, found `" + name + "`"));
      }
      Node value = e.getValue().value();
      List<String> ids = references(f, name, stateIds, "state");
      if (value instanceof Node.ListNode l) {
        if (l.items().isEmpty()) {
          error(value, f.at(name), "expected at least one state id, found an empty list");
        }
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < l.items().size(); i++) {
          if (l.items().get(i) instanceof Node.Scalar s && !s.isNull() && !seen.add(s.text())) {
            error(l.items().get(i), f.at(name) + "[" + i + "]", "state `" + s.text()
                + "` is listed twice in group `" + name + "`");
          }
        }
      }
      out.put(name, ids);
    }
    f.done();
    return out;
  }
}
