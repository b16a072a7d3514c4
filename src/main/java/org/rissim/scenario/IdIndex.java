package org.rissim.scenario;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Strict identities: within one scenario document every id of a keyed list (states, bodies,
 * patterns, scripted crises, recognition rungs, practices) is unique, checked before documents
 * are merged (where a repeated id would silently merge two entries into one); and every body has
 * members, its leader among them.
 */
final class IdIndex {
  private IdIndex() {}

  /** Reports each repeated id of a keyed list in {@code doc}, naming both locations. */
  static void checkDuplicates(Node doc, List<ScenarioError> errors) {
    if (!(doc instanceof Node.MapNode root)) {
      return;
    }
    for (String path : DocumentMerge.KEYED_LISTS) {
      Node n = root;
      for (String key : path.split("\\.")) {
        n = n instanceof Node.MapNode m ? m.get(key) : null;
      }
      if (!(n instanceof Node.ListNode list)) {
        continue;
      }
      Map<String, Node> first = new HashMap<>();
      for (int i = 0; i < list.items().size(); i++) {
        Node item = list.items().get(i);
        String id = DocumentMerge.idOf(item);
        if (id == null || ((Node.MapNode) item).get("remove") != null) {
          continue;
        }
        Node idNode = ((Node.MapNode) item).get("id");
        Node earlier = first.putIfAbsent(id, idNode);
        if (earlier != null) {
          Node.Pos p = idNode.pos();
          errors.add(new ScenarioError(p.file(), p.line(), p.column(), path + "[" + i + "].id",
              "duplicate " + what(path) + " id `" + id + "`, first defined at " + where(earlier)
                  + "; give each entry its own id"));
        }
      }
    }
  }

  /** Reports bodies without members and leaders that are not members of their body. */
  static void checkMembership(Node doc, List<ScenarioError> errors) {
    if (!(doc instanceof Node.MapNode root) || !(root.get("bodies") instanceof Node.ListNode l)) {
      return;
    }
    for (int i = 0; i < l.items().size(); i++) {
      if (!(l.items().get(i) instanceof Node.MapNode body)) {
        continue;
      }
      String id = DocumentMerge.idOf(body);
      Node members = body.get("members");
      String at = "bodies[" + i + "]";
      if (members instanceof Node.ListNode ml && ml.items().isEmpty()) {
        Node.Pos p = ml.pos();
        errors.add(new ScenarioError(p.file(), p.line(), p.column(), at + ".members",
            "expected at least one member, found an empty list (body `" + id + "`)"));
        continue;
      }
      if (body.get("leader") instanceof Node.Scalar leader && !leader.isNull()
          && members instanceof Node.ListNode ml) {
        boolean member = ml.items().stream().anyMatch(m -> (m instanceof Node.Scalar s
            && leader.text().equals(s.text())) || (m instanceof Node.MapNode mm
            && leader.text().equals(DocumentMerge.idOf(mm))));
        if (!member) {
          Node.Pos p = leader.pos();
          errors.add(new ScenarioError(p.file(), p.line(), p.column(), at + ".leader",
              "leader `" + leader.text() + "` is not a member of body `" + id + "`; add it to "
                  + "members (" + where(ml) + ") or choose a member as leader"));
        }
      }
    }
  }

  private static String what(String path) {
    String last = path.substring(path.lastIndexOf('.') + 1);
    return switch (last) {
      case "scripted" -> "scripted crisis";
      case "states", "bodies", "patterns", "rungs", "practices" ->
          last.equals("bodies") ? "body" : last.substring(0, last.length() - 1);
      default -> last;
    };
  }

  private static String where(Node n) {
    Node.Pos p = n.pos();
    return p.file() + (p.line() > 0 ? ":" + p.line() + (p.column() > 0 ? ":" + p.column() : "")
        : "");
  }
}
