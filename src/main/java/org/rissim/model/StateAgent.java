package org.rissim.model;

import com.carrotsearch.hppc.IntDoubleHashMap;
import java.util.Map;
import org.rissim.scenario.BodySpec;
import org.rissim.scenario.Preferences;
import org.rissim.scenario.Revisionism;
import org.rissim.scenario.StateSpec;
import org.rissim.scenario.Strategy;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * A state: an interested agent with intentions (the practice profile it wants), a preference
 * structure, a private belief about how strictly each practice binds in the region, affinities to
 * bodies, alignments toward other states and a strategy mix. Each month it takes the
 * opportunities that crises and fora give it ({@link org.rissim.model.mechanism.StrategyChoice}).
 */
public final class StateAgent implements Steppable {
  private static final long serialVersionUID = 1L;

  private final int index;
  private final StateSpec spec;
  private double power;
  private double status;
  private int votes;
  private final double[] intentions;
  private final double[] intentionsGlobal;
  private final double[] belief;
  private final double[] stance;
  private final double[] stanceGlobal;
  private final double[] mix;
  private Preferences preferences;
  /**
   * Alignment toward other states, by their index, absent meaning 0 (a primitive map: no boxing),
   * for the states that hold no dense column of alignments toward them ({@link #towardMe}).
   */
  private final IntDoubleHashMap alignment = new IntDoubleHashMap();
  /**
   * Every state's alignment toward this one, by the observer's index, once more than half the
   * region holds one (the states whose launched acts everybody observed): one array read or
   * write instead of a look-up in each observer's map, and less memory than the maps' entries.
   * Null until then. Only where alignments are stored changes, never their values.
   */
  private double[] towardMe;
  /** The number of states whose map holds an alignment toward this one (while sparse). */
  private int heldBy;
  /** The model's list of states (to move their entries into a dense column). */
  private java.util.List<StateAgent> region = java.util.List.of();
  private final double[] affinity;
  private final double[] satisfaction;
  private double resources;
  private double frustration;
  private double reputationRegional = 0.5;
  private double reputationGlobal = 0.5;
  private double criticism;
  /** Host states of its sphere, by state index (filled by the model at build). */
  private final java.util.BitSet sphere = new java.util.BitSet();

  /**
   * A state from its scenario entry.
   *
   * @param index      position in the model's state list
   * @param spec       the scenario entry
   * @param intentions target profile in the region, one value per practice
   * @param intentionsGlobal target profile at the global level, one value per practice
   * @param belief     initial belief, one value per practice
   * @param mix        strategy propensities indexed by {@link Strategy#ordinal()}
   * @param bodySlots  number of bodies (existing and foundable)
   */
  StateAgent(int index, StateSpec spec, double[] intentions, double[] intentionsGlobal,
      double[] belief, double[] mix, int bodySlots) {
    this.index = index;
    this.spec = spec;
    this.power = spec.power();
    this.status = spec.status();
    this.votes = spec.votes();
    this.intentions = intentions;
    this.intentionsGlobal = intentionsGlobal;
    this.belief = belief;
    this.stance = belief.clone();
    this.stanceGlobal = belief.clone();
    this.mix = mix;
    this.preferences = spec.preferences();
    this.affinity = new double[bodySlots];
    this.satisfaction = new double[bodySlots];
    java.util.Arrays.fill(satisfaction, 0.5);
  }

  @Override
  public void step(SimState state) {
    ((RegionModel) state).takeOpportunities(this);
  }

  /** Position in the model's state list. */
  public int index() {
    return index;
  }

  /** Identifier from the scenario. */
  public String id() {
    return spec.id();
  }

  /** The scenario entry (static attributes). */
  public StateSpec spec() {
    return spec;
  }

  /** Relative power (> 0): the scenario's value, or its dated series' value this month. */
  public double power() {
    return power;
  }

  /** Recognised standing in [0,1]: the scenario's value, or its dated series' value. */
  public double status() {
    return status;
  }

  /** Sets the status (a dated series' new value). */
  void setStatus(double value) {
    status = value;
  }

  /** Votes at the global body: the scenario's value, or its dated series' value this month. */
  public int votes() {
    return votes;
  }

  /** Sets the votes (a dated series' new value); the caller refreshes the total. */
  void setVotes(int value) {
    votes = value;
  }

  /** Sets the power (a dated series' new value); the caller refreshes the bodies' caches. */
  void setPower(double value) {
    power = value;
  }

  /** Preference structure (starts as the scenario's; moved slowly inside bodies, Navari). */
  public Preferences preferences() {
    return preferences;
  }

  /** Replaces the preference structure (socialisation inside bodies). */
  public void setPreferences(Preferences p) {
    preferences = p;
  }

  /** Stance toward the institutions of international society. */
  public Revisionism revisionism() {
    return spec.revisionism();
  }

  /** Inculcation s_i in [0,1]. */
  public double inculcation() {
    return spec.inculcation();
  }

  /** Regime insecurity in [0,1]. */
  public double regimeInsecurity() {
    return spec.regimeInsecurity();
  }

  /** Intended practice profile (live array; not modified by the model). */
  public double[] intentions() {
    return intentions;
  }

  /** Intended practice profile at a level (live array; not modified by the model). */
  public double[] intentions(BodySpec.Level level) {
    return level == BodySpec.Level.GLOBAL ? intentionsGlobal : intentions;
  }

  /** Revisionism at a level: at the global body's forum, or in the region. */
  public Revisionism revisionism(BodySpec.Level level) {
    return level == BodySpec.Level.GLOBAL ? spec.global().revisionism() : spec.revisionism();
  }

  /** Private belief b[i][p] (live array). */
  public double[] belief() {
    return belief;
  }

  /**
   * Public stance at a level: what the state says about each practice, in [0,1] (live array,
   * refreshed by {@link org.rissim.model.mechanism.Stance}); observers hear it, not the belief.
   */
  public double[] stance(BodySpec.Level level) {
    return level == BodySpec.Level.GLOBAL ? stanceGlobal : stance;
  }

  /** Strategy propensities indexed by {@link Strategy#ordinal()} (live array). */
  public double[] mix() {
    return mix;
  }

  /** Propensity of one strategy relative to the state's strongest one, in [0,1]. */
  public double relativePropensity(Strategy s) {
    double max = 0;
    for (double m : mix) {
      max = Math.max(max, m);
    }
    return max <= 0 ? 0 : mix[s.ordinal()] / max;
  }

  /** Alignment toward another state in [-1,1] (1 toward itself). */
  public double alignment(StateAgent other) {
    if (other == this) {
      return 1.0;
    }
    double[] column = other.towardMe;
    return column != null ? column[index] : alignment.getOrDefault(other.index, 0.0);
  }

  /**
   * Moves the alignment toward another state by {@code delta}, clamped to [-1,1]: the same as
   * {@code setAlignment(other, alignment(other) + delta)} with one look-up instead of two (every
   * observer of every launched act does it).
   */
  public void addAlignment(StateAgent other, double delta) {
    if (other == this) {
      return;
    }
    double[] column = other.towardMe;
    if (column != null) {
      column[index] = Math.max(-1, Math.min(1, column[index] + delta));
      return;
    }
    int at = alignment.indexOf(other.index);
    if (alignment.indexExists(at)) {
      alignment.indexReplace(at, Math.max(-1, Math.min(1, alignment.indexGet(at) + delta)));
    } else {
      alignment.indexInsert(at, other.index, Math.max(-1, Math.min(1, 0.0 + delta)));
      other.heldByOneMore();
    }
  }

  public void setAlignment(StateAgent other, double value) {
    if (other == this) {
      return;
    }
    double clamped = Math.max(-1, Math.min(1, value));
    double[] column = other.towardMe;
    if (column != null) {
      column[index] = clamped;
      return;
    }
    int at = alignment.indexOf(other.index);
    if (alignment.indexExists(at)) {
      alignment.indexReplace(at, clamped);
    } else {
      alignment.indexInsert(at, other.index, clamped);
      other.heldByOneMore();
    }
  }

  /** Whether the alignments toward this state are held in one column (for tests). */
  boolean alignmentsDense() {
    return towardMe != null;
  }

  /** The model's list of states, for {@link #towardMe}; set when the state joins the model. */
  void joinRegion(java.util.List<StateAgent> states) {
    this.region = states;
  }

  /**
   * One more state holds an alignment toward this one; past half the region, every state's
   * alignment toward it moves from the states' maps into one column.
   */
  private void heldByOneMore() {
    heldBy++;
    if (towardMe == null && 2 * heldBy > region.size()) {
      double[] column = new double[region.size()];
      for (StateAgent s : region) {
        int at = s.alignment.indexOf(index);
        if (s.alignment.indexExists(at)) {
          column[s.index] = s.alignment.indexGet(at);
          s.alignment.indexRemove(at);
        }
      }
      towardMe = column;
    }
  }

  /** Affinity to a body in [-1,1]. */
  public double affinity(SecondaryInstitution body) {
    return affinity[body.index()];
  }

  public void setAffinity(SecondaryInstitution body, double value) {
    double before = affinity[body.index()];
    affinity[body.index()] = Math.max(-1, Math.min(1, value));
    body.affinityChanged(this, before, affinity[body.index()]);
  }

  /** Satisfaction with a body it belongs to, in [0,1]. */
  public double satisfaction(SecondaryInstitution body) {
    return satisfaction[body.index()];
  }

  public void setSatisfaction(SecondaryInstitution body, double value) {
    satisfaction[body.index()] = Math.max(0, Math.min(1, value));
  }

  /** Resources available, in months of the state's own income. */
  public double resources() {
    return resources;
  }

  public void setResources(double value) {
    resources = value;
  }

  /** Accumulated frustration with the body it leads. */
  public double frustration() {
    return frustration;
  }

  public void setFrustration(double value) {
    frustration = Math.max(0, value);
  }

  /** Legitimacy its own recent acts earned before the regional audience, [0,1]. */
  public double reputationRegional() {
    return reputationRegional;
  }

  /** Legitimacy its own recent acts earned before the global audience, [0,1]. */
  public double reputationGlobal() {
    return reputationGlobal;
  }

  public void updateReputation(double regional, double global, double memory) {
    reputationRegional += memory * (regional - reputationRegional);
    reputationGlobal += memory * (global - reputationGlobal);
  }

  /** Whether the host is in this state's sphere (it may intervene there; it is interested). */
  public boolean inSphere(StateAgent host) {
    return sphere.get(host.index());
  }

  /** Adds a host to the sphere (called once per sphere entry when the model is built). */
  public void addToSphere(StateAgent host) {
    sphere.set(host.index());
  }

  /** Criticism this state's acts have drawn recently (decays monthly), >= 0. */
  public double criticism() {
    return criticism;
  }

  /** Sets the criticism drawn. */
  public void setCriticism(double value) {
    criticism = Math.max(0, value);
  }

  @Override
  public String toString() {
    return spec.id();
  }
}
