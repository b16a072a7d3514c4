package org.rissim.model.mechanism;

import java.util.ArrayList;
import java.util.List;
import org.rissim.model.Act;
import org.rissim.model.Crisis;
import org.rissim.model.Operation;
import org.rissim.model.RegionModel;
import org.rissim.model.SecondaryInstitution;
import org.rissim.model.StateAgent;
import org.rissim.model.event.DiscursiveEvent;
import org.rissim.model.event.EndorsementVoteEvent;
import org.rissim.model.event.OperationDescription;
import org.rissim.model.event.OperationEvent;
import org.rissim.scenario.Strategy;
import org.rissim.scenario.ActScoring;
import org.rissim.scenario.BodySpec;
import org.rissim.scenario.PracticeSpec;

/**
 * Operations and discursive acts: the practice profile an operation enacts, its contributors and
 * multilaterality, its legitimacy before the two audiences, and endorsement votes by other bodies.
 * The forum and the acting body's decision are {@link BodyDecision}'s.
 */
public final class OperationModel {
  private OperationModel() {}

  /** Tolerance (mean absolute gap to g) under which an operation counts as conforming. */
  public static final double CONFORMING = 0.2;

  /**
   * How willing the host government is to receive the actor: its alignment toward the actor, plus
   * its regime insecurity when its government invites help, plus half its affinity to the body.
   * With no actor (a body's own act) the alignment term is 0.
   */
  public static double hostDisposition(RegionModel m, StateAgent actor, Crisis c,
      SecondaryInstitution body) {
    StateAgent h = c.host();
    double d = actor == null ? 0 : h.alignment(actor);
    if (c.type().governmentInvites()) {
      d += h.regimeInsecurity();
    }
    if (body != null && body.hasMember(h)) {
      d += 0.5 * h.affinity(body);
    }
    return d;
  }

  /**
   * Launches an operation (after the body's decision when acting through one).
   *
   * @return false when the body declined
   */
  public static boolean launch(RegionModel m, StateAgent actor, Crisis crisis,
      SecondaryInstitution body, Strategy strategy) {
    boolean comply = strategy == Strategy.COMPLY;
    List<StateAgent> contributors = new ArrayList<>();
    contributors.add(actor);
    if (body != null && !comply) {
      BodyDecision.Decision decision = BodyDecision.decide(m, body, actor, crisis);
      if (!decision.passed()) {
        BodyDecision.refuse(m, body, actor, crisis, decision);
        return false;
      }
      List<StateAgent> yes = decision.supporters();
      for (StateAgent y : yes) {
        if (y != actor && y.power() > 0 && contributes(m, y, actor, body, crisis)) {
          contributors.add(y);
        }
      }
    }
    double[] shares = new double[contributors.size()];
    for (int i = 0; i < shares.length; i++) {
      StateAgent c = contributors.get(i);
      shares[i] = c == actor ? c.power() : c.power() * (body == null ? 0 : body.capability());
    }
    deploy(m, actor, crisis, body, strategy, contributors, shares, null);
    return true;
  }

  /**
   * A body fields a conforming act itself (docs/MODEL.md 6.3b): {@code lead} (its most powerful
   * contributor) is the operation's actor, every contributor's share is its power, the host's
   * disposition is toward the body (no state's alignment), and the operation records the body
   * as its fielder ({@link Operation#fieldedBy()}; the event's {@code mandate}).
   */
  static Operation field(RegionModel m, SecondaryInstitution body, StateAgent lead,
      List<StateAgent> contributors, Crisis crisis) {
    double[] shares = new double[contributors.size()];
    for (int i = 0; i < shares.length; i++) {
      shares[i] = contributors.get(i).power();
    }
    return deploy(m, lead, crisis, body, Strategy.COMPLY, contributors, shares, body);
  }

  /**
   * Deploys an act: its profile, legitimacy, event and endorsements. {@code fielder} is the body
   * fielding it as its own act, or null for a state's act.
   */
  private static Operation deploy(RegionModel m, StateAgent actor, Crisis crisis,
      SecondaryInstitution body, Strategy strategy, List<StateAgent> contributors,
      double[] shares, SecondaryInstitution fielder) {
    boolean comply = strategy == Strategy.COMPLY;
    double total = 0;
    for (int i = 0; i < shares.length; i++) {
      total += shares[i];
    }
    double interested = 0;
    double herfindahl = 0;
    for (int i = 0; i < shares.length; i++) {
      shares[i] /= total;
      herfindahl += shares[i] * shares[i];
      if (contributors.get(i).inSphere(crisis.host())) {
        interested += shares[i];
      }
    }
    double multilaterality = 1 - herfindahl;

    // The act's features, profile and roles come from the scenario's institution (ActScoring):
    // the model sets only the situation. One execution error is drawn per practice, in order.
    double disposition = hostDisposition(m, fielder == null ? actor : null, crisis, body);
    List<PracticeSpec> practices = m.institution().practices();
    double[] noise = new double[practices.size()];
    double sd = m.parameters().belief().noise();
    for (int p = 0; p < noise.length; p++) {
      noise[p] = sd * m.random.nextGaussian();
    }
    ActScoring.Situation situation = new ActScoring.Situation(comply, body == null,
        crisis.typeId(), crisis.type().internal(), disposition,
        disposition > m.parameters().choice().welcome(), interested, multilaterality,
        fielder == null ? actor.id() : "", crisis.host().id(), body == null ? "" : body.id(),
        fielder != null, body != null && body.isGlobal());
    ActScoring.Scored scored = ActScoring.score(m.institution().spec(), situation,
        fielder == null ? actor.intentions() : m.institution().global(), m.institution().global(),
        noise);
    double[] profile = scored.profile();
    double[] g = m.institution().global();
    Operation op = new Operation(m.nextOperationId(), crisis, actor, body, strategy, contributors,
        shares, scored, multilaterality, m.tick());
    op.fieldBy(fielder);
    Act act = new Act(op.observedActor(), body, profile, 1.0, multilaterality, crisis.host(),
        op.imposed(), op);
    double lg = Legitimacy.global(m, act);
    double lr = Legitimacy.regional(m, act);
    op.setLegitimacy(lg, lr);
    crisis.setOperation(op);
    m.operations().add(op);
    m.actsThisMonth().add(act);
    double memory = m.parameters().legitimacy().memory();
    if (fielder == null) { // a body's own act earns its lead contributor no reputation
      actor.updateReputation(lr, lg, 3 * memory);
    }
    if (body != null) {
      body.recordPractice(profile, 3 * memory);
      body.setLegitimacy(body.legitimacyGlobal() + 3 * memory * (lg - body.legitimacyGlobal()),
          body.legitimacyRegional() + 3 * memory * (lr - body.legitimacyRegional()));
      StateAgent opp = crisis.opponent();
      if (opp != null && body.hasMember(opp)) {
        BodyLife.failed(m, body, opp);
      }
      if (crisis.requestedFrom() == body && !op.imposed()) {
        StateAgent h = crisis.host();
        h.setSatisfaction(body, h.satisfaction(body) + 0.3);
      }
    }
    if (op.imposed() && fielder == null) {
      // A host imposed upon by the leader of a body it belongs to has been failed by that body.
      for (SecondaryInstitution b : m.bodies()) {
        if (b.exists() && b.leader() == actor && b.hasMember(crisis.host())) {
          BodyLife.failed(m, b, crisis.host());
        }
      }
    }
    m.emit(new OperationEvent(description(op), body != null && !comply,
        op.conforms(g, CONFORMING)));
    endorse(m, op, act);
    return op;
  }

  /**
   * Whether a supporting member contributes force to an act through a body: its own decision
   * (DESIGN §2 "each member decides whether to contribute"), never for the host or the opposing
   * party, nor for a member that cannot pay a month of the act; otherwise with probability
   * {@code logistic(2 align(j, actor) + 2 aff_jk - 2 align(j, opponent) + [host in j's sphere]
   * - contributionCost)}: allies, members attached to the body and interested states
   * contribute, the others let the act proceed without them. For a body's own act
   * ({@code actor} null) the alignment term toward the actor is 0.
   */
  static boolean contributes(RegionModel m, StateAgent j, StateAgent actor,
      SecondaryInstitution body, Crisis crisis) {
    if (j == crisis.host() || j == crisis.opponent()
        || j.resources() < m.parameters().choice().operationCost()) {
      return false;
    }
    double u = (actor == null ? 0 : 2 * j.alignment(actor)) + 2 * j.affinity(body)
        + (j.inSphere(crisis.host()) ? 1 : 0) - m.parameters().choice().contributionCost();
    if (crisis.opponent() != null) {
      u -= 2 * j.alignment(crisis.opponent());
    }
    return m.random.nextDouble() < Geometry.logistic(u);
  }

  /** A discursive act: a speech, a declaration through a body, praise or criticism. */
  public static void speak(RegionModel m, StateAgent actor, SecondaryInstitution body,
      double[] profile, String kind, String target) {
    double multilaterality = 0;
    if (body != null) {
      int signers = body.signers();
      multilaterality = signers <= 1 ? 0 : 1 - 1.0 / signers;
    }
    double[] p = profile.clone();
    Act act = new Act(actor, body, p, m.parameters().belief().words(), multilaterality, null,
        false, null);
    m.actsThisMonth().add(act);
    m.emit(new DiscursiveEvent(actor.id(), body == null ? null : body.id(), kind, target, p));
  }

  /** Endorsement votes by bodies that endorse operations on their members' soil (consensus). */
  private static void endorse(RegionModel m, Operation op, Act act) {
    for (SecondaryInstitution e : m.bodies()) {
      if (!e.exists() || !e.endorses() || e == op.body() || !e.hasMember(op.crisis().host())) {
        continue;
      }
      List<String> against = new ArrayList<>();
      for (StateAgent j : e.members()) {
        if (m.random.nextDouble() >= Legitimacy.granted(m, j, act)) {
          against.add(j.id());
        }
      }
      m.emit(new EndorsementVoteEvent(e.id(), op.id(), against.isEmpty(), against));
    }
  }

  /** What an operation is, as its events describe it (docs/OUTPUTS.md). */
  public static OperationDescription description(Operation op) {
    List<String> ids = new ArrayList<>();
    for (StateAgent c : op.contributors()) {
      ids.add(c.id());
    }
    return new OperationDescription(op.id(), op.crisis().id(), op.crisis().host().id(),
        op.actor().id(), op.body() == null ? null : op.body().id(), op.strategy().key(),
        op.fieldedBy() == null ? null : op.fieldedBy().id(), ids, op.features(),
        op.multilaterality(), op.legitimacyGlobal(), op.legitimacyRegional(), op.profile());
  }

  /** Whether a body is a regional body that exists (helper for founding and voting). */
  static boolean regionalBody(SecondaryInstitution b) {
    return b.exists() && b.level() == BodySpec.Level.REGIONAL;
  }
}
