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
 * Binds the {@code bodies:} list: each scripted body, its dated members, and the dissolutions and
 * replacements between bodies.
 */
final class BodyBinder extends SectionBinder {
  BodyBinder(List<ScenarioError> errors, ScenarioIds ids) {
    super(errors, ids);
  }

  static final Map<String, BodySpec.Level> LEVEL = Map.of(
      "global", BodySpec.Level.GLOBAL, "regional", BodySpec.Level.REGIONAL);

  BodySpec body(Node n, String path) {
    Fields f = fields(n, path);
    String id = text(f, "id", null);
    String name = text(f, "name", id);
    BodySpec.Level level = choice(f, "level", LEVEL, BodySpec.Level.REGIONAL);
    YearMonth founded = month(f, "founded");
    List<String> members;
    Map<String, YearMonth> joined = new LinkedHashMap<>();
    Map<String, YearMonth> left = new LinkedHashMap<>();
    Node memberNode = f.raw("members");
    Optional<YearMonth> dissolved = optMonth(f, "dissolved");
    Optional<String> replaces = isAbsent(f.raw("replaces")) ? Optional.empty()
        : Optional.of(text(f, "replaces", ""));
    if (isAbsent(memberNode) && replaces.isEmpty() && f.map != null) {
      missing(f, "members");
    }
    if (memberNode instanceof Node.Scalar s && "all".equals(s.text())) {
      members = List.copyOf(stateIds);
    } else if (memberNode instanceof Node.ListNode l
        && l.items().stream().anyMatch(x -> x instanceof Node.MapNode)) {
      members = datedMembers(l, f.at("members"), joined, left);
    } else {
      members = references(f, "members", stateIds, "state");
    }
    Optional<String> leader = optReference(f, "leader", stateIds, "state");
    Map<String, Double> charter = numberMap(f, "charter", UNIT, practiceIds, "practice");
    BodySpec.DecisionRule rule = choice(f, "decisionRule", RULE, BodySpec.DecisionRule.CONSENSUS);
    double capability = number(f, "capability", UNIT);
    boolean canOperate = bool(f, "canOperate");
    boolean endorses = bool(f, "endorses");
    double lg = number(f, "legitimacyGlobal", UNIT);
    double lr = number(f, "legitimacyRegional", UNIT);
    List<String> recognition = references(f, "recognition", rungIds, "recognition rung");
    f.done();
    BodySpec body = built(() -> new BodySpec(id, name, level, founded, members, leader, charter,
        rule, capability, canOperate, endorses, lg, lr, recognition, joined, left, dissolved,
        replaces));
    // A body with a number out of range (reported above) still takes part in the checks of
    // dissolutions and replacements, which read only its ids, members and months.
    return body != null ? body : new BodySpec(id, name, level, founded, members, leader, Map.of(),
        rule, 0, canOperate, endorses, 0, 0, recognition, joined, left, dissolved, replaces);
  }

  /**
   * Members written as ids or as {@code {id, joined, left}}: a member that joins or leaves
   * during the run, in a month inside the run (a state that joined before the start is a plain
   * member).
   */
  private List<String> datedMembers(Node.ListNode l, String at, Map<String, YearMonth> joined,
      Map<String, YearMonth> left) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < l.items().size(); i++) {
      Node item = l.items().get(i);
      String itemAt = at + "[" + i + "]";
      if (item instanceof Node.Scalar s && !s.isNull()) {
        if (!stateIds.contains(s.text())) {
          error(item, itemAt, "unknown state `" + s.text() + "`" + known(s.text(), stateIds));
        }
        out.add(s.text());
        continue;
      }
      if (!(item instanceof Node.MapNode)) {
        expected(item, itemAt, "a state id or {id, joined, left}");
        continue;
      }
      Fields mf = fields(item, itemAt);
      String mid = reference(mf, "id", stateIds, "state");
      Optional<YearMonth> j = optMonth(mf, "joined");
      Optional<YearMonth> g = optMonth(mf, "left");
      for (var e : java.util.List.of(java.util.Map.entry("joined", j),
          java.util.Map.entry("left", g))) {
        YearMonth month = e.getValue().orElse(null);
        if (month != null && ids.runStart != null && ids.runEnd != null
            && (month.isBefore(ids.runStart) || month.isAfter(ids.runEnd))) {
          error(mf.raw(e.getKey()), mf.at(e.getKey()), "expected a month inside the run "
              + ids.runStart + " to " + ids.runEnd + ", found " + month
              + (e.getKey().equals("joined")
              ? " (a state that joined before the start is a plain member)" : ""));
        }
      }
      if (j.isPresent() && g.isPresent() && !g.get().isAfter(j.get())) {
        error(mf.raw("left"), mf.at("left"), "expected a month after joined " + j.get()
            + ", found " + g.get());
      }
      if (j.isEmpty() && g.isEmpty()) {
        error(item, itemAt, "a dated member needs `joined` or `left` (or write the id alone)");
      }
      mf.done();
      out.add(mid);
      j.ifPresent(m -> joined.put(mid, m));
      g.ifPresent(m -> left.put(mid, m));
    }
    return out;
  }

  /**
   * Dissolutions and replacements of scripted bodies ({@code dissolved}, {@code replaces}): a body
   * is dissolved inside the run, after its founding, at most once (by its own
   * {@code dissolved:} or by one body that replaces it), never the recognition body; a body that
   * replaces another is founded by script after the start and after the body it replaces; no dated
   * member joins a body in or after the month it is dissolved or leaves it after; and the leader
   * of a body that takes over the replaced body's members is one of them.
   */
  void successions(Node bodiesNode, List<BodySpec> bodies, String recognitionBody) {
    if (!(bodiesNode instanceof Node.ListNode l) || l.items().size() != bodies.size()) {
      return;
    }
    Map<String, Integer> index = new LinkedHashMap<>();
    for (int i = 0; i < bodies.size(); i++) {
      index.putIfAbsent(bodies.get(i).id(), i);
    }
    // the month each body is dissolved, and the node that says so
    Map<String, YearMonth> end = new LinkedHashMap<>();
    Map<String, Node> endNode = new LinkedHashMap<>();
    for (int i = 0; i < bodies.size(); i++) {
      BodySpec b = bodies.get(i);
      if (!(l.items().get(i) instanceof Node.MapNode item)) {
        continue;
      }
      String at = "bodies[" + i + "]";
      if (b.dissolved().isPresent() && b.founded() != null) {
        YearMonth d = b.dissolved().get();
        Node dn = item.get("dissolved");
        if (ids.runStart != null && ids.runEnd != null
            && (d.isBefore(ids.runStart) || d.isAfter(ids.runEnd))) {
          error(dn, at + ".dissolved", "expected a month inside the run " + ids.runStart + " to "
              + ids.runEnd + ", found " + d);
        } else if (!d.isAfter(b.founded())) {
          error(dn, at + ".dissolved", "expected a month after the body's founding "
              + b.founded() + ", found " + d);
        }
        if (b.id().equals(recognitionBody)) {
          error(dn, at + ".dissolved", "the recognition body `" + b.id()
              + "` (recognition.body) cannot be dissolved");
        }
        end.put(b.id(), d);
        endNode.put(b.id(), dn);
      }
      if (b.replaces().isEmpty()) {
        continue;
      }
      String old = b.replaces().get();
      Node rn = item.get("replaces");
      if (!index.containsKey(old)) {
        if (removals.removed(old)) {
          removals.report(errors, old, rn, at + ".replaces");
        } else {
          error(rn, at + ".replaces", "no body has id `" + old + "`" + known(old, bodyIds));
        }
        continue;
      }
      if (old.equals(b.id())) {
        error(rn, at + ".replaces", "body `" + old + "` cannot replace itself");
        continue;
      }
      if (b.founded() == null || ids.runStart == null) {
        continue; // a missing or bad month is reported already
      }
      if (!b.founded().isAfter(ids.runStart)) {
        error(rn, at + ".replaces", "a body that replaces another is founded by script: "
            + "expected `founded` after the start " + ids.runStart + ", found "
            + b.founded());
        continue;
      }
      BodySpec o = bodies.get(index.get(old));
      if (o.founded() != null && !o.founded().isBefore(b.founded())) {
        error(rn, at + ".replaces", "`" + old + "` is founded in " + o.founded()
            + ", not before this body's founding " + b.founded());
      }
      if (old.equals(recognitionBody)) {
        error(rn, at + ".replaces", "the recognition body `" + old
            + "` (recognition.body) cannot be replaced");
      }
      if (endNode.containsKey(old) || o.dissolved().isPresent()) {
        Node other = endNode.containsKey(old) ? endNode.get(old)
            : ((Node.MapNode) l.items().get(index.get(old))).get("dissolved");
        error(rn, at + ".replaces", "`" + old + "` is already dissolved at "
            + other.pos().file() + ":" + other.pos().line() + ":" + other.pos().column()
            + "; a body is dissolved once");
        continue;
      }
      end.put(old, b.founded());
      endNode.put(old, rn);
      if (b.absorbs() && b.leader().isPresent()
          && !o.memberIn(b.leader().get(), b.founded())) {
        Node ln = item.get("leader");
        error(ln == null ? item : ln, at + ".leader", "leader `" + b.leader().get()
            + "` is not a member of `" + old + "`, whose members this body takes over in "
            + b.founded() + " (it lists no members of its own); list its `members` or choose "
            + "a leader among them");
      }
    }
    // dated members do not join a dissolved body, nor leave it after its dissolution
    for (int i = 0; i < bodies.size(); i++) {
      BodySpec b = bodies.get(i);
      YearMonth d = end.get(b.id());
      if (d == null || !(l.items().get(i) instanceof Node.MapNode item)
          || !(item.get("members") instanceof Node.ListNode ml)) {
        continue;
      }
      for (int k = 0; k < ml.items().size(); k++) {
        if (!(ml.items().get(k) instanceof Node.MapNode m)) {
          continue;
        }
        String mat = "bodies[" + i + "].members[" + k + "]";
        String id = DocumentMerge.idOf(m);
        YearMonth j = id == null ? null : b.joined().get(id);
        YearMonth g = id == null ? null : b.left().get(id);
        Node.Pos dp = endNode.get(b.id()).pos();
        String by = " (the body is dissolved in " + d + ", " + dp.file() + ":" + dp.line() + ":"
            + dp.column() + ")";
        if (j != null && !j.isBefore(d)) {
          error(m.get("joined"), mat + ".joined", "expected a month before " + d + ", found "
              + j + by);
        }
        if (g != null && !g.isBefore(d)) {
          error(m.get("left"), mat + ".left", "expected a month before " + d + ", found "
              + g + by + "; the members it still has leave with the dissolution: drop `left`");
        }
      }
    }
  }
}
