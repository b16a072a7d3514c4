package org.rissim.gui;

import org.rissim.model.RegionModel;
import org.rissim.model.SecondaryInstitution;
import org.rissim.model.StateAgent;
import org.rissim.model.mechanism.RecognitionVote;

/**
 * A secondary institution as MASON's inspector and the region view see it: read-only bean
 * properties over the live body (members, legitimacy, recognition, cohesion ...).
 */
public final class BodyView {
  private final RegionModel model;
  private final SecondaryInstitution body;

  /** A view of {@code body} in {@code model}. */
  public BodyView(RegionModel model, SecondaryInstitution body) {
    this.model = model;
    this.body = body;
  }

  /** The body viewed. */
  public SecondaryInstitution body() {
    return body;
  }

  @Override
  public String toString() {
    return body.id();
  }

  // ---- bean properties ---------------------------------------------------------------------

  /** Identifier. */
  public String getId() {
    return body.id();
  }

  /** Name. */
  public String getName() {
    return body.name();
  }

  /** Global or regional. */
  public String getLevel() {
    return body.level().toString();
  }

  /** Founding month, or "not founded". */
  public String getFounded() {
    return body.founded() == null ? "not founded" : body.founded().toString();
  }

  /** Whether it was founded during the run. */
  public boolean getEndogenous() {
    return body.endogenous();
  }

  /** Leading state, or "none". */
  public String getLeader() {
    StateAgent l = body.leader();
    return l == null ? "none" : l.id();
  }

  /** Members in joining order. */
  public String getMembers() {
    return String.join(", ", body.memberIds());
  }

  /** Number of members. */
  public int getMemberCount() {
    return body.members().size();
  }

  /** Decision rule. */
  public String getDecisionRule() {
    return body.decisionRule().toString();
  }

  /** Capability to mount operations, [0,1]. */
  public double getCapability() {
    return body.capability();
  }

  /** Formally committed practice profile. */
  public String getCharter() {
    return StateView.profile(model, body.charter());
  }

  /** Power-weighted mean belief of members. */
  public String getPosition() {
    return StateView.profile(model, body.position());
  }

  /** Legitimacy before the global audience, [0,1]. */
  public double getLegitimacyGlobal() {
    return body.legitimacyGlobal();
  }

  /** Legitimacy before the regional audience, [0,1]. */
  public double getLegitimacyRegional() {
    return body.legitimacyRegional();
  }

  /** Recognition level: 1 + index of the highest rung held, 0 for none. */
  public int getRecognition() {
    return RecognitionVote.level(model, body);
  }

  /** Recognition rungs held, in the order gained. */
  public String getRecognitionRungs() {
    return body.rungs().isEmpty() ? "none" : String.join(", ", body.rungs());
  }

  /** Cohesion in [0,1]. */
  public double getCohesion() {
    return body.cohesion();
  }

  /** Gap between charter and practice, [0,1]. */
  public double getHypocrisy() {
    return body.hypocrisy();
  }

  /** Power share of the leader among members, [0,1]. */
  public double getDominance() {
    return body.dominance();
  }
}
