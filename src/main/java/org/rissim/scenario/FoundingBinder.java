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

/** Binds the {@code founding:} section: endogenous founding and its body templates. */
final class FoundingBinder extends SectionBinder {
  FoundingBinder(List<ScenarioError> errors, ScenarioIds ids) {
    super(errors, ids);
  }

  FoundingSpec founding(Node n, String path) {
    Fields f = fields(n, path);
    List<String> ids = strings(f, "ids");
    if (f.raw("ids") instanceof Node.ListNode l) {
      Set<String> seen = new LinkedHashSet<>();
      for (int i = 0; i < l.items().size(); i++) {
        Node item = l.items().get(i);
        if (item instanceof Node.Scalar s && !s.isNull()) {
          if (bodyIds.contains(s.text())) {
            error(item, f.at("ids") + "[" + i + "]", "founding id `" + s.text()
                + "` clashes with the id of an existing body; choose another id");
          } else if (!seen.add(s.text())) {
            error(item, f.at("ids") + "[" + i + "]", "duplicate founding id `" + s.text() + "`");
          }
        }
      }
    }
    double threshold = number(f, "threshold", POSITIVE);
    double decay = number(f, "decay", UNIT);
    double hazard = number(f, "hazard", UNIT);
    double cost = number(f, "cost", NON_NEGATIVE);
    int minMembers = integer(f, "minMembers", 2, Integer.MAX_VALUE);
    double acceptThreshold = number(f, "acceptThreshold", ANY);
    Fields a = fields(f.raw("accept"), f.at("accept"));
    FoundingSpec.AcceptWeights accept = built(() -> new FoundingSpec.AcceptWeights(
        number(a, "regimeInsecurity", ANY), number(a, "affinity", ANY),
        number(a, "alignment", ANY), number(a, "inculcation", ANY),
        number(a, "cost", NON_NEGATIVE)));
    a.done();
    double cascade = number(f, "cascade", ANY);
    Map<String, Double> charter = numberMap(f, "charter", UNIT, practiceIds, "practice");
    BodySpec.DecisionRule rule = choice(f, "decisionRule", RULE, BodySpec.DecisionRule.HEGEMONIC);
    double capability = number(f, "capability", UNIT);
    double affinityBonus = number(f, "affinityBonus", ANY);
    Fields lw = fields(f.raw("legitimacy"), f.at("legitimacy"));
    FoundingSpec.LegitimacyWeights legitimacy = built(() -> new FoundingSpec.LegitimacyWeights(
        number(lw, "charter", NON_NEGATIVE), number(lw, "breadth", NON_NEGATIVE)));
    lw.done();
    Map<String, FoundingSpec.Template> templates = new LinkedHashMap<>();
    Node tn = f.raw("bodies");
    if (tn instanceof Node.MapNode tm) {
      for (Map.Entry<String, Node.Entry> e : tm.entries().entrySet()) {
        String id = e.getKey();
        String at = f.at("bodies") + "." + id;
        if (!ids.contains(id)) {
          Node.Pos k = e.getValue().keyPos();
          errors.add(new ScenarioError(k.file(), k.line(), k.column(), at, "`" + id
              + "` is not in founding.ids" + known(id, new LinkedHashSet<>(ids))));
        }
        FoundingSpec.Template template = template(e.getValue().value(), at, id, charter, rule,
            capability, minMembers);
        if (template != null) { // null: a number out of range, reported
          templates.put(id, template);
        }
      }
    } else if (!isAbsent(tn)) {
      expected(tn, f.at("bodies"), "a mapping of founding ids to body templates");
    }
    f.done();
    return built(() -> new FoundingSpec(ids, threshold, decay, hazard, cost, minMembers,
        acceptThreshold, accept, cascade, charter, rule, capability, affinityBonus, legitimacy,
        templates));
  }

  private static final Map<String, FoundingSpec.Relation> RELATION = Map.of(
      "coexist", FoundingSpec.Relation.COEXIST, "absorb", FoundingSpec.Relation.ABSORB,
      "replace", FoundingSpec.Relation.REPLACE);

  /** One entry of {@code founding.bodies}: keys it leaves out take the shared template's. */
  private FoundingSpec.Template template(Node n, String path, String id,
      Map<String, Double> charter, BodySpec.DecisionRule rule, double capability,
      int minMembers) {
    Fields t = fields(n, path);
    Map<String, Double> ownCharter = isAbsent(t.raw("charter")) ? charter
        : numberMap(t, "charter", UNIT, practiceIds, "practice");
    BodySpec.DecisionRule ownRule = isAbsent(t.raw("decisionRule")) ? rule
        : choice(t, "decisionRule", RULE, rule);
    double ownCapability = isAbsent(t.raw("capability")) ? capability
        : number(t, "capability", UNIT);
    int ownMin = isAbsent(t.raw("minMembers")) ? minMembers
        : integer(t, "minMembers", 2, Integer.MAX_VALUE);
    List<String> invite = List.of();
    Node in = t.raw("invite");
    if (in instanceof Node.Scalar s && "all".equals(s.text())) {
      invite = new ArrayList<>(stateIds);
    } else if (in instanceof Node.ListNode) {
      invite = references(t, "invite", stateIds, "state");
    } else if (!isAbsent(in) && !(in instanceof Node.Scalar s && "region".equals(s.text()))) {
      expected(in, t.at("invite"), "`region`, `all` or a list of state ids");
    }
    FoundingSpec.Relation relation = isAbsent(t.raw("relation")) ? FoundingSpec.Relation.COEXIST
        : choice(t, "relation", RELATION, FoundingSpec.Relation.COEXIST);
    t.done();
    List<String> invited = invite;
    return built(() -> new FoundingSpec.Template(id, ownCharter, ownRule, ownCapability, ownMin,
        invited, relation));
  }
}
