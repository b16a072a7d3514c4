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

/** Binds the {@code institution:} section: principle, features, practices and vocabulary. */
final class InstitutionBinder extends SectionBinder {
  InstitutionBinder(List<ScenarioError> errors, ScenarioIds ids) {
    super(errors, ids);
  }

  InstitutionSpec institution(Node n, String path) {
    Fields f = fields(n, path);
    String id = text(f, "id", null);
    String principle = text(f, "principle", null);
    double acceptance = number(f, "principleAcceptance", UNIT);
    List<FeatureSpec> features = list(f, "features", false, this::feature);
    unique(f, "features", "feature");
    List<PracticeSpec> practices = list(f, "practices", true, (p, at) -> {
      Fields pf = fields(p, at);
      String pid = text(pf, "id", null);
      String label = text(pf, "label", pid);
      double global = number(pf, "global", UNIT);
      Optional<Expression> score = optExpression(pf, "score");
      pf.done();
      return new PracticeSpec(pid, label, global, score);
    });
    unique(f, "practices", "practice");
    Optional<Expression> departure = optExpression(f, "departure");
    Optional<Expression> imposed = optExpression(f, "imposed");
    Optional<Expression> calming = optExpression(f, "calming");
    Optional<Expression> escalation = optExpression(f, "escalation");
    InstitutionSpec.Vocabulary vocabulary = InstitutionSpec.Vocabulary.DEFAULT;
    if (!isAbsent(f.raw("vocabulary"))) {
      vocabulary = vocabulary(f.raw("vocabulary"), f.at("vocabulary"), features);
    }
    double restraint = isAbsent(f.raw("restraint")) ? 0 : number(f, "restraint", UNIT);
    f.done();
    InstitutionSpec spec = new InstitutionSpec(id, principle, acceptance, features, practices,
        departure, imposed, calming, escalation, vocabulary, restraint);
    if (errors.isEmpty() && n != null) {
      Set<String> ids = new LinkedHashSet<>(stateIds);
      ids.addAll(bodyIds);
      ids.addAll(foundingIds);
      for (InstitutionCheck.Problem pr : InstitutionCheck.check(spec, path, crisisTypeIds, ids,
          n.pos())) {
        Node.Pos at = pr.pos() == null ? n.pos() : pr.pos();
        errors.add(new ScenarioError(at.file(), at.line(), at.column(), pr.path(), pr.message()));
      }
    }
    return spec;
  }

  /** Event types the model emits besides an institution's opportunity and act events. */
  private static final Set<String> OTHER_EVENT_TYPES = RunOutputs.otherEventTypes();
  /** Field names of the events that carry an opportunity or act field (docs/OUTPUTS.md). */
  private static final Set<String> EVENT_FIELDS = Set.of("month", "tick", "type", "label",
      "host", "opponent", "scripted", "intensity", "requested", "actor", "body", "strategy",
      "contributors", "multilaterality", "legitimacyGlobal", "legitimacyRegional", "outcome",
      "durationMonths", "reason", "yes", "no", "objectors", "reasons", "from", "by", "weight",
      "rung", "proposer", "share", "vetoedBy", "passed", "endorser", "against");
  /** Column prefixes of timeseries.csv other than the opportunity and act counts. */
  private static final Set<String> OTHER_COLUMN_PREFIXES = Set.of("month", "classification",
      "r", "g", "drift", "unweighted", "withoutHegemon", "group", "principle", "body", "votes");
  private static final Pattern NAME = Pattern.compile("[a-z][A-Za-z0-9]*");

  /**
   * An institution's {@code vocabulary}: labels {@code opportunity, opportunities, act, acts}
   * and machine {@code names} (docs/SCENARIOS.md), each name checked against the event types,
   * fields and columns it must not collide with.
   */
  private InstitutionSpec.Vocabulary vocabulary(Node n, String at, List<FeatureSpec> features) {
    Fields v = fields(n, at);
    Map<String, String> labels = new LinkedHashMap<>();
    for (String key : List.of("opportunity", "opportunities", "act", "acts")) {
      optText(v, key).ifPresent(t -> labels.put(key, t));
    }
    InstitutionSpec.Names names = InstitutionSpec.Names.DEFAULT;
    Node nn = v.raw("names");
    if (!isAbsent(nn)) {
      Fields nf = fields(nn, v.at("names"));
      Map<String, String> given = new LinkedHashMap<>();
      for (String key : List.of("opportunity", "opportunities", "act", "acts", "opportunityId",
          "actId")) {
        name(nf, key).ifPresent(t -> given.put(key, t));
      }
      names = InstitutionSpec.Names.of(given);
      String opportunity = names.opportunity();
      String act = names.act();
      String opportunities = names.opportunities();
      String acts = names.acts();
      String opportunityId = names.opportunityId();
      String actId = names.actId();
      Set<String> featureIds = new LinkedHashSet<>();
      features.forEach(x -> featureIds.add(x.id()));
      if (opportunity.equals(act)) {
        nameError(nf, nn, "act", "expected the act's name to differ from the opportunity's, "
            + "found `" + act + "` for both");
      }
      for (String key : List.of("opportunity", "act")) {
        String name = key.equals("act") ? act : opportunity;
        String type = key.equals("act") ? names.actEnd() : name;
        if (OTHER_EVENT_TYPES.contains(name) || OTHER_EVENT_TYPES.contains(type)) {
          nameError(nf, nn, key, "expected a name that is not another event type, found `"
              + name + "`");
        } else if (EVENT_FIELDS.contains(name) || featureIds.contains(name)) {
          nameError(nf, nn, key, "expected a name that is not another field of its events "
              + "(or a feature id), found `" + name + "`");
        }
      }
      if (featureIds.contains(names.opportunityType())) {
        nameError(nf, nn, "opportunity", "expected a name whose type field `"
            + names.opportunityType() + "` is not a feature id, found `" + opportunity + "`");
      }
      if (opportunities.equals(acts)) {
        nameError(nf, nn, "acts", "expected the acts' column prefix to differ from the "
            + "opportunities', found `" + acts + "` for both");
      }
      for (String key : List.of("opportunities", "acts")) {
        String prefix = key.equals("acts") ? acts : opportunities;
        if (OTHER_COLUMN_PREFIXES.contains(prefix)) {
          nameError(nf, nn, key, "expected a column prefix that is not another column's ("
              + String.join(", ", new java.util.TreeSet<>(OTHER_COLUMN_PREFIXES))
              + "), found `" + prefix + "`");
        }
      }
      if (opportunityId.equals(actId)) {
        nameError(nf, nn, "actId", "expected the acts' id prefix to differ from the "
            + "opportunities', found `" + actId + "` for both");
      }
      nf.done();
    }
    v.done();
    return InstitutionSpec.Vocabulary.of(labels, names);
  }

  /** An error at a key of {@code vocabulary.names}, or at the mapping when the key is absent. */
  private void nameError(Fields nf, Node names, String key, String message) {
    Node at = nf.map.get(key);
    error(isAbsent(at) ? names : at, nf.at(key), message);
  }

  /** A machine name of the vocabulary, if given: a lower-case letter, then letters, digits. */
  private Optional<String> name(Fields f, String key) {
    Optional<String> t = optText(f, key);
    if (t.isPresent() && !t.get().isEmpty() && !NAME.matcher(t.get()).matches()) {
      error(f.raw(key), f.at(key), "expected a name of a lower-case letter followed by letters "
          + "and digits, found `" + t.get() + "`");
      return Optional.empty();
    }
    return t.filter(x -> !x.isEmpty());
  }


  /** An act feature: a level set ({@code levels}) or a number ({@code range}), and its value. */
  private FeatureSpec feature(Node n, String at) {
    Fields ff = fields(n, at);
    String fid = text(ff, "id", null);
    String label = text(ff, "label", fid);
    List<String> levels = strings(ff, "levels");
    double lo = 0;
    double hi = 1;
    Node range = ff.raw("range");
    if (!isAbsent(range)) {
      if (!levels.isEmpty()) {
        error(range, ff.at("range"), "a feature has `levels` or a `range`, not both");
      } else if (range instanceof Node.ListNode l && l.items().size() == 2
          && l.items().get(0) instanceof Node.Scalar a && a.kind() == Node.Kind.NUMBER
          && l.items().get(1) instanceof Node.Scalar b && b.kind() == Node.Kind.NUMBER
          && Double.isFinite(a.number()) && Double.isFinite(b.number())
          && a.number() <= b.number()) {
        lo = a.number();
        hi = b.number();
      } else {
        expected(range, ff.at("range"), "[min, max], two finite numbers with min <= max");
      }
    }
    Optional<Expression> value = optExpression(ff, "value");
    if (value.isEmpty() && ff.map != null && isAbsent(ff.raw("value"))) {
      missing(ff, "value");
    }
    ff.done();
    return new FeatureSpec(fid, label, levels, lo, hi,
        value.orElse(Expression.compile("0", n.pos())));
  }
}
