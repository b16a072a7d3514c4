package org.rissim.scenario;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks that the patterns and outcomes of a scenario name what its runs write
 * ({@link RunOutputs}): every {@code column} and {@code minus} is a column of
 * {@code timeseries.csv}; every event {@code type} (of {@code event:} and of {@code after:}) is
 * an event type; every key of {@code where} and {@code fields} is a field of events of that type
 * (an institution's feature ids are fields of its act events); and every value of {@code where}
 * (and every equality of {@code fields}) on a field that holds a state or body id, a feature's
 * level, an opportunity type or a recognition rung is one of the scenario's. Without this a
 * misspelt name makes a pattern fail in every run, or, with {@code maxCount: 0}, hold in every
 * run. Each problem is an error at the value's line and column.
 */
final class OutputReferences {
  private final List<ScenarioError> errors;
  private final InstitutionSpec institution;
  private final Set<String> columns;
  private final Map<String, Set<String>> events;
  private final Set<String> states;
  private final Set<String> bodies;
  private final Set<String> crisisTypes;
  private final Set<String> rungs;
  private final boolean hegemon;
  private final BodyRemovals removals;
  private final InstitutionSpec.Names names;

  /**
   * A check of one scenario's names.
   *
   * @param errors      where problems are added
   * @param institution the bound institution (practices, features)
   * @param states      every state id (generated ones included)
   * @param bodies      every body id in the model's order (listed, generated, then founding ids)
   * @param groups      the declared group names
   * @param crisisTypes the opportunity type ids
   * @param rungs       the recognition rung ids
   * @param hegemon     whether the scenario names a hegemon
   * @param removals    bodies that an extending file removed (errors about them point there)
   */
  OutputReferences(List<ScenarioError> errors, InstitutionSpec institution, Set<String> states,
      List<String> bodies, Collection<String> groups, Set<String> crisisTypes, Set<String> rungs,
      boolean hegemon, BodyRemovals removals) {
    this.errors = errors;
    this.institution = institution;
    List<String> practices = new ArrayList<>();
    institution.practices().forEach(p -> practices.add(p.id()));
    this.names = institution.vocabulary().names();
    this.columns = new LinkedHashSet<>(RunOutputs.columns(practices, hegemon, groups, bodies,
        names));
    this.events = RunOutputs.events(institution);
    this.states = states;
    this.bodies = new LinkedHashSet<>(bodies);
    this.crisisTypes = crisisTypes;
    this.rungs = rungs;
    this.hegemon = hegemon;
    this.removals = removals;
  }

  /** Checks every entry of the list under {@code key} ({@code patterns} or {@code outcomes}). */
  void check(Node list, String key) {
    if (!(list instanceof Node.ListNode l)) {
      return;
    }
    for (int i = 0; i < l.items().size(); i++) {
      if (!(l.items().get(i) instanceof Node.MapNode entry)) {
        continue;
      }
      String at = key + "[" + i + "]";
      if (entry.get("series") instanceof Node.MapNode series) {
        column(series.get("column"), at + ".series.column");
        column(series.get("minus"), at + ".series.minus");
        if (series.get("after") instanceof Node.MapNode after) {
          event(after, at + ".series.after");
        }
      }
      if (entry.get("event") instanceof Node.MapNode event) {
        event(event, at + ".event");
      }
    }
  }

  private void column(Node n, String at) {
    if (!(n instanceof Node.Scalar s) || s.isNull() || columns.contains(s.text())) {
      return;
    }
    String name = s.text();
    String[] parts = name.split("\\.");
    if (parts.length >= 3 && parts[0].equals("body") && !bodies.contains(parts[1])
        && removals.removed(parts[1])) {
      removals.report(errors, parts[1], n, at);
      return;
    }
    String hint = NearestKey.suggestion(name, columns);
    if (hint.isEmpty()) {
      hint = " (the columns are r., g., drift., unweighted."
          + (hegemon ? ", withoutHegemon." : "") + " and group.<name>. with a practice id, "
          + "principle.acceptance, classification.code, body.<id>." + String.join("|",
              RunOutputs.BODY_COLUMNS) + ", " + names.acts() + ".*, acts.discursive, "
          + "votes.recognition, " + names.opportunities() + ".active: docs/OUTPUTS.md)";
    }
    error(n, at, "expected a column of timeseries.csv, found `" + name + "`, which a run of "
        + "this scenario does not write" + hint);
  }

  /** An event test ({@code event:} or {@code after:}): its type, where and fields. */
  private void event(Node.MapNode test, String at) {
    if (!(test.get("type") instanceof Node.Scalar t) || t.isNull()) {
      return;
    }
    Set<String> fields = events.get(t.text());
    if (fields == null) {
      return; // an unknown type is reported where the type is bound (PatternBinder.eventType)
    }
    if (test.get("where") instanceof Node.MapNode where) {
      for (Map.Entry<String, Node.Entry> w : where.entries().entrySet()) {
        fieldValue(t.text(), fields, w, at + ".where");
      }
    }
    if (test.get("fields") instanceof Node.MapNode conditions) {
      for (Map.Entry<String, Node.Entry> c : conditions.entries().entrySet()) {
        fieldValue(t.text(), fields, c, at + ".fields");
      }
    }
  }

  /** A key of {@code where} or {@code fields} and, for an equality, its value. */
  private void fieldValue(String type, Set<String> fields, Map.Entry<String, Node.Entry> e,
      String at) {
    String field = e.getKey();
    String path = at + "." + field;
    if (!fields.contains(field)) {
      Node.Pos k = e.getValue().keyPos();
      errors.add(new ScenarioError(k.file(), k.line(), k.column(), path, "expected a field of `"
          + type + "` events, found `" + field + "`"
          + hintOrList(field, fields, "fields of `" + type + "`")));
      return;
    }
    if (!(e.getValue().value() instanceof Node.Scalar v) || v.isNull()) {
      return;
    }
    String value = v.text();
    if (value.equals("null")) {
      return; // an absent or null field
    }
    if (RunOutputs.STATE_FIELDS.contains(field)) {
      if (value.equals("$hegemon")) {
        if (!hegemon) {
          error(v, path, "expected a state id, found `$hegemon`, but the scenario names no "
              + "`hegemon`");
        }
      } else if (!states.contains(value)) {
        error(v, path, "expected a state id, found `" + value + "`"
            + hintOrList(value, states, "states"));
      }
    } else if (RunOutputs.BODY_FIELDS.contains(field)) {
      if (bodies.contains(value)) {
        return;
      }
      if (removals.removed(value)) {
        removals.report(errors, value, v, path);
      } else {
        error(v, path, "expected a body id (a body or a founding id), found `" + value + "`"
            + hintOrList(value, bodies, "bodies"));
      }
    } else if (field.equals(names.opportunityType()) && !crisisTypes.contains(value)) {
      error(v, path, "expected an opportunity type, found `" + value + "`"
          + hintOrList(value, crisisTypes, "types"));
    } else if (field.equals("rung") && !rungs.contains(value)) {
      error(v, path, "expected a recognition rung, found `" + value + "`"
          + hintOrList(value, rungs, "rungs"));
    } else {
      Optional<List<String>> levels = RunOutputs.levels(institution, field);
      if (levels.isPresent() && !levels.get().contains(value)) {
        error(v, path, "expected a level of feature `" + field + "`, found `" + value + "`"
            + hintOrList(value, levels.get(), "levels"));
      }
    }
  }

  /** A "did you mean" for a near name, else the list of known names. */
  private static String hintOrList(String wrong, Collection<String> known, String what) {
    String near = NearestKey.suggestion(wrong, known);
    if (!near.isEmpty()) {
      return near;
    }
    return known.isEmpty() ? " (the scenario has no " + what + ")"
        : " (" + what + ": " + String.join(", ", known) + ")";
  }

  private void error(Node n, String at, String message) {
    Node.Pos p = n.pos();
    errors.add(new ScenarioError(p.file(), p.line(), p.column(), at, message));
  }
}
