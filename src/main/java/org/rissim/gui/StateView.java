package org.rissim.gui;

import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import org.rissim.model.Crisis;
import org.rissim.model.RegionModel;
import org.rissim.model.SecondaryInstitution;
import org.rissim.model.StateAgent;
import org.rissim.scenario.Strategy;
import org.rissim.scenario.PracticeSpec;
import org.rissim.scenario.Preferences;

/**
 * A state as MASON's inspector and the region view see it: read-only bean properties over the
 * live agent (beliefs, intentions, preferences, strategy mix, memberships, affinities ...).
 */
public final class StateView {
  private final RegionModel model;
  private final StateAgent agent;
  private final ExplorerParameters parameters;

  /** A view of {@code agent} in {@code model}; the practice shown comes from the parameters. */
  public StateView(RegionModel model, StateAgent agent, ExplorerParameters parameters) {
    this.model = model;
    this.agent = agent;
    this.parameters = parameters;
  }

  /** The agent viewed. */
  public StateAgent agent() {
    return agent;
  }

  /** The active crisis this state hosts, or null. */
  public Crisis activeCrisis() {
    for (Crisis c : model.crises()) {
      if (!c.over() && c.host() == agent) {
        return c;
      }
    }
    return null;
  }

  /** Belief in the practice chosen in the model inspector, [0,1]. */
  public double shownBelief() {
    return agent.belief()[parameters.practiceIndex()];
  }

  /** Formats a practice profile as "practice value, ...". */
  static String profile(RegionModel model, double[] values) {
    if (values == null) {
      return "-";
    }
    List<PracticeSpec> ps = model.institution().practices();
    StringJoiner j = new StringJoiner(", ");
    for (int p = 0; p < values.length; p++) {
      j.add(ps.get(p).id() + " " + num(values[p]));
    }
    return j.toString();
  }

  /** A number with two decimals, locale-independent. */
  static String num(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }

  @Override
  public String toString() {
    return agent.id();
  }

  // ---- bean properties ---------------------------------------------------------------------

  /** Identifier. */
  public String getId() {
    return agent.id();
  }

  /** Name. */
  public String getName() {
    return agent.spec().name();
  }

  /** Whether the state belongs to the region. */
  public boolean getRegional() {
    return agent.spec().regional();
  }

  /** Relative power. */
  public double getPower() {
    return agent.power();
  }

  /** Status in [0,1]. */
  public double getStatus() {
    return agent.status();
  }

  /** Stance toward international society's institutions. */
  public String getRevisionism() {
    return agent.revisionism().toString();
  }

  /** Inculcation in [0,1]. */
  public double getInculcation() {
    return agent.inculcation();
  }

  /** Regime insecurity in [0,1]. */
  public double getRegimeInsecurity() {
    return agent.regimeInsecurity();
  }

  /** Belief in the practice chosen in the model inspector. */
  public double getBeliefInShownPractice() {
    return shownBelief();
  }

  /** Private beliefs per practice. */
  public String getBeliefs() {
    return profile(model, agent.belief());
  }

  /** Intended practice profile. */
  public String getIntentions() {
    return profile(model, agent.intentions());
  }

  /** Public stance in the region per practice: what its speeches at crises say. */
  public String getStance() {
    return profile(model, agent.stance(org.rissim.scenario.BodySpec.Level.REGIONAL));
  }

  /** Public stance at the global body's forum per practice, and its revisionism there. */
  public String getGlobalStance() {
    return profile(model, agent.stance(org.rissim.scenario.BodySpec.Level.GLOBAL)) + " ("
        + agent.revisionism(org.rissim.scenario.BodySpec.Level.GLOBAL) + ")";
  }

  /** Preference structure (weights of goal, status, regime security, stability, conformity). */
  public String getPreferences() {
    Preferences p = agent.preferences();
    return "goal " + num(p.goal()) + ", status " + num(p.status()) + ", regimeSecurity "
        + num(p.regimeSecurity()) + ", stability " + num(p.stability()) + ", conformity "
        + num(p.conformity());
  }

  /** Current strategy propensities (they change when learning is on). */
  public String getStrategyMix() {
    StringJoiner j = new StringJoiner(", ");
    double[] mix = agent.mix();
    for (Strategy s : Strategy.values()) {
      if (s.ordinal() < mix.length) {
        j.add(s.key() + " " + num(mix[s.ordinal()]));
      }
    }
    return j.toString();
  }

  /** Bodies it belongs to, with its satisfaction in each. */
  public String getMemberships() {
    StringJoiner j = new StringJoiner(", ");
    for (SecondaryInstitution b : model.bodies()) {
      if (b.exists() && b.hasMember(agent)) {
        j.add(b.id() + " (satisfaction " + num(agent.satisfaction(b)) + ")");
      }
    }
    return j.length() == 0 ? "none" : j.toString();
  }

  /** Affinity to every existing body, [-1,1]. */
  public String getAffinities() {
    StringJoiner j = new StringJoiner(", ");
    for (SecondaryInstitution b : model.bodies()) {
      if (b.exists()) {
        j.add(b.id() + " " + num(agent.affinity(b)));
      }
    }
    return j.toString();
  }

  /** Resources, in months of own income. */
  public double getResources() {
    return agent.resources();
  }

  /** Frustration with the body it leads. */
  public double getFrustration() {
    return agent.frustration();
  }

  /** Legitimacy its recent acts earned before the regional audience. */
  public double getReputationRegional() {
    return agent.reputationRegional();
  }

  /** Legitimacy its recent acts earned before the global audience. */
  public double getReputationGlobal() {
    return agent.reputationGlobal();
  }

  /** Criticism its acts have drawn recently. */
  public double getCriticism() {
    return agent.criticism();
  }

  /** The active crisis it hosts, or "none". */
  public String getCrisis() {
    Crisis c = activeCrisis();
    return c == null ? "none" : c.id() + " (" + c.label() + ", intensity " + num(c.intensity())
        + (c.frozen() ? ", frozen" : "") + ")";
  }
}
