package org.rissim.scenario;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluates an institution's definition for one act: its features in order, its score on each
 * practice (clipped to [0,1]), and its roles (departure from the principle, imposed, calming,
 * escalation). A pure function of the situation, the actor's intentions, the global standard and
 * the execution noise, so that the model and the scenario checks evaluate acts the same way.
 */
public final class ActScoring {
  private ActScoring() {}

  /**
   * The setting of an act, set by the model (names in {@link ActVariables}).
   *
   * @param conforming      the institution's conforming response
   * @param alone           acting through no body
   * @param type            the opportunity's type id
   * @param internal        the opportunity's parties are the host's government and a non-state side
   * @param welcome         the host's disposition toward the actor
   * @param welcomed        whether that disposition passes the welcome threshold
   * @param interested      the share of contributions from states with the host in their sphere
   * @param multilaterality 1 − Herfindahl index of the contributions
   * @param actor           the acting state's id, or "" when a body fields the act itself
   * @param host            the host's id
   * @param body            the id of the body the act is done through or fielded by, or ""
   * @param fielded         a body fields the act itself ({@code fieldedBy}), on its own decision
   * @param globalBody      the act's body (through or fielding) is a global body
   */
  public record Situation(boolean conforming, boolean alone, String type, boolean internal,
      double welcome, boolean welcomed, double interested, double multilaterality, String actor,
      String host, String body, boolean fielded, boolean globalBody) {}

  /**
   * An evaluated act.
   *
   * @param features   feature values in the institution's order (String for levels, Double else)
   * @param profile    score per practice in [0,1]
   * @param departure  departure from the constitutive principle (0 when undefined)
   * @param imposed    imposed on its host (false when undefined)
   * @param calming    calms the situation (true when undefined)
   * @param escalation escalation factor (0 when undefined)
   */
  public record Scored(Object[] features, double[] profile, double departure, boolean imposed,
      boolean calming, double escalation) {}

  /** An expression of the institution failed on an act: where it was written, and why. */
  public static final class Failure extends IllegalStateException {
    private static final long serialVersionUID = 1L;
    /** The key path of the expression within the institution, e.g. {@code features[1].value}. */
    public final String key;
    /** Where the expression was written, or null. */
    public final transient Node.Pos pos;

    Failure(String key, Node.Pos pos, String message, Throwable cause) {
      super(message, cause);
      this.key = key;
      this.pos = pos;
    }
  }

  /** Runs one evaluation, turning its failure into a located {@link Failure}. */
  private static <T> T at(String key, Expression e, java.util.function.Supplier<T> eval) {
    try {
      return eval.get();
    } catch (Failure f) {
      throw f;
    } catch (IllegalStateException ex) {
      throw new Failure(key, e == null ? null : e.pos(), ex.getMessage(), ex);
    }
  }

  /**
   * Scores an act.
   *
   * @param intentions the actor's intentions per practice
   * @param standards  the global standard per practice
   * @param noise      the execution error drawn for each practice
   */
  public static Scored score(InstitutionSpec inst, Situation s, double[] intentions,
      double[] standards, double[] noise) {
    List<PracticeSpec> ps = inst.practices();
    Map<String, Object> v = new HashMap<>();
    v.put("conforming", s.conforming());
    v.put("alone", s.alone());
    v.put("type", s.type());
    v.put("internal", s.internal());
    v.put("welcome", s.welcome());
    v.put("welcomed", s.welcomed());
    v.put("interested", s.interested());
    v.put("multilaterality", s.multilaterality());
    v.put("actor", s.actor());
    v.put("host", s.host());
    v.put("body", s.body());
    v.put("fielded", s.fielded());
    v.put("globalBody", s.globalBody());
    Map<String, Double> intentionMap = new HashMap<>();
    Map<String, Double> standardMap = new HashMap<>();
    for (int p = 0; p < ps.size(); p++) {
      intentionMap.put(ps.get(p).id(), intentions[p]);
      standardMap.put(ps.get(p).id(), standards[p]);
    }
    v.put("intentions", intentionMap);
    v.put("standards", standardMap);
    List<FeatureSpec> fs = inst.features();
    Object[] features = new Object[fs.size()];
    for (int i = 0; i < features.length; i++) {
      FeatureSpec f = fs.get(i);
      String key = "features[" + i + "].value";
      Object x = at(key, f.value(), () -> f.value().evaluate(v));
      if (f.isLevel()) {
        if (!(x instanceof String level) || !f.levels().contains(level)) {
          throw new Failure(key, f.value().pos(), "feature `" + f.id() + "` got "
              + Expression.describe(x) + ", expected one of its levels " + f.levels(), null);
        }
      } else {
        if (!(x instanceof Number n)) {
          throw new Failure(key, f.value().pos(), "feature `" + f.id() + "` got "
              + Expression.describe(x) + ", expected a number", null);
        }
        x = Math.max(f.min(), Math.min(f.max(), n.doubleValue()));
      }
      features[i] = x;
      v.put(f.id(), x);
    }
    double[] profile = new double[ps.size()];
    Map<String, Double> scores = new HashMap<>();
    for (int p = 0; p < profile.length; p++) {
      double raw;
      if (ps.get(p).score().isPresent()) {
        v.put("intention", intentions[p]);
        v.put("standard", standards[p]);
        v.put("noise", noise[p]);
        Expression score = ps.get(p).score().get();
        raw = at("practices[" + p + "].score", score, () -> score.number(v));
      } else {
        raw = (s.conforming() ? standards[p] : intentions[p]) + noise[p];
      }
      profile[p] = raw < 0 ? 0 : (raw > 1 ? 1 : raw);
      scores.put(ps.get(p).id(), profile[p]);
    }
    v.remove("intention");
    v.remove("standard");
    v.remove("noise");
    v.put(ActVariables.SCORES, scores);
    double departure = inst.departure()
        .map(e -> at("departure", e, () -> unit(e.number(v)))).orElse(0.0);
    boolean imposed = inst.imposed().map(e -> at("imposed", e, () -> e.bool(v))).orElse(false);
    boolean calming = inst.calming().map(e -> at("calming", e, () -> e.bool(v))).orElse(true);
    double escalation = inst.escalation()
        .map(e -> at("escalation", e, () -> unit(e.number(v)))).orElse(0.0);
    return new Scored(features, profile, departure, imposed, calming, escalation);
  }

  private static double unit(double x) {
    return x < 0 ? 0 : (x > 1 ? 1 : x);
  }
}
