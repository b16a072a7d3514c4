package org.rissim.scenario;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks an institution's expressions before any run: every variable they read exists where
 * they read it, every quoted text is a level of a feature or an opportunity type, and a dry run
 * over every combination of the situation's truth values and opportunity types gives values of
 * the right kind (a level of the feature, a number, a truth value).
 */
final class InstitutionCheck {
  private static final Pattern QUOTED = Pattern.compile("'([^'\\\\]*)'|\"([^\"\\\\]*)\"");

  /** A problem found, where it was written. */
  record Problem(Node.Pos pos, String path, String message) {}

  private final InstitutionSpec inst;
  private final String path;
  private final Collection<String> types;
  private final Collection<String> ids;
  private final Node.Pos where;
  private final List<Problem> problems = new ArrayList<>();

  private InstitutionCheck(InstitutionSpec inst, String path, Collection<String> types,
      Collection<String> ids, Node.Pos where) {
    this.inst = inst;
    this.path = path;
    this.types = types;
    this.ids = ids;
    this.where = where;
  }

  /**
   * Every problem of the institution's expressions.
   *
   * @param types the opportunity types
   * @param ids   the scenario's state and body ids, which the texts {@code actor}, {@code host}
   *              and {@code body} take
   * @param where the institution's position, for problems of the dry run
   */
  static List<Problem> check(InstitutionSpec inst, String path, Collection<String> types,
      Collection<String> ids, Node.Pos where) {
    List<Object> key = List.of(inst, path, List.copyOf(types), List.copyOf(ids));
    if (CLEAN.containsKey(key)) {
      return List.of();
    }
    InstitutionCheck c = new InstitutionCheck(inst, path, types, ids, where);
    c.run();
    if (c.problems.isEmpty()) {
      CLEAN.put(key, Boolean.TRUE);
    }
    return c.problems;
  }

  /**
   * The institutions (with their opportunity types and ids) whose check found no problem: a
   * sweep or a calibration binds the same institution again for every point, and its dry run
   * would cost more than the run. Only clean results are kept, so a problem's position is always
   * the one of the document being bound. At most 64, the eldest dropped first.
   */
  private static final Map<List<Object>, Boolean> CLEAN = java.util.Collections.synchronizedMap(
      new java.util.LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<List<Object>, Boolean> eldest) {
          return size() > 64;
        }
      });

  private void run() {
    Set<String> practices = new LinkedHashSet<>();
    inst.practices().forEach(p -> practices.add(p.id()));
    Set<String> levels = new LinkedHashSet<>(types);
    levels.addAll(ids);
    Set<String> earlier = new LinkedHashSet<>();
    List<FeatureSpec> fs = inst.features();
    for (int i = 0; i < fs.size(); i++) {
      FeatureSpec f = fs.get(i);
      String at = path + ".features[" + i + "]";
      if (ActVariables.reserved(f.id())) {
        problems.add(new Problem(f.value().pos(), at + ".id", "feature id `" + f.id()
            + "` is a name the model sets; choose another (reserved: "
            + String.join(", ", ActVariables.SITUATION) + ", intentions, standards, intention, "
            + "standard, noise, score)"));
      }
      levels.addAll(f.levels());
      variables(f.value(), at + ".value", earlier, practices, false, false);
      earlier.add(f.id());
    }
    for (int p = 0; p < inst.practices().size(); p++) {
      Optional<Expression> score = inst.practices().get(p).score();
      if (score.isPresent()) {
        variables(score.get(), path + ".practices[" + p + "].score", earlier, practices, true,
            false);
      }
    }
    role(inst.departure(), "departure", earlier, practices);
    role(inst.imposed(), "imposed", earlier, practices);
    role(inst.calming(), "calming", earlier, practices);
    role(inst.escalation(), "escalation", earlier, practices);
    for (int i = 0; i < fs.size(); i++) {
      quoted(fs.get(i).value(), path + ".features[" + i + "].value", levels);
    }
    for (int p = 0; p < inst.practices().size(); p++) {
      int q = p;
      inst.practices().get(p).score().ifPresent(e -> quoted(e, path + ".practices[" + q
          + "].score", levels));
    }
    for (String r : List.of("departure", "imposed", "calming", "escalation")) {
      roleExpression(r).ifPresent(e -> quoted(e, path + "." + r, levels));
    }
    if (problems.isEmpty()) {
      dryRun();
    }
  }

  private Optional<Expression> roleExpression(String role) {
    return switch (role) {
      case "departure" -> inst.departure();
      case "imposed" -> inst.imposed();
      case "calming" -> inst.calming();
      default -> inst.escalation();
    };
  }

  private void role(Optional<Expression> e, String key, Set<String> features,
      Set<String> practices) {
    e.ifPresent(x -> variables(x, path + "." + key, features, practices, false, true));
  }

  /** Checks the variables an expression reads. */
  private void variables(Expression e, String at, Set<String> features, Set<String> practices,
      boolean inScore, boolean inRole) {
    for (List<String> v : e.variables()) {
      String name = v.get(0);
      boolean map = ActVariables.PRACTICE_MAPS.contains(name)
          || (inRole && ActVariables.SCORES.equals(name));
      if (map) {
        if (v.size() < 2 || !practices.contains(v.get(1))) {
          problems.add(new Problem(e.pos(), at, "`" + String.join(".", v) + "` names no "
              + "practice; expected " + name + ".<practice> with a practice id of "
              + practices + (v.size() < 2 ? "" : NearestKey.suggestion(v.get(1), practices))));
        }
        continue;
      }
      boolean known = ActVariables.SITUATION.contains(name) || features.contains(name)
          || (inScore && ActVariables.SCORE.contains(name));
      if (!known) {
        List<String> allowed = new ArrayList<>(ActVariables.SITUATION);
        allowed.addAll(features);
        if (inScore) {
          allowed.addAll(ActVariables.SCORE);
        }
        problems.add(new Problem(e.pos(), at, "unknown variable `" + name + "` in `"
            + e.source() + "`" + NearestKey.suggestion(name, allowed) + " (known here: "
            + String.join(", ", allowed) + ", intentions.<practice>, standards.<practice>"
            + (inRole ? ", score.<practice>" : "") + ")"));
      }
    }
  }

  /** Quoted texts must be a level of some feature or an opportunity type. */
  private void quoted(Expression e, String at, Set<String> levels) {
    Matcher m = QUOTED.matcher(e.source());
    while (m.find()) {
      String text = m.group(1) != null ? m.group(1) : m.group(2);
      if (!levels.contains(text)) {
        problems.add(new Problem(e.pos(), at, "'" + text + "' is neither a level of a feature, "
            + "an opportunity type nor a state or body id" + NearestKey.suggestion(text, levels) + " (known: "
            + String.join(", ", levels) + ")"));
      }
    }
  }

  /** Evaluates everything over every combination of the situation's truth values. */
  private void dryRun() {
    int n = inst.practices().size();
    double[] half = new double[n];
    java.util.Arrays.fill(half, 0.5);
    List<String> typeIds = types.isEmpty() ? List.of("none") : List.copyOf(types);
    for (int bits = 0; bits < 16; bits++) {
      for (String type : typeIds) {
        boolean welcomed = (bits & 2) != 0;
        ActScoring.Situation s = new ActScoring.Situation((bits & 1) != 0, (bits & 8) != 0,
            type, (bits & 4) != 0, welcomed ? 1 : -1, welcomed, (bits & 8) != 0 ? 1 : 0, 0.5,
            "", "", "", (bits & 1) != 0, (bits & 1) != 0);
        try {
          ActScoring.score(inst, s, half, half, new double[n]);
        } catch (ActScoring.Failure ex) {
          problems.add(new Problem(ex.pos != null ? ex.pos : where, path + "." + ex.key,
              ex.getMessage() + " when " + describe(s)));
          return;
        }
      }
    }
  }

  private static String describe(ActScoring.Situation s) {
    return "conforming=" + s.conforming() + ", alone=" + s.alone() + ", type=" + s.type()
        + ", internal=" + s.internal() + ", welcomed=" + s.welcomed();
  }
}
