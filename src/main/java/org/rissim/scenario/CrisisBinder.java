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
 * Binds the {@code crises:} section (the opportunity types and scripted opportunities) and checks
 * that every opportunity can be answered.
 */
final class CrisisBinder extends SectionBinder {
  CrisisBinder(List<ScenarioError> errors, ScenarioIds ids) {
    super(errors, ids);
  }

  CrisisSpec crises(Node n, String path, YearMonth start, YearMonth end) {
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
        CrisisSpec.CrisisType type = built(() -> new CrisisSpec.CrisisType(rate, intensity, decay,
            selfDecay, frozenAfter, escalation, internal, invites, responders, priority, every,
            hosts, fieldedBy));
        if (type != null) { // null: a number out of range, reported
          types.put(id, type);
        }
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
      return built(() -> new CrisisSpec.ScriptedCrisis(id, label, host, opponent, type, when,
          intensity));
    });
    unique(f, "scripted", "scripted crisis");
    f.done();
    // a scripted crisis with a number out of range (reported) is null
    return new CrisisSpec(types, scripted.stream().filter(java.util.Objects::nonNull).toList());
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
  void answerable(Node crisesNode, List<StateSpec> states, List<BodySpec> bodies,
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
}
