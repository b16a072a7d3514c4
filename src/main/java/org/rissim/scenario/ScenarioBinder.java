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
 * Binds a merged, defaulted scenario document to the immutable records, checking every key,
 * type, range and reference on the way and collecting all problems before failing.
 */
final class ScenarioBinder {
  private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
  private static final Pattern GROUP_NAME = Pattern.compile("[A-Za-z0-9_-]+");
  private static final Map<String, Revisionism> REVISIONISM = Map.of(
      "statusQuo", Revisionism.STATUS_QUO, "orthodox", Revisionism.ORTHODOX,
      "reformist", Revisionism.REFORMIST, "revolutionary", Revisionism.REVOLUTIONARY);
  private static final Map<String, BodySpec.Level> LEVEL = Map.of(
      "global", BodySpec.Level.GLOBAL, "regional", BodySpec.Level.REGIONAL);
  private static final Map<String, BodySpec.DecisionRule> RULE = Map.of(
      "consensus", BodySpec.DecisionRule.CONSENSUS, "majority", BodySpec.DecisionRule.MAJORITY,
      "hegemonic", BodySpec.DecisionRule.HEGEMONIC);
  private static final List<String> STATS =
      List.of("value", "mean", "min", "max", "change", "absChange");

  private static final Range ANY = new Range(Double.NEGATIVE_INFINITY, false,
      Double.POSITIVE_INFINITY, false, "a number");
  private static final Range UNIT = new Range(0, false, 1, false, "a number in [0,1]");
  private static final Range OPEN_UNIT = new Range(0, true, 1, false, "a number in (0,1]");
  private static final Range SIGNED_UNIT = new Range(-1, false, 1, false, "a number in [-1,1]");
  private static final Range NON_NEGATIVE = new Range(0, false, Double.POSITIVE_INFINITY, false,
      "a number >= 0");
  private static final Range POSITIVE = new Range(0, true, Double.POSITIVE_INFINITY, false,
      "a number > 0");

  private final List<ScenarioError> errors = new ArrayList<>();
  /** The run's first and last month, once read (null when missing or bad). */
  private YearMonth runStart;
  /** The event types of the scenario's runs (its vocabulary's and the others), once known. */
  private Set<String> eventTypes;
  private YearMonth runEnd;
  private final Set<String> stateIds = new LinkedHashSet<>();
  private final Set<String> bodyIds = new LinkedHashSet<>();
  private final Set<String> globalBodyIds = new LinkedHashSet<>();
  private final Set<String> foundingIds = new LinkedHashSet<>();
  private final Set<String> practiceIds = new LinkedHashSet<>();
  private final Set<String> crisisTypeIds = new LinkedHashSet<>();
  private final Set<String> rungIds = new LinkedHashSet<>();

  /** Bodies an extending file removed: references to them are reported where they were removed. */
  private final BodyRemovals removals;

  /** A binder of a document in which no body was removed by an extending file. */
  ScenarioBinder() {
    this(new BodyRemovals());
  }

  /** A binder that reports references to removed bodies at their {@code remove} line. */
  ScenarioBinder(BodyRemovals removals) {
    this.removals = removals;
  }

  /** An allowed interval and how to say it. */
  private record Range(double lo, boolean loOpen, double hi, boolean hiOpen, String text) {
    boolean contains(double v) {
      return !Double.isNaN(v) && (loOpen ? v > lo : v >= lo) && (hiOpen ? v < hi : v <= hi);
    }
  }

  /** A mapping being read: remembers which keys were asked for, to report the others. */
  private final class Fields {
    private final Node.MapNode map;
    private final Node.Pos pos;
    private final String path;
    private final Set<String> asked = new LinkedHashSet<>();

    Fields(Node.MapNode map, Node.Pos pos, String path) {
      this.map = map;
      this.pos = pos;
      this.path = path;
    }

    Node raw(String key) {
      asked.add(key);
      return map == null ? null : map.get(key);
    }

    String at(String key) {
      return path.isEmpty() ? key : path + "." + key;
    }

    void done() {
      if (map == null) {
        return;
      }
      for (Map.Entry<String, Node.Entry> e : map.entries().entrySet()) {
        if (!asked.contains(e.getKey())) {
          Node.Pos k = e.getValue().keyPos();
          errors.add(new ScenarioError(k.file(), k.line(), k.column(), at(e.getKey()),
              "unknown key `" + e.getKey() + "` at " + (path.isEmpty() ? "the top level" : path)
              + NearestKey.suggestion(e.getKey(), asked)));
        }
      }
    }
  }

  /**
   * Binds a list of outcome definitions outside a scenario (an experiment file's
   * {@code outcomes:}), with the same checks and located errors.
   */
  static List<OutcomeSpec> outcomes(Node list, String key) throws ScenarioException {
    ScenarioBinder b = new ScenarioBinder();
    Node.MapNode holder = new Node.MapNode(Map.of(key, new Node.Entry(list.pos(), list)),
        list.pos());
    List<OutcomeSpec> out = b.list(b.fields(holder, ""), key, false, b::outcome);
    if (!b.errors.isEmpty()) {
      throw new ScenarioException(b.errors);
    }
    return out;
  }

  /** Binds the document, or throws every problem found. */
  Scenario bind(Node root) throws ScenarioException {
    Fields top = fields(root, "");
    collectIds(top.map);
    String name = text(top, "name", null);
    String description = text(top, "description", "");
    YearMonth start = month(top, "start");
    YearMonth end = month(top, "end");
    runStart = start;
    runEnd = end;
    if (start != null && end != null && !end.isAfter(start)) {
      error(top.raw("end"), "end", "expected an end month after start " + start + ", found " + end);
    }
    Optional<String> hegemon = optReference(top, "hegemon", stateIds, "state");
    InstitutionSpec institution = institution(top.raw("institution"), "institution");
    if (institution != null) {
      eventTypes = new LinkedHashSet<>(RunOutputs.events(institution).keySet());
    }
    ModelParameters parameters = parameters(top.raw("parameters"), "parameters");
    Optional<SyntheticSpec> synthetic = synthetic(top.raw("synthetic"), "synthetic");
    List<StateSpec> states = new ArrayList<>(list(top, "states", top.raw("synthetic") == null,
        this::state));
    List<BodySpec> bodies = new ArrayList<>(list(top, "bodies", false, this::body));
    FoundingSpec founding = founding(top.raw("founding"), "founding");
    RecognitionSpec recognition = recognition(top.raw("recognition"), "recognition");
    CrisisSpec crises = crises(top.raw("crises"), "crises", start, end);
    List<PatternSpec> patterns = list(top, "patterns", false, this::pattern);
    Map<String, List<String>> groups = groups(top.raw("groups"), "groups");
    List<String> removes = mechanisms(top, "removes");
    List<OutcomeSpec> outcomes = list(top, "outcomes", false, this::outcome);
    top.done();
    IdIndex.checkMembership(root, errors);
    successions(top.raw("bodies"), bodies, recognition.body());
    List<String> allBodies = new ArrayList<>(bodyIds);
    allBodies.addAll(foundingIds);
    OutputReferences outputs = new OutputReferences(errors, institution, stateIds, allBodies,
        groups.keySet(), crisisTypeIds, rungIds, hegemon.filter(h -> !h.isEmpty()).isPresent(),
        removals);
    outputs.check(top.raw("patterns"), "patterns");
    outputs.check(top.raw("outcomes"), "outcomes");
    if (errors.isEmpty() && synthetic.isPresent()) {
      SyntheticRegion.Expansion region = SyntheticRegion.expand(synthetic.get(), start);
      states.addAll(region.states());
      bodies.addAll(region.bodies());
    }
    if (errors.isEmpty()) {
      answerable(top.raw("crises"), states, bodies, crises);
    }
    if (!errors.isEmpty()) {
      errors.sort(java.util.Comparator.comparing(ScenarioError::file)
          .thenComparingInt(ScenarioError::line).thenComparingInt(ScenarioError::column));
      throw new ScenarioException(errors);
    }
    return new Scenario(name, description, start, end, hegemon, institution, parameters, states,
        bodies, founding, recognition, crises, patterns, groups, removes,
        outcomes);
  }

  /**
   * Dissolutions and replacements of scripted bodies ({@code dissolved}, {@code replaces}): a body
   * is dissolved inside the run, after its founding, at most once (by its own
   * {@code dissolved:} or by one body that replaces it), never the recognition body; a body that
   * replaces another is founded by script after the start and after the body it replaces; no dated
   * member joins a body in or after the month it is dissolved or leaves it after; and the leader
   * of a body that takes over the replaced body's members is one of them.
   */
  private void successions(Node bodiesNode, List<BodySpec> bodies, String recognitionBody) {
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
        if (runStart != null && runEnd != null && (d.isBefore(runStart) || d.isAfter(runEnd))) {
          error(dn, at + ".dissolved", "expected a month inside the run " + runStart + " to "
              + runEnd + ", found " + d);
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
      if (b.founded() == null || runStart == null) {
        continue; // a missing or bad month is reported already
      }
      if (!b.founded().isAfter(runStart)) {
        error(rn, at + ".replaces", "a body that replaces another is founded by script: "
            + "expected `founded` after the start " + runStart + ", found "
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

  /**
   * Every opportunity can be answered: a scripted crisis's host, and for a type with a positive
   * rate at least one regional host with a positive multiplier, must have a state other than
   * itself among the type's responders (otherwise no state ever decides at it and the crisis only
   * decays). Responders {@code sphere}: a state with the host in its sphere; {@code region}: another
   * regional state; {@code all}: another state; {@code members: BODY}: another listed member of
   * the body (a body that the scenario leaves to endogenous founding has no listed members and
   * is not checked). A type with {@code fieldedBy} can be answered by a body and is not checked.
   * A host multiplier named for a state that is not regional is reported too (random outbreaks
   * are drawn only in regional hosts).
   */
  private void answerable(Node crisesNode, List<StateSpec> states, List<BodySpec> bodies,
      CrisisSpec crises) {
    Set<String> answerableHosts = new LinkedHashSet<>();
    for (StateSpec st : states) {
      for (String h : st.sphere()) {
        if (!h.equals(st.id())) {
          answerableHosts.add(h);
        }
      }
    }
    if (!(crisesNode instanceof Node.MapNode cm)) {
      return;
    }
    Map<String, BodySpec> bodyById = new LinkedHashMap<>();
    bodies.forEach(b -> bodyById.put(b.id(), b));
    java.util.function.BiPredicate<CrisisSpec.CrisisType, String> canAnswer = (type, host) -> {
      if (!type.fieldedBy().isEmpty()) {
        return true;
      }
      return switch (type.responders().kind()) {
        case SPHERE -> answerableHosts.contains(host);
        case REGION -> states.stream().anyMatch(st -> st.regional() && !st.id().equals(host));
        case ALL -> states.stream().anyMatch(st -> !st.id().equals(host));
        case MEMBERS -> {
          BodySpec b = bodyById.get(type.responders().body());
          yield b == null || b.members().stream().anyMatch(id -> !id.equals(host));
        }
      };
    };
    if (cm.get("scripted") instanceof Node.ListNode l) {
      for (int i = 0; i < crises.scripted().size() && i < l.items().size(); i++) {
        CrisisSpec.ScriptedCrisis sc = crises.scripted().get(i);
        CrisisSpec.CrisisType type = crises.types().get(sc.type());
        String host = sc.host();
        if (type != null && !canAnswer.test(type, host)
            && l.items().get(i) instanceof Node.MapNode item) {
          Node at = item.get("host") == null ? item : item.get("host");
          error(at, "crises.scripted[" + i + "].host", "no state can answer this crisis: "
              + unanswerable(type, host));
        }
      }
    }
    if (cm.get("types") instanceof Node.MapNode tm) {
      for (Map.Entry<String, CrisisSpec.CrisisType> e : crises.types().entrySet()) {
        CrisisSpec.CrisisType type = e.getValue();
        if (!(tm.get(e.getKey()) instanceof Node.MapNode t)) {
          continue;
        }
        for (String h : type.hosts().keySet()) {
          boolean regional = states.stream().anyMatch(st -> st.id().equals(h) && st.regional());
          if (!regional && t.get("hosts") instanceof Node.MapNode hm && hm.get(h) != null) {
            error(hm.get(h), "crises.types." + e.getKey() + ".hosts." + h, "`" + h
                + "` is not a regional state; random outbreaks are drawn only in regional hosts");
          }
        }
        boolean any = states.stream().anyMatch(st -> st.regional()
            && type.hostMultiplier(st.id()) > 0 && canAnswer.test(type, st.id()));
        if (type.rate() > 0 && !any) {
          Node at = t.get("rate") == null ? t : t.get("rate");
          error(at, "crises.types." + e.getKey() + ".rate", "no state can answer crises of type `"
              + e.getKey() + "`: " + (type.responders().kind() == CrisisSpec.Responders.Kind.SPHERE
              ? "no regional state is in another state's sphere"
              : "no regional host has another state among its responders `"
              + responderText(type.responders()) + "`"));
        }
      }
    }
  }

  /** Why nobody can answer an opportunity of this type in this host. */
  private static String unanswerable(CrisisSpec.CrisisType type, String host) {
    if (type.responders().kind() == CrisisSpec.Responders.Kind.SPHERE) {
      return "`" + host + "` is in no other state's sphere (add it to a responder's `sphere`)";
    }
    return "its type's responders `" + responderText(type.responders())
        + "` hold no state other than `" + host + "`";
  }

  private static String responderText(CrisisSpec.Responders r) {
    return r.kind() == CrisisSpec.Responders.Kind.MEMBERS ? "{members: " + r.body() + "}"
        : r.kind().name().toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * The optional {@code groups:} mapping: a name (letters, digits, {@code _} or {@code -}) to a
   * non-empty list of distinct state ids, whose mean belief the recorder writes.
   */
  private Map<String, List<String>> groups(Node n, String path) {
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

  /** Gathers the ids that references may name, before anything is bound. */
  private void collectIds(Node.MapNode root) {
    if (root == null) {
      return;
    }
    if (root.get("states") instanceof Node.ListNode l) {
      stateIds.addAll(DocumentMerge.ids(l.items()));
    }
    collectSyntheticIds(root.get("synthetic"));
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

  private InstitutionSpec institution(Node n, String path) {
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

  /**
   * The {@code type} of an event test, checked against the event types of the scenario's runs
   * (the institution's vocabulary names its opportunity and act events) when they are known.
   */
  private String eventType(Fields f) {
    String type = text(f, "type", null);
    if (eventTypes != null && !type.isEmpty() && !eventTypes.contains(type)) {
      error(f.raw("type"), f.at("type"), "expected an event type of this scenario's runs ("
          + String.join(", ", eventTypes) + "; the institution's `vocabulary.names` name its "
          + "opportunities and acts), found `" + type + "`"
          + NearestKey.suggestion(type, eventTypes));
    }
    return type;
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

  /** An optional expression (JEXL text; a number or truth value is an expression too). */
  private Optional<Expression> optExpression(Fields f, String key) {
    Node n = f.raw(key);
    if (isAbsent(n)) {
      return Optional.empty();
    }
    if (n instanceof Node.Scalar s) {
      try {
        return Optional.of(Expression.compile(s.text(), s.pos()));
      } catch (IllegalArgumentException e) {
        error(n, f.at(key), e.getMessage());
        return Optional.empty();
      }
    }
    expected(n, f.at(key), "an expression");
    return Optional.empty();
  }

  private ModelParameters parameters(Node n, String path) {
    Fields f = fields(n, path);
    Fields b = fields(f.raw("belief"), f.at("belief"));
    ModelParameters.Belief belief = new ModelParameters.Belief(number(b, "eta", UNIT),
        number(b, "kappa", UNIT), number(b, "words", UNIT), number(b, "peers", NON_NEGATIVE),
        number(b, "confidence", OPEN_UNIT), number(b, "noise", NON_NEGATIVE),
        number(b, "ongoing", UNIT), bool(b, "synchronous"),
        integer(b, "attention", 1, Integer.MAX_VALUE), number(b, "salienceHalfLife", POSITIVE),
        number(b, "outsiderAttention", UNIT));
    b.done();
    Fields l = fields(f.raw("legitimacy"), f.at("legitimacy"));
    ModelParameters.Legitimacy legitimacy = new ModelParameters.Legitimacy(number(l, "base", ANY),
        number(l, "multilateral", ANY), number(l, "recognition", ANY),
        number(l, "membership", ANY), number(l, "affinity", ANY), number(l, "alignment", ANY),
        number(l, "conformity", ANY), number(l, "criticism", ANY), number(l, "host", ANY),
        number(l, "memory", UNIT), number(l, "alignmentRate", UNIT));
    l.done();
    Fields c = fields(f.raw("choice"), f.at("choice"));
    ModelParameters.Choice choice = new ModelParameters.Choice(number(c, "beta", NON_NEGATIVE),
        number(c, "abstain", NON_NEGATIVE), number(c, "forumBeta", NON_NEGATIVE),
        number(c, "operationCost", NON_NEGATIVE), number(c, "learning", UNIT),
        number(c, "welcome", ANY), number(c, "tolerance", UNIT),
        number(c, "contributionCost", ANY),
        number(c, "forumLegitimacy", NON_NEGATIVE), number(c, "forumCost", NON_NEGATIVE));
    c.done();
    Fields o = fields(f.raw("bodies"), f.at("bodies"));
    ModelParameters.Bodies bodies = new ModelParameters.Bodies(number(o, "socialisation", UNIT),
        number(o, "satisfactionMemory", UNIT), number(o, "distanceBelow", UNIT),
        number(o, "exitBelow", UNIT), number(o, "distanceCost", UNIT),
        number(o, "failureFrustration", NON_NEGATIVE), number(o, "praise", UNIT),
        number(o, "failureAffinity", UNIT), number(o, "objection", NON_NEGATIVE),
        number(o, "interest", NON_NEGATIVE), number(o, "burden", NON_NEGATIVE),
        number(o, "scope", NON_NEGATIVE), number(o, "navari", UNIT));
    o.done();
    Fields g = fields(f.raw("global"), f.at("global"));
    ModelParameters.Global global = new ModelParameters.Global(number(g, "standardRate", UNIT),
        number(g, "erosion", NON_NEGATIVE), number(g, "recovery", UNIT),
        number(g, "regionalPower", ANY), number(g, "regionalStatus", ANY));
    g.done();
    Fields k = fields(f.raw("classification"), f.at("classification"));
    ModelParameters.Classification classification = new ModelParameters.Classification(
        number(k, "changeIn", NON_NEGATIVE), number(k, "changeOf", UNIT));
    k.done();
    double counter = number(f, "counterContestation", NON_NEGATIVE);
    Fields d = fields(f.raw("deployments"), f.at("deployments"));
    ModelParameters.Deployments deployments = new ModelParameters.Deployments(
        integer(d, "mandateMonths", 0, Integer.MAX_VALUE), number(d, "takeover", UNIT),
        integer(d, "takeoverAfter", 0, Integer.MAX_VALUE));
    d.done();
    f.done();
    return new ModelParameters(belief, legitimacy, choice, bodies, global, classification,
        counter, deployments);
  }

  private StateSpec state(Node n, String path) {
    Fields f = fields(n, path);
    String id = text(f, "id", null);
    String name = text(f, "name", id);
    boolean regional = bool(f, "regional");
    NavigableMap<YearMonth, Double> powerSeries = new TreeMap<>();
    double power = f.raw("power") instanceof Node.MapNode pm
        ? series(pm, f.at("power"), powerSeries, POSITIVE, false) : number(f, "power", POSITIVE);
    NavigableMap<YearMonth, Double> statusSeries = new TreeMap<>();
    double status = f.raw("status") instanceof Node.MapNode sm
        ? series(sm, f.at("status"), statusSeries, UNIT, false) : number(f, "status", UNIT);
    NavigableMap<YearMonth, Double> votesValues = new TreeMap<>();
    int votes = f.raw("votes") instanceof Node.MapNode vm
        ? (int) series(vm, f.at("votes"), votesValues, NON_NEGATIVE, true)
        : integer(f, "votes", 0, Integer.MAX_VALUE);
    NavigableMap<YearMonth, Integer> votesSeries = new TreeMap<>();
    votesValues.forEach((k, v) -> votesSeries.put(k, (int) Math.round(v)));
    boolean veto = bool(f, "veto");
    Revisionism revisionism = choice(f, "revisionism", REVISIONISM, Revisionism.STATUS_QUO);
    double inculcation = number(f, "inculcation", UNIT);
    double insecurity = number(f, "regimeInsecurity", UNIT);
    Map<String, Double> intentions = numberMap(f, "intentions", UNIT, practiceIds, "practice");
    Map<String, Double> belief = numberMap(f, "belief", UNIT, practiceIds, "practice");
    Fields p = fields(f.raw("preferences"), f.at("preferences"));
    Preferences preferences = new Preferences(number(p, "goal", NON_NEGATIVE),
        number(p, "status", NON_NEGATIVE), number(p, "regimeSecurity", NON_NEGATIVE),
        number(p, "stability", NON_NEGATIVE), number(p, "conformity", NON_NEGATIVE));
    p.done();
    Set<String> affinityTargets = new LinkedHashSet<>(bodyIds);
    affinityTargets.addAll(foundingIds);
    Map<String, Double> affinity = numberMap(f, "affinity", SIGNED_UNIT, affinityTargets, "body");
    Map<String, Double> alignment = numberMap(f, "alignment", SIGNED_UNIT, stateIds, "state");
    Fields m = fields(f.raw("strategyMix"), f.at("strategyMix"));
    StrategyMix mix = new StrategyMix(number(m, "comply", NON_NEGATIVE),
        number(m, "behavioural", NON_NEGATIVE), number(m, "discursive", NON_NEGATIVE),
        number(m, "throughBody", NON_NEGATIVE), number(m, "newBody", NON_NEGATIVE),
        number(m, "recognition", NON_NEGATIVE), number(m, "counterContestation", NON_NEGATIVE),
        number(m, "distancing", NON_NEGATIVE));
    m.done();
    List<String> sphere = references(f, "sphere", stateIds, "state");
    StateSpec.LevelStance global = globalStance(f, intentions, revisionism);
    f.done();
    return new StateSpec(id, name, regional, power, status, votes, veto, revisionism, inculcation,
        insecurity, intentions, belief, preferences, affinity, alignment, mix, sphere, global,
        powerSeries, statusSeries, votesSeries);
  }

  /**
   * A dated series {@code {YYYY-MM: value, ...}} of numbers in {@code range} (whole numbers when
   * {@code whole}), months in increasing order, the first at or before the run's start; fills
   * {@code out} and returns the value at the start.
   */
  private double series(Node.MapNode m, String at, NavigableMap<YearMonth, Double> out,
      Range range, boolean whole) {
    YearMonth previous = null;
    for (Map.Entry<String, Node.Entry> e : m.entries().entrySet()) {
      Node.Pos k = e.getValue().keyPos();
      String key = e.getKey();
      YearMonth month = null;
      if (MONTH.matcher(key).matches()) {
        try {
          month = YearMonth.parse(key);
        } catch (DateTimeParseException ex) {
          month = null;
        }
      }
      if (month == null) {
        errors.add(new ScenarioError(k.file(), k.line(), k.column(), at + "." + key,
            "expected a month YYYY-MM as a key of the dated series, found `" + key + "`"));
        continue;
      }
      if (previous != null && !month.isAfter(previous)) {
        errors.add(new ScenarioError(k.file(), k.line(), k.column(), at + "." + key,
            "expected the months of a dated series in increasing order, found " + month
            + " after " + previous));
      }
      previous = month;
      Node value = e.getValue().value();
      double v = checkNumber(value, at + "." + key, range);
      if (whole && v != Math.rint(v)) {
        error(value, at + "." + key, "expected a whole number, found " + Node.describe(value));
      }
      out.put(month, v);
    }
    if (out.isEmpty()) {
      error(m, at, "expected a number or a dated series {YYYY-MM: value, ...}, found an empty "
          + "mapping");
      return 1;
    }
    if (runStart != null && out.firstKey().isAfter(runStart)) {
      Node.Pos k = m.pos();
      errors.add(new ScenarioError(k.file(), k.line(), k.column(), at, "a dated series must "
          + "give the value at the start: its first month is " + out.firstKey() + ", after the "
          + "start " + runStart));
      return out.firstEntry().getValue();
    }
    return runStart == null ? out.firstEntry().getValue() : out.floorEntry(runStart).getValue();
  }

  /**
   * The optional {@code global: {intentions, revisionism}} of a state: its stance at the global
   * body's forum. Each key defaults to the regional value; global intentions override the
   * regional ones practice by practice.
   */
  private StateSpec.LevelStance globalStance(Fields f, Map<String, Double> intentions,
      Revisionism revisionism) {
    Node n = f.raw("global");
    if (isAbsent(n)) {
      return new StateSpec.LevelStance(intentions, revisionism);
    }
    Fields g = fields(n, f.at("global"));
    Map<String, Double> merged = new LinkedHashMap<>(intentions);
    merged.putAll(numberMap(g, "intentions", UNIT, practiceIds, "practice"));
    Revisionism r = isAbsent(g.raw("revisionism")) ? revisionism
        : choice(g, "revisionism", REVISIONISM, revisionism);
    g.done();
    return new StateSpec.LevelStance(merged, r);
  }

  private BodySpec body(Node n, String path) {
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
    return new BodySpec(id, name, level, founded, members, leader, charter, rule, capability,
        canOperate, endorses, lg, lr, recognition, joined, left, dissolved, replaces);
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
        if (month != null && runStart != null && runEnd != null
            && (month.isBefore(runStart) || month.isAfter(runEnd))) {
          error(mf.raw(e.getKey()), mf.at(e.getKey()), "expected a month inside the run "
              + runStart + " to " + runEnd + ", found " + month + (e.getKey().equals("joined")
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

  private FoundingSpec founding(Node n, String path) {
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
    FoundingSpec.AcceptWeights accept = new FoundingSpec.AcceptWeights(
        number(a, "regimeInsecurity", ANY), number(a, "affinity", ANY),
        number(a, "alignment", ANY), number(a, "inculcation", ANY),
        number(a, "cost", NON_NEGATIVE));
    a.done();
    double cascade = number(f, "cascade", ANY);
    Map<String, Double> charter = numberMap(f, "charter", UNIT, practiceIds, "practice");
    BodySpec.DecisionRule rule = choice(f, "decisionRule", RULE, BodySpec.DecisionRule.HEGEMONIC);
    double capability = number(f, "capability", UNIT);
    double affinityBonus = number(f, "affinityBonus", ANY);
    Fields lw = fields(f.raw("legitimacy"), f.at("legitimacy"));
    FoundingSpec.LegitimacyWeights legitimacy = new FoundingSpec.LegitimacyWeights(
        number(lw, "charter", NON_NEGATIVE), number(lw, "breadth", NON_NEGATIVE));
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
        templates.put(id, template(e.getValue().value(), at, id, charter, rule, capability,
            minMembers));
      }
    } else if (!isAbsent(tn)) {
      expected(tn, f.at("bodies"), "a mapping of founding ids to body templates");
    }
    f.done();
    return new FoundingSpec(ids, threshold, decay, hazard, cost, minMembers, acceptThreshold,
        accept, cascade, charter, rule, capability, affinityBonus, legitimacy, templates);
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
    return new FoundingSpec.Template(id, ownCharter, ownRule, ownCapability, ownMin, invite,
        relation);
  }

  private RecognitionSpec recognition(Node n, String path) {
    Fields f = fields(n, path);
    List<RecognitionSpec.Rung> rungs = list(f, "rungs", false, (r, at) -> {
      Fields rf = fields(r, at);
      String id = text(rf, "id", null);
      List<String> requires = references(rf, "requires", rungIds, "recognition rung");
      if (id != null && requires.contains(id)) {
        error(rf.raw("requires"), rf.at("requires"), "rung `" + id + "` cannot require itself");
      }
      double quota = number(rf, "quota", OPEN_UNIT);
      boolean veto = bool(rf, "veto");
      boolean perOperation = bool(rf, "perOperation");
      double difficulty = number(rf, "difficulty", NON_NEGATIVE);
      rf.done();
      return new RecognitionSpec.Rung(id, requires, quota, veto, perOperation, difficulty);
    });
    unique(f, "rungs", "rung");
    String body;
    if (rungs.isEmpty() && isAbsent(f.raw("body"))) {
      body = "";
    } else if (f.raw("body") instanceof Node.Scalar rb && !rb.isNull()
        && !bodyIds.contains(rb.text()) && removals.removed(rb.text())) {
      body = rb.text();
      removals.report(errors, body, rb, f.at("body"));
    } else {
      body = reference(f, "body", globalBodyIds, "global body");
    }
    int session = integer(f, "sessionMonth", 1, 12);
    Fields v = fields(f.raw("vote"), f.at("vote"));
    RecognitionSpec.VoteWeights vote = new RecognitionSpec.VoteWeights(number(v, "base", ANY),
        number(v, "alignment", ANY), number(v, "record", ANY), number(v, "affinity", ANY),
        number(v, "counter", ANY));
    v.done();
    f.done();
    return new RecognitionSpec(body, session, rungs, vote);
  }

  private CrisisSpec crises(Node n, String path, YearMonth start, YearMonth end) {
    Fields f = fields(n, path);
    Map<String, CrisisSpec.CrisisType> types = new LinkedHashMap<>();
    Node typesNode = f.raw("types");
    if (typesNode instanceof Node.MapNode tm) {
      for (String id : tm.entries().keySet()) {
        Fields t = fields(tm.get(id), f.at("types") + "." + id);
        double rate = number(t, "rate", NON_NEGATIVE);
        double intensity = number(t, "intensity", OPEN_UNIT);
        double decay = number(t, "decay", UNIT);
        double selfDecay = number(t, "selfDecay", UNIT);
        int frozenAfter = integer(t, "frozenAfter", 0, Integer.MAX_VALUE);
        double escalation = number(t, "escalation", UNIT);
        boolean internal = bool(t, "internal");
        boolean invites = bool(t, "governmentInvites");
        CrisisSpec.Responders responders = responders(t);
        Optional<Expression> priority = priority(t);
        int every = isAbsent(t.raw("every")) ? CrisisSpec.DEFAULT_EVERY
            : integer(t, "every", 1, Integer.MAX_VALUE);
        Map<String, Double> hosts = numberMap(t, "hosts", NON_NEGATIVE, stateIds, "state");
        Set<String> fielders = new LinkedHashSet<>(bodyIds);
        fielders.addAll(foundingIds);
        List<String> fieldedBy = references(t, "fieldedBy", fielders, "body");
        types.put(id, new CrisisSpec.CrisisType(rate, intensity, decay, selfDecay, frozenAfter,
            escalation, internal, invites, responders, priority, every, hosts, fieldedBy));
        t.done();
      }
    } else if (!isAbsent(typesNode)) {
      expected(typesNode, f.at("types"), "a mapping of crisis type ids to crisis types");
    }
    List<CrisisSpec.ScriptedCrisis> scripted = list(f, "scripted", false, (c, at) -> {
      Fields cf = fields(c, at);
      String id = text(cf, "id", null);
      String label = text(cf, "label", id);
      String host = reference(cf, "host", stateIds, "state");
      Optional<String> opponent = optReference(cf, "opponent", stateIds, "state");
      String type = reference(cf, "type", crisisTypeIds, "crisis type");
      YearMonth when = month(cf, "start");
      if (when != null && start != null && end != null
          && (when.isBefore(start) || when.isAfter(end))) {
        error(cf.raw("start"), cf.at("start"), "expected a month inside the run " + start + " to "
            + end + ", found " + when);
      }
      Optional<Double> intensity = optNumber(cf, "intensity", OPEN_UNIT);
      cf.done();
      return new CrisisSpec.ScriptedCrisis(id, label, host, opponent, type, when, intensity);
    });
    unique(f, "scripted", "scripted crisis");
    f.done();
    return new CrisisSpec(types, scripted);
  }

  /**
   * An opportunity type's {@code responders}: {@code sphere} (the default), {@code region},
   * {@code all}, or {@code {members: BODY}}.
   */
  private CrisisSpec.Responders responders(Fields t) {
    Node n = t.raw("responders");
    if (isAbsent(n)) {
      return CrisisSpec.Responders.SPHERE;
    }
    String wanted = "one of sphere, region, all, or {members: BODY}";
    if (n instanceof Node.Scalar s) {
      switch (s.text()) {
        case "sphere" -> {
          return CrisisSpec.Responders.SPHERE;
        }
        case "region" -> {
          return new CrisisSpec.Responders(CrisisSpec.Responders.Kind.REGION, null);
        }
        case "all" -> {
          return new CrisisSpec.Responders(CrisisSpec.Responders.Kind.ALL, null);
        }
        default -> {
          error(n, t.at("responders"), "expected " + wanted + ", found `" + s.text() + "`"
              + NearestKey.suggestion(s.text(), List.of("sphere", "region", "all", "members")));
          return CrisisSpec.Responders.SPHERE;
        }
      }
    }
    if (n instanceof Node.MapNode) {
      Fields r = fields(n, t.at("responders"));
      Set<String> bodies = new LinkedHashSet<>(bodyIds);
      bodies.addAll(foundingIds);
      String body = reference(r, "members", bodies, "body");
      r.done();
      return new CrisisSpec.Responders(CrisisSpec.Responders.Kind.MEMBERS, body);
    }
    expected(n, t.at("responders"), wanted);
    return CrisisSpec.Responders.SPHERE;
  }

  /**
   * An opportunity type's {@code priority} expression: it may read only
   * {@link CrisisSpec#PRIORITY_VARIABLES}, and a dry run over sample values must give a number.
   */
  private Optional<Expression> priority(Fields t) {
    Optional<Expression> e = optExpression(t, "priority");
    if (e.isEmpty()) {
      return e;
    }
    Node at = t.raw("priority");
    boolean known = true;
    for (List<String> v : e.get().variables()) {
      String name = String.join(".", v);
      if (v.size() != 1 || !CrisisSpec.PRIORITY_VARIABLES.contains(v.get(0))) {
        error(at, t.at("priority"), "unknown variable `" + name + "` in `" + e.get().source()
            + "`; a priority reads " + String.join(", ", CrisisSpec.PRIORITY_VARIABLES)
            + NearestKey.suggestion(name, CrisisSpec.PRIORITY_VARIABLES));
        known = false;
      }
    }
    if (known) {
      Map<String, Object> sample = new LinkedHashMap<>();
      for (String v : CrisisSpec.PRIORITY_VARIABLES) {
        sample.put(v, 0.5);
      }
      try {
        e.get().number(sample);
      } catch (IllegalStateException ex) {
        error(at, t.at("priority"), "expected an expression giving a number: "
            + ex.getMessage());
      }
    }
    return e;
  }

  private PatternSpec pattern(Node n, String path) {
    Fields f = fields(n, path);
    String id = text(f, "id", null);
    String description = text(f, "description", null);
    String source = text(f, "source", "");
    Node seriesNode = f.raw("series");
    Node eventNode = f.raw("event");
    Optional<PatternSpec.SeriesTest> series = Optional.empty();
    Optional<PatternSpec.EventTest> event = Optional.empty();
    if (isAbsent(seriesNode) == isAbsent(eventNode)) {
      error(n, path, "expected exactly one of `series:` or `event:`, found "
          + (isAbsent(seriesNode) ? "neither" : "both"));
    }
    if (!isAbsent(seriesNode)) {
      Fields s = fields(seriesNode, f.at("series"));
      String column = text(s, "column", null);
      Optional<String> minus = optText(s, "minus");
      Optional<YearMonth> from = optMonth(s, "from");
      Optional<YearMonth> to = optMonth(s, "to");
      String stat = text(s, "stat", null);
      if (stat != null && !STATS.contains(stat)) {
        error(s.raw("stat"), s.at("stat"), "expected one of " + String.join(", ", STATS)
            + ", found `" + stat + "`" + NearestKey.suggestion(stat, STATS));
      }
      Optional<Double> min = optNumber(s, "min", ANY);
      Optional<Double> max = optNumber(s, "max", ANY);
      if (min.isEmpty() && max.isEmpty()) {
        error(seriesNode, s.path, "expected at least one of `min:` or `max:`");
      }
      window(s, from, to);
      Optional<PatternSpec.Anchor> after = Optional.empty();
      Node afterNode = s.raw("after");
      if (!isAbsent(afterNode)) {
        Fields a = fields(afterNode, s.at("after"));
        String afterType = eventType(a);
        Map<String, String> afterWhere = whereMap(a);
        a.done();
        after = Optional.of(new PatternSpec.Anchor(afterType, afterWhere));
      }
      Optional<Integer> months = isAbsent(s.raw("months")) ? Optional.empty()
          : Optional.of(integer(s, "months", 0, Integer.MAX_VALUE));
      if (months.isPresent() && after.isEmpty()) {
        error(s.raw("months"), s.at("months"), "`months:` needs `after:` (the event that starts "
            + "the window)");
      }
      s.done();
      series = Optional.of(new PatternSpec.SeriesTest(column, minus, from, to, stat, min, max,
          after, months));
    }
    if (!isAbsent(eventNode)) {
      Fields e = fields(eventNode, f.at("event"));
      String type = eventType(e);
      Map<String, String> where = whereMap(e);
      Optional<YearMonth> from = optMonth(e, "from");
      Optional<YearMonth> to = optMonth(e, "to");
      window(e, from, to);
      boolean first = !isAbsent(e.raw("first")) && bool(e, "first");
      Map<String, PatternSpec.Condition> conditions = conditions(e);
      Optional<Integer> maxCount = isAbsent(e.raw("maxCount")) ? Optional.empty()
          : Optional.of(integer(e, "maxCount", 0, Integer.MAX_VALUE));
      // `maxCount: 0` ("never") alone implies `minCount: 0`; otherwise minCount defaults to 1
      int minCount = !isAbsent(e.raw("minCount")) ? integer(e, "minCount", 0, Integer.MAX_VALUE)
          : maxCount.filter(m -> m == 0).isPresent() ? 0 : 1;
      if (maxCount.isPresent() && maxCount.get() < minCount) {
        error(e.raw("maxCount"), e.at("maxCount"), "expected maxCount >= minCount " + minCount
            + ", found " + maxCount.get());
      }
      e.done();
      event = Optional.of(new PatternSpec.EventTest(type, where, from, to, first, conditions,
          minCount, maxCount));
    }
    List<String> evidences = mechanisms(f, "evidences");
    f.done();
    return new PatternSpec(id, description, source, series, event, evidences);
  }

  /** The {@code where:} mapping of event fields to values (empty when absent). */
  private Map<String, String> whereMap(Fields e) {
    Map<String, String> where = new LinkedHashMap<>();
    Node whereNode = e.raw("where");
    if (whereNode instanceof Node.MapNode wm) {
      for (Map.Entry<String, Node.Entry> w : wm.entries().entrySet()) {
        if (w.getValue().value() instanceof Node.Scalar ws && !ws.isNull()) {
          where.put(w.getKey(), ws.text());
        } else {
          expected(w.getValue().value(), e.at("where") + "." + w.getKey(), "a single value");
        }
      }
    } else if (!isAbsent(whereNode)) {
      expected(whereNode, e.at("where"), "a mapping of event fields to values");
    }
    return where;
  }

  /** Mechanism names ({@link Mechanisms#NAMES}): one name or a list of them; absent is none. */
  private List<String> mechanisms(Fields f, String key) {
    Node n = f.raw(key);
    List<String> out = new ArrayList<>();
    if (n instanceof Node.Scalar s && !s.isNull()) {
      out.add(s.text());
      checkMechanism(n, f.at(key), s.text());
    } else if (n instanceof Node.ListNode l) {
      out.addAll(strings(f, key));
      for (int i = 0; i < l.items().size(); i++) {
        if (l.items().get(i) instanceof Node.Scalar s && !s.isNull()) {
          checkMechanism(l.items().get(i), f.at(key) + "[" + i + "]", s.text());
        }
      }
    } else if (!isAbsent(n)) {
      expected(n, f.at(key), "a mechanism name or a list of them");
    }
    return out;
  }

  private void checkMechanism(Node n, String at, String name) {
    if (!Mechanisms.known(name)) {
      error(n, at, "unknown mechanism `" + name + "`" + NearestKey.suggestion(name, Mechanisms.NAMES)
          + " (known: " + String.join(", ", Mechanisms.NAMES) + ")");
    }
  }

  /** A user-defined outcome: one statistic of a column, or a count or first month of events. */
  private OutcomeSpec outcome(Node n, String path) {
    Fields f = fields(n, path);
    String id = text(f, "id", null);
    String description = text(f, "description", "");
    Node seriesNode = f.raw("series");
    Node eventNode = f.raw("event");
    if (isAbsent(seriesNode) == isAbsent(eventNode)) {
      error(n, path, "expected exactly one of `series:` or `event:`, found "
          + (isAbsent(seriesNode) ? "neither" : "both"));
    }
    Optional<PatternSpec.SeriesTest> series = Optional.empty();
    Optional<PatternSpec.EventTest> event = Optional.empty();
    String measure = "count";
    Optional<Double> threshold = Optional.empty();
    if (!isAbsent(seriesNode)) {
      Fields s = fields(seriesNode, f.at("series"));
      String column = text(s, "column", null);
      Optional<String> minus = optText(s, "minus");
      Optional<YearMonth> from = optMonth(s, "from");
      Optional<YearMonth> to = optMonth(s, "to");
      measure = text(s, "stat", null);
      if (!measure.isEmpty() && !OutcomeSpec.SERIES_STATS.contains(measure)) {
        error(s.raw("stat"), s.at("stat"), "expected one of "
            + String.join(", ", OutcomeSpec.SERIES_STATS) + ", found `" + measure + "`"
            + NearestKey.suggestion(measure, OutcomeSpec.SERIES_STATS));
      }
      boolean crossing = measure.equals("firstAbove") || measure.equals("firstBelow");
      if (crossing) {
        threshold = Optional.of(number(s, "threshold", ANY));
      }
      window(s, from, to);
      s.done();
      series = Optional.of(new PatternSpec.SeriesTest(column, minus, from, to, measure,
          Optional.empty(), Optional.empty()));
    }
    if (!isAbsent(eventNode)) {
      Fields e = fields(eventNode, f.at("event"));
      String type = eventType(e);
      Map<String, String> where = whereMap(e);
      Optional<YearMonth> from = optMonth(e, "from");
      Optional<YearMonth> to = optMonth(e, "to");
      window(e, from, to);
      Map<String, PatternSpec.Condition> conditions = conditions(e);
      measure = text(e, "measure", "count");
      if (!OutcomeSpec.EVENT_MEASURES.contains(measure)) {
        error(e.raw("measure"), e.at("measure"), "expected one of "
            + String.join(", ", OutcomeSpec.EVENT_MEASURES) + ", found `" + measure + "`"
            + NearestKey.suggestion(measure, OutcomeSpec.EVENT_MEASURES));
      }
      e.done();
      event = Optional.of(new PatternSpec.EventTest(type, where, from, to, false, conditions, 0,
          Optional.empty()));
    }
    f.done();
    return new OutcomeSpec(id, description, series, event, measure, threshold);
  }

  /** The {@code fields:} conditions of an event test. */
  private Map<String, PatternSpec.Condition> conditions(Fields e) {
    Map<String, PatternSpec.Condition> conditions = new LinkedHashMap<>();
    Node fieldsNode = e.raw("fields");
    if (fieldsNode instanceof Node.MapNode fm) {
      for (Map.Entry<String, Node.Entry> c : fm.entries().entrySet()) {
        Node value = c.getValue().value();
        String at = e.at("fields") + "." + c.getKey();
        if (value instanceof Node.Scalar cs && !cs.isNull()) {
          conditions.put(c.getKey(), new PatternSpec.Condition(Optional.of(cs.text()),
              Optional.empty(), Optional.empty()));
        } else if (value instanceof Node.MapNode) {
          Fields r = fields(value, at);
          Optional<Double> min = optNumber(r, "min", ANY);
          Optional<Double> max = optNumber(r, "max", ANY);
          if (min.isEmpty() && max.isEmpty()) {
            error(value, at, "expected at least one of `min:` or `max:`");
          }
          r.done();
          conditions.put(c.getKey(), new PatternSpec.Condition(Optional.empty(), min, max));
        } else {
          expected(value, at, "a value (equality) or a mapping {min, max}");
        }
      }
    } else if (!isAbsent(fieldsNode)) {
      expected(fieldsNode, e.at("fields"), "a mapping of event fields to conditions");
    }
    return conditions;
  }

  private void window(Fields f, Optional<YearMonth> from, Optional<YearMonth> to) {
    if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
      error(f.raw("to"), f.at("to"), "expected `to` at or after `from` " + from.get()
          + ", found " + to.get());
    }
  }

  // ---- the synthetic region (SyntheticRegion): its ids and its section

  /** Adds the ids a {@code synthetic:} section will generate, checking they are not listed too. */
  private void collectSyntheticIds(Node section) {
    if (!(section instanceof Node.MapNode m)) {
      return;
    }
    int states = wholeOrZero(m.get("states"));
    int hegemons = m.get("hegemons") == null ? 1 : wholeOrZero(m.get("hegemons"));
    int bodies = m.get("bodies") instanceof Node.MapNode b
        ? (b.get("count") == null ? hegemons : wholeOrZero(b.get("count"))) : hegemons;
    for (String id : SyntheticRegion.stateIds(states, Math.min(states, hegemons))) {
      if (!stateIds.add(id)) {
        error(section, "synthetic", "generated state id `" + id + "` is also listed in states");
      }
    }
    for (int b = 0; b < bodies; b++) {
      String id = SyntheticSpec.bodyId(b);
      if (!bodyIds.add(id)) {
        error(section, "synthetic", "generated body id `" + id + "` is also listed in bodies");
      }
    }
  }

  private static int wholeOrZero(Node n) {
    return n instanceof Node.Scalar s && s.kind() == Node.Kind.NUMBER && s.number() >= 0
        && s.number() == Math.rint(s.number()) && s.number() <= 10_000_000 ? (int) s.number() : 0;
  }

  /** Binds the optional {@code synthetic:} section (every key but seed and states optional). */
  private Optional<SyntheticSpec> synthetic(Node n, String path) {
    if (isAbsent(n)) {
      return Optional.empty();
    }
    Fields f = fields(n, path);
    long seed = integer(f, "seed", 0, Integer.MAX_VALUE);
    int states = integer(f, "states", 1, 10_000_000);
    int hegemons = isAbsent(f.raw("hegemons")) ? 1 : integer(f, "hegemons", 0, 10_000_000);
    if (hegemons > states) {
      error(f.raw("hegemons"), f.at("hegemons"), "expected at most `states` (" + states
          + ") hegemons, found " + hegemons);
    }
    Fields p = fields(f.raw("power"), f.at("power"));
    double shape = optNumber(p, "shape", POSITIVE).orElse(1.5);
    double scale = optNumber(p, "scale", POSITIVE).orElse(1.0);
    p.done();
    SyntheticSpec.Interval status = interval(f, "status", 0.2, 0.6);
    SyntheticSpec.Interval inculcation = interval(f, "inculcation", 0.2, 0.8);
    SyntheticSpec.Interval insecurity = interval(f, "regimeInsecurity", 0.1, 0.8);
    Fields a = fields(f.raw("alignment"), f.at("alignment"));
    double mean = optNumber(a, "mean", SIGNED_UNIT).orElse(0.1);
    double sd = optNumber(a, "sd", NON_NEGATIVE).orElse(0.3);
    a.done();
    Fields b = fields(f.raw("bodies"), f.at("bodies"));
    int bodies = isAbsent(b.raw("count")) ? hegemons : integer(b, "count", 0, 1000);
    double joinBase = optNumber(b, "joinBase", ANY).orElse(-1.0);
    double joinAlignment = optNumber(b, "joinAlignment", ANY).orElse(4.0);
    b.done();
    Map<String, Double> intentions = numberMap(f, "intentions", UNIT, practiceIds, "practice");
    f.done();
    return Optional.of(new SyntheticSpec(seed, states, Math.min(hegemons, states), shape, scale,
        status, inculcation, insecurity, mean, sd, bodies, joinBase, joinAlignment, intentions));
  }

  private SyntheticSpec.Interval interval(Fields f, String key, double min, double max) {
    Fields r = fields(f.raw(key), f.at(key));
    double lo = optNumber(r, "min", UNIT).orElse(min);
    double hi = optNumber(r, "max", UNIT).orElse(max);
    if (hi < lo) {
      error(f.raw(key), f.at(key), "expected max >= min " + lo + ", found " + hi);
    }
    r.done();
    return new SyntheticSpec.Interval(lo, hi);
  }

  // ---- generic readers: each reports what it expected and what it found, and returns a
  // harmless fallback so that binding goes on and every error of the file is collected

  private Fields fields(Node n, String path) {
    if (n instanceof Node.MapNode m) {
      return new Fields(m, m.pos(), path);
    }
    if (n != null) {
      expected(n, path, "a mapping");
    }
    return new Fields(null, n == null ? null : n.pos(), path);
  }

  private <T> List<T> list(Fields f, String key, boolean nonEmpty,
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
  private void unique(Fields f, String key, String what) {
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

  private String text(Fields f, String key, String fallback) {
    Node n = f.raw(key);
    if (isAbsent(n)) {
      if (fallback == null) {
        missing(f, key);
        return "";
      }
      return fallback;
    }
    if (n instanceof Node.Scalar s) {
      return s.text();
    }
    expected(n, f.at(key), "a text value");
    return "";
  }

  private Optional<String> optText(Fields f, String key) {
    return isAbsent(f.raw(key)) ? Optional.empty() : Optional.of(text(f, key, ""));
  }

  private double number(Fields f, String key, Range range) {
    Node n = f.raw(key);
    if (isAbsent(n)) {
      missing(f, key);
      return 0;
    }
    return checkNumber(n, f.at(key), range);
  }

  private Optional<Double> optNumber(Fields f, String key, Range range) {
    Node n = f.raw(key);
    return isAbsent(n) ? Optional.empty() : Optional.of(checkNumber(n, f.at(key), range));
  }

  private double checkNumber(Node n, String at, Range range) {
    if (n instanceof Node.Scalar s && s.kind() == Node.Kind.NUMBER) {
      if (!range.contains(s.number())) {
        error(n, at, "expected " + range.text() + ", found " + s.text());
      }
      return s.number();
    }
    expected(n, at, range.text());
    return 0;
  }

  private int integer(Fields f, String key, int min, int max) {
    Node n = f.raw(key);
    if (isAbsent(n)) {
      missing(f, key);
      return min;
    }
    String wanted = max == Integer.MAX_VALUE ? "a whole number >= " + min
        : "a whole number from " + min + " to " + max;
    if (n instanceof Node.Scalar s && s.kind() == Node.Kind.NUMBER
        && s.number() == Math.rint(s.number())) {
      if (s.number() < min || s.number() > max) {
        error(n, f.at(key), "expected " + wanted + ", found " + s.text());
        return min;
      }
      return (int) s.number();
    }
    expected(n, f.at(key), wanted);
    return min;
  }

  private boolean bool(Fields f, String key) {
    Node n = f.raw(key);
    if (isAbsent(n)) {
      missing(f, key);
      return false;
    }
    if (n instanceof Node.Scalar s && s.kind() == Node.Kind.BOOLEAN) {
      return Boolean.parseBoolean(s.text().toLowerCase());
    }
    expected(n, f.at(key), "true or false");
    return false;
  }

  private YearMonth month(Fields f, String key) {
    Node n = f.raw(key);
    if (isAbsent(n)) {
      missing(f, key);
      return null;
    }
    return parseMonth(n, f.at(key));
  }

  private Optional<YearMonth> optMonth(Fields f, String key) {
    Node n = f.raw(key);
    return isAbsent(n) ? Optional.empty() : Optional.ofNullable(parseMonth(n, f.at(key)));
  }

  private YearMonth parseMonth(Node n, String at) {
    if (n instanceof Node.Scalar s && s.text() != null && MONTH.matcher(s.text()).matches()) {
      try {
        return YearMonth.parse(s.text());
      } catch (DateTimeParseException e) {
        // falls through to the error below (e.g. month 13)
      }
    }
    expected(n, at, "a month YYYY-MM (e.g. 2022-01)");
    return null;
  }

  private <E> E choice(Fields f, String key, Map<String, E> names, E fallback) {
    Node n = f.raw(key);
    if (isAbsent(n)) {
      missing(f, key);
      return fallback;
    }
    if (n instanceof Node.Scalar s && names.containsKey(s.text())) {
      return names.get(s.text());
    }
    List<String> allowed = names.keySet().stream().sorted().toList();
    String found = n instanceof Node.Scalar s && s.text() != null ? "`" + s.text() + "`"
        + NearestKey.suggestion(s.text(), allowed) : Node.describe(n);
    error(n, f.at(key), "expected one of " + String.join(", ", allowed) + ", found " + found);
    return fallback;
  }

  private Map<String, Double> numberMap(Fields f, String key, Range range, Set<String> ids,
      String what) {
    Node n = f.raw(key);
    Map<String, Double> out = new LinkedHashMap<>();
    if (n instanceof Node.MapNode m) {
      for (Map.Entry<String, Node.Entry> e : m.entries().entrySet()) {
        String at = f.at(key) + "." + e.getKey();
        if (!ids.contains(e.getKey())) {
          Node.Pos k = e.getValue().keyPos();
          errors.add(new ScenarioError(k.file(), k.line(), k.column(), at, "`" + e.getKey()
              + "` is not a " + what + " id" + known(e.getKey(), ids)));
        }
        out.put(e.getKey(), checkNumber(e.getValue().value(), at, range));
      }
    } else if (!isAbsent(n)) {
      expected(n, f.at(key), "a mapping of " + what + " ids to numbers");
    }
    return out;
  }

  private List<String> strings(Fields f, String key) {
    Node n = f.raw(key);
    List<String> out = new ArrayList<>();
    if (n instanceof Node.ListNode l) {
      for (int i = 0; i < l.items().size(); i++) {
        Node item = l.items().get(i);
        if (item instanceof Node.Scalar s && !s.isNull()) {
          out.add(s.text());
        } else {
          expected(item, f.at(key) + "[" + i + "]", "an id");
        }
      }
    } else if (!isAbsent(n)) {
      expected(n, f.at(key), "a list of ids");
    }
    return out;
  }

  private List<String> references(Fields f, String key, Set<String> ids, String what) {
    List<String> out = strings(f, key);
    if (f.raw(key) instanceof Node.ListNode l) {
      for (int i = 0; i < l.items().size(); i++) {
        Node item = l.items().get(i);
        if (item instanceof Node.Scalar s && !s.isNull() && !ids.contains(s.text())) {
          error(item, f.at(key) + "[" + i + "]", "no " + what + " has id `" + s.text() + "`"
              + known(s.text(), ids));
        }
      }
    }
    return out;
  }

  private String reference(Fields f, String key, Set<String> ids, String what) {
    String id = text(f, key, null);
    if (!id.isEmpty() && !ids.contains(id)) {
      error(f.raw(key), f.at(key), "no " + what + " has id `" + id + "`" + known(id, ids));
    }
    return id;
  }

  private Optional<String> optReference(Fields f, String key, Set<String> ids, String what) {
    return isAbsent(f.raw(key)) ? Optional.empty() : Optional.of(reference(f, key, ids, what));
  }

  private static String known(String wrong, Collection<String> ids) {
    String near = NearestKey.suggestion(wrong, ids);
    if (!near.isEmpty()) {
      return near;
    }
    return ids.isEmpty() ? " (none is defined)" : " (known: " + String.join(", ", ids) + ")";
  }

  private static boolean isAbsent(Node n) {
    return n == null || (n instanceof Node.Scalar s && s.isNull());
  }

  private void missing(Fields f, String key) {
    // a section that is absent or not a mapping has been reported once already
    if (f.map != null) {
      errors.add(new ScenarioError(f.pos.file(), f.pos.line(), f.pos.column(), f.at(key),
          "missing required key `" + key + "`" + (f.path.isEmpty() ? "" : " in " + f.path)));
    }
  }

  private void expected(Node n, String at, String what) {
    error(n, at, "expected " + what + ", found " + Node.describe(n));
  }

  private void error(Node n, String at, String message) {
    Node.Pos p = n.pos();
    errors.add(new ScenarioError(p.file(), p.line(), p.column(), at, message));
  }
}
