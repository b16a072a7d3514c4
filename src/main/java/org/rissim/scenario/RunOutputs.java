package org.rissim.scenario;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The names of what a run of a scenario writes (docs/OUTPUTS.md): the numeric columns of
 * {@code timeseries.csv} and the event types of {@code events.jsonl} with their fields. The
 * recorder takes its columns from here and validation checks patterns and outcomes against the
 * same names, so that a pattern naming a column or an event field the run never writes is an
 * error before any run, not a pattern that silently fails or holds.
 */
public final class RunOutputs {
  private RunOutputs() {}

  /** The per-body columns, {@code body.<id>.<name>}, in column order. */
  public static final List<String> BODY_COLUMNS = List.of("members", "legitimacy.global",
      "legitimacy.regional", "recognition", "cohesion", "hypocrisy");

  /**
   * Event fields whose values are state ids (a list field matches a value it contains). A
   * pattern's {@code where} on one of them must name a state of the scenario. (A discursive
   * act's {@code target} is a state for criticism, an operation id for praise: not checked.)
   */
  public static final Set<String> STATE_FIELDS = Set.of("actor", "host", "opponent", "state",
      "founder", "proposer", "contributors", "members", "vetoedBy", "against", "objectors");
  /** Event fields whose values are body ids (bodies of the scenario or founding ids). */
  public static final Set<String> BODY_FIELDS = Set.of("body", "requested", "endorser", "from",
      "by", "mandate");

  /**
   * The numeric columns of {@code timeseries.csv} for this scenario, in order (the month and the
   * classification's text precede them in the file).
   */
  public static List<String> columns(Scenario s) {
    List<String> bodies = new ArrayList<>();
    s.bodies().forEach(b -> bodies.add(b.id()));
    bodies.addAll(s.founding().ids());
    List<String> practices = new ArrayList<>();
    s.institution().practices().forEach(p -> practices.add(p.id()));
    return columns(practices, s.hegemon().filter(h -> !h.isEmpty()).isPresent(),
        s.groups().keySet(), bodies, s.institution().vocabulary().names());
  }

  /**
   * The numeric columns from their parts.
   *
   * @param practices the institution's practice ids, in order
   * @param hegemon   whether the scenario names a hegemon (adds {@code withoutHegemon.<p>})
   * @param groups    the declared group names, in order
   * @param bodies    every body's id in the model's order: the scenario's bodies, then the
   *                  founding ids
   * @param names     the institution's machine names (the act and opportunity count columns)
   */
  static List<String> columns(List<String> practices, boolean hegemon, Collection<String> groups,
      List<String> bodies, InstitutionSpec.Names names) {
    List<String> columns = new ArrayList<>();
    List<String> families = new ArrayList<>(List.of("r.", "g.", "drift.", "unweighted."));
    if (hegemon) {
      families.add("withoutHegemon.");
    }
    for (String g : groups) {
      families.add("group." + g + ".");
    }
    for (String family : families) {
      for (String p : practices) {
        columns.add(family + p);
      }
    }
    columns.add("principle.acceptance");
    columns.add("classification.code");
    for (String b : bodies) {
      for (String c : BODY_COLUMNS) {
        columns.add("body." + b + "." + c);
      }
    }
    // the act and opportunity counts are named by the institution's vocabulary (ops., crises.)
    for (String c : List.of("alone", "body", "conforming", "deviating", "active")) {
      columns.add(names.acts() + "." + c);
    }
    columns.addAll(List.of("acts.discursive", "votes.recognition",
        names.opportunities() + ".active"));
    return columns;
  }

  /**
   * Every event type a run of a scenario with this institution can write, in the order of
   * docs/OUTPUTS.md, each with the names of its fields in the order written (besides
   * {@code month}, {@code tick} and {@code type}, which every event has; some fields are written
   * only by some events of a type, such as an operation's {@code mandate}), in the institution's
   * vocabulary (its opportunity and
   * act events and fields, {@link InstitutionSpec.Names}). The one place that lists the event
   * types.
   */
  public static Map<String, Set<String>> events(InstitutionSpec institution) {
    InstitutionSpec.Names names = institution.vocabulary().names();
    Map<String, Set<String>> out = new LinkedHashMap<>();
    canonical(institution).forEach((type, fields) -> {
      List<String> named = new ArrayList<>();
      fields.forEach(f -> named.add(names.field(f)));
      put(out, names.type(type), named);
    });
    return Collections.unmodifiableMap(out);
  }

  /**
   * The event types whose names no vocabulary changes ({@code founding}, {@code exit}, ...): a
   * vocabulary's opportunity or act name may not be one of them.
   */
  public static Set<String> otherEventTypes() {
    Set<String> out = new LinkedHashSet<>(canonical(InstitutionSpec.generic("", "", 1,
        List.of())).keySet());
    out.removeAll(List.of("crisis", "operation", "operation-end"));
    return Collections.unmodifiableSet(out);
  }

  /** The event types and fields as the model emits them (peacekeeping's names). */
  private static Map<String, Set<String>> canonical(InstitutionSpec institution) {
    List<String> profile = new ArrayList<>();
    List<String> charter = new ArrayList<>();
    for (PracticeSpec p : institution.practices()) {
      profile.add("profile." + p.id());
      charter.add("charter." + p.id());
    }
    List<String> operation = new ArrayList<>(List.of("operation", "crisis", "host", "actor",
        "body", "strategy", "mandate", "contributors"));
    institution.features().forEach(f -> operation.add(f.id()));
    operation.addAll(List.of("multilaterality", "legitimacyGlobal", "legitimacyRegional"));
    operation.addAll(profile);
    List<String> operationEnd = new ArrayList<>(operation);
    operationEnd.addAll(List.of("outcome", "durationMonths"));
    List<String> discursive = new ArrayList<>(List.of("actor", "body", "kind", "target"));
    discursive.addAll(profile);
    List<String> founding = new ArrayList<>(List.of("body", "founder", "members", "memberCount",
        "frustration", "from", "scripted"));
    founding.addAll(charter);
    Map<String, Set<String>> out = new LinkedHashMap<>();
    put(out, "crisis", List.of("crisis", "label", "host", "opponent", "crisisType", "scripted",
        "intensity", "requested"));
    put(out, "operation", operation);
    put(out, "operation-end", operationEnd);
    put(out, "deployment-end", List.of("operation", "crisis", "host", "actor", "body", "reason",
        "durationMonths"));
    put(out, "body-declined", List.of("body", "actor", "crisis", "host", "yes", "objectors",
        "reasons", "mandate", "vetoedBy", "passed"));
    put(out, "discursive", discursive);
    put(out, "founding", founding);
    put(out, "dissolved", List.of("body", "by", "members", "scripted"));
    put(out, "recognition-vote", List.of("body", "rung", "proposer", "yes", "no", "share",
        "vetoedBy", "passed", "operation"));
    put(out, "endorsement-vote", List.of("endorser", "operation", "passed", "against"));
    put(out, "distance", List.of("state", "body", "satisfaction"));
    put(out, "exit", List.of("state", "body", "satisfaction", "scheduled"));
    put(out, "takeover", List.of("operation", "crisis", "host", "from", "by", "actor"));
    put(out, "restraint", List.of("actor", "crisis", "host", "weight"));
    put(out, "join", List.of("state", "body", "scheduled"));
    put(out, "founding-choice", List.of("state", "from", "body", "voice", "exit", "create",
        "coalition", "choice"));
    put(out, "invitation-declined", List.of("body", "founder", "state", "utility"));
    return Collections.unmodifiableMap(out);
  }

  /** The level set of a field, when the field is a level-set feature of the institution. */
  static Optional<List<String>> levels(InstitutionSpec institution, String field) {
    return institution.features().stream()
        .filter(f -> f.id().equals(field) && !f.levels().isEmpty())
        .findFirst().map(FeatureSpec::levels);
  }

  private static void put(Map<String, Set<String>> out, String type, List<String> fields) {
    out.put(type, Collections.unmodifiableSet(new LinkedHashSet<>(fields)));
  }
}
