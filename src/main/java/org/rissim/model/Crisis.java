package org.rissim.model;

import org.rissim.scenario.CrisisSpec.CrisisType;

/**
 * A crisis in a host state: an opportunity to act. Its intensity decays (faster under an
 * operation that has the parties' or the host government's consent), and it may freeze or
 * escalate.
 */
public final class Crisis {
  private final String id;
  private final String label;
  private final String typeId;
  private final CrisisType type;
  private final StateAgent host;
  private final StateAgent opponent;
  private final boolean scripted;
  private final int startTick;
  private double intensity;
  private Operation operation;
  private boolean resolved;
  private boolean frozen;
  private boolean requested;
  private SecondaryInstitution requestedFrom;
  private int lastDecisionTick = Integer.MIN_VALUE;

  Crisis(String id, String label, String typeId, CrisisType type, StateAgent host,
      StateAgent opponent, boolean scripted, int startTick, double intensity) {
    this.id = id;
    this.label = label;
    this.typeId = typeId;
    this.type = type;
    this.host = host;
    this.opponent = opponent;
    this.scripted = scripted;
    this.startTick = startTick;
    this.intensity = intensity;
  }

  /** Identifier. */
  public String id() {
    return id;
  }

  /** Text for charts and events. */
  public String label() {
    return label;
  }

  /** Crisis type id. */
  public String typeId() {
    return typeId;
  }

  /** Crisis type parameters. */
  public CrisisType type() {
    return type;
  }

  /** Host state (the territory). */
  public StateAgent host() {
    return host;
  }

  /** The other state party of an interstate crisis, or null. */
  public StateAgent opponent() {
    return opponent;
  }

  /** Whether it came from the scenario's timeline. */
  public boolean scripted() {
    return scripted;
  }

  /** Tick it broke out. */
  public int startTick() {
    return startTick;
  }

  /** Intensity in [0,1]. */
  public double intensity() {
    return intensity;
  }

  public void setIntensity(double v) {
    intensity = Math.max(0, Math.min(1, v));
  }

  /** The operation deployed in it, or null. */
  public Operation operation() {
    return operation;
  }

  public void setOperation(Operation op) {
    operation = op;
  }

  /** Whether it has ended (resolved or frozen). */
  public boolean over() {
    return resolved || frozen;
  }

  /** Whether it ended in a frozen conflict. */
  public boolean frozen() {
    return frozen;
  }

  public void resolve() {
    resolved = true;
  }

  public void freeze() {
    frozen = true;
  }

  /** Whether the host asked a body for help, and which. */
  public SecondaryInstitution requestedFrom() {
    return requested ? requestedFrom : null;
  }

  public void request(SecondaryInstitution body) {
    requested = body != null;
    requestedFrom = body;
  }

  public int lastDecisionTick() {
    return lastDecisionTick;
  }

  public void decided(int tick) {
    lastDecisionTick = tick;
  }
}
