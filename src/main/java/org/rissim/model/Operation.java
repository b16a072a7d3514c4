package org.rissim.model;

import java.util.List;
import org.rissim.scenario.ActScoring;
import org.rissim.scenario.Strategy;

/**
 * An act in answer to an opportunity (for peacekeeping an intervention in a crisis) by a state
 * alone or through a body, with its features and practice profile as the scenario's institution
 * scores them, its multilaterality, legitimacy, duration and outcome.
 */
public final class Operation {
  private final String id;
  private final Crisis crisis;
  private final StateAgent actor;
  private final SecondaryInstitution body;
  private final Strategy strategy;
  private final List<StateAgent> contributors;
  private final double[] shares;
  private final double[] profile;
  private final Object[] features;
  private final double departure;
  private final boolean imposed;
  private final boolean calming;
  private final double escalation;
  private final double multilaterality;
  private final int startTick;
  private double legitimacyGlobal;
  private double legitimacyRegional;
  private boolean mandated;
  private SecondaryInstitution fieldedBy;
  private String outcome;
  private int endTick = -1;
  private boolean deployed = true;

  /** A new operation (built by the operation model). */
  public Operation(String id, Crisis crisis, StateAgent actor, SecondaryInstitution body,
      Strategy strategy, List<StateAgent> contributors, double[] shares,
      ActScoring.Scored scored, double multilaterality, int startTick) {
    this.id = id;
    this.crisis = crisis;
    this.actor = actor;
    this.body = body;
    this.strategy = strategy;
    this.contributors = List.copyOf(contributors);
    this.shares = shares;
    this.profile = scored.profile();
    this.features = scored.features();
    this.departure = scored.departure();
    this.imposed = scored.imposed();
    this.calming = scored.calming();
    this.escalation = scored.escalation();
    this.multilaterality = multilaterality;
    this.startTick = startTick;
  }

  /** Identifier ({@code op-N}). */
  public String id() {
    return id;
  }

  /** The crisis it intervenes in. */
  public Crisis crisis() {
    return crisis;
  }

  /** The state that launched it. */
  public StateAgent actor() {
    return actor;
  }

  /** The body it acts through, or null when unilateral. */
  public SecondaryInstitution body() {
    return body;
  }

  /** The strategy it enacts (comply, behavioural, through body). */
  public Strategy strategy() {
    return strategy;
  }

  /** Contributing states. */
  public List<StateAgent> contributors() {
    return contributors;
  }

  /** Share of force of each contributor (same order), summing to 1. */
  public double[] shares() {
    return shares;
  }

  /** Practice profile in [0,1] per practice. */
  public double[] profile() {
    return profile;
  }

  /** The act's feature values, in the institution's feature order (text or number). */
  public Object[] features() {
    return features.clone();
  }

  /** Departure from the constitutive principle, [0,1] (the institution's {@code departure}). */
  public double departure() {
    return departure;
  }

  /** Whether it was imposed on its host against its will (the institution's {@code imposed}). */
  public boolean imposed() {
    return imposed;
  }

  /** Whether it calms the crisis it answers (the institution's {@code calming}). */
  public boolean calming() {
    return calming;
  }

  /** Its escalation factor, [0,1] (the institution's {@code escalation}). */
  public double escalation() {
    return escalation;
  }

  /** 1 - 1/effective number of contributors, [0,1). */
  public double multilaterality() {
    return multilaterality;
  }

  /** Tick it was launched. */
  public int startTick() {
    return startTick;
  }

  /** Vote-weighted legitimacy granted by the global audience at launch, [0,1]. */
  public double legitimacyGlobal() {
    return legitimacyGlobal;
  }

  /** Regional-weighted legitimacy granted by the regional audience at launch, [0,1]. */
  public double legitimacyRegional() {
    return legitimacyRegional;
  }

  public void setLegitimacy(double global, double regional) {
    legitimacyGlobal = global;
    legitimacyRegional = regional;
  }

  /**
   * The body that fielded it as its own act (on its own mandate, when no state answered the
   * opportunity), or null for a state's act. Its {@link #actor()} is then the lead contributor,
   * who pays and whose resources decide a frozen deployment's cost; observers see the body as
   * its author ({@link #observedActor()}).
   */
  public SecondaryInstitution fieldedBy() {
    return fieldedBy;
  }

  /** Marks it as the body's own act. */
  public void fieldBy(SecondaryInstitution body) {
    fieldedBy = body;
  }

  /** The state observers hold to be its author: the actor, or null for a body's own act. */
  public StateAgent observedActor() {
    return fieldedBy == null ? actor : null;
  }

  /** Whether the global body mandated it. */
  public boolean mandated() {
    return mandated;
  }

  public void mandate() {
    mandated = true;
  }

  /**
   * Whether it is still deployed: until it is withdrawn or escalates. An operation that froze the
   * conflict stays deployed (a frozen deployment) with outcome "frozen".
   */
  public boolean active() {
    return deployed;
  }

  /** Outcome (withdrawn, frozen, escalated, taken-over), or null while the crisis is unresolved. */
  public String outcome() {
    return outcome;
  }

  /** Tick its outcome was reached (withdrawal, escalation or freezing), or -1. */
  public int endTick() {
    return endTick;
  }

  public void end(String outcome, int tick) {
    this.outcome = outcome;
    this.endTick = tick;
    this.deployed = outcome.equals("frozen");
  }

  /**
   * Ends a frozen deployment: the force leaves (settlement, cost or a mandate's end); its outcome
   * stays {@code frozen}.
   */
  public void leave() {
    deployed = false;
  }

  /** Whether it conforms to the standard within {@code tolerance} (mean absolute gap). */
  public boolean conforms(double[] standard, double tolerance) {
    double gap = 0;
    for (int p = 0; p < profile.length; p++) {
      gap += Math.abs(profile[p] - standard[p]);
    }
    return gap / profile.length <= tolerance;
  }
}
