package org.rissim.model.mechanism;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.rissim.model.Crisis;
import org.rissim.model.Operation;
import org.rissim.model.RegionModel;
import org.rissim.model.SecondaryInstitution;
import org.rissim.model.StateAgent;
import org.rissim.model.event.BodyDeclinedEvent;
import org.rissim.scenario.ModelParameters;

/**
 * A body fields an act itself (docs/MODEL.md 6.3b): when an opportunity whose type names bodies
 * in {@code fieldedBy} is offered and no state has launched an act, each named body in turn
 * (that exists and has the host as a member) decides by its members' support whether to field a
 * conforming act on its own mandate, as the UN Security Council mandates a mission that
 * member states then staff (UN Charter arts. 24, 39-42, 48; Bellamy, Williams and Griffin 2010,
 * ch. 3; H24 section 3: UN operations as the global standard of conforming practice). The first
 * body that fields one ends the offer.
 *
 * <p>Member {@code j}'s support {@code x_j} has the terms and reasons of {@link
 * BodyDecision#support} with the body in place of an actor: {@code alignment = 2 align(j, host)
 * s_h} ({@code s_h = +1} when the host welcomes the body, its disposition {@code D > welcome},
 * else -1: a member sides with the host's wish), {@code opponent = -2 align(j, opponent)},
 * {@code interest = interest I_j}, {@code burden = -burden intensity}, {@code scope = -scope
 * dist(g, charter_k)}, {@code host = +-2} for the host itself by its welcome, {@code affinity =
 * 2 aff(j,k)}. Member j objects with probability {@code logistic(-x_j - objection)}; the
 * opponent always objects. The body's decision rule applies (consensus: nobody objects;
 * majority and hegemonic: a power-weighted majority of non-objectors, and for hegemonic no party
 * objecting), and an objecting member with {@code veto: true} blocks it under any rule.
 *
 * <p>Contributors are the non-objecting members that are disinterested (neither the host, the
 * opponent, nor a state with the host in its sphere) and that decide to contribute ({@link
 * OperationModel#contributes} with no actor). The most powerful contributor (first in
 * membership order among equals) is the operation's actor; without contributors nothing is
 * fielded. A refusal or a lack of contributors is a {@code body-declined} event with {@code
 * actor} null and {@code mandate} the body.
 */
public final class BodyFielding {
  private BodyFielding() {}

  /**
   * A body's decision on fielding an act itself.
   *
   * @param passed     whether it fields one
   * @param share      power-weighted share of members that did not object
   * @param supporters the members that did not object, in membership order
   * @param reasons    each objector's id mapped to its main reason
   * @param vetoedBy   the objecting members that hold a veto
   */
  public record Decision(boolean passed, double share, List<StateAgent> supporters,
      Map<String, String> reasons, List<String> vetoedBy) {}

  /**
   * Asks the crisis type's {@code fieldedBy} bodies in order; the first that fields an act ends
   * the offer.
   *
   * @return the operation fielded, or null
   */
  public static Operation field(RegionModel m, Crisis crisis) {
    for (String id : crisis.type().fieldedBy()) {
      SecondaryInstitution body = m.body(id);
      if (body == null || !body.exists() || !body.hasMember(crisis.host())) {
        continue;
      }
      Decision d = decide(m, body, crisis);
      if (!d.passed()) {
        declined(m, body, crisis, d);
        continue;
      }
      List<StateAgent> contributors = new ArrayList<>();
      for (StateAgent y : d.supporters()) {
        if (disinterested(y, crisis) && y.power() > 0
            && OperationModel.contributes(m, y, null, body, crisis)) {
          contributors.add(y);
        }
      }
      if (contributors.isEmpty()) {
        declined(m, body, crisis, d);
        continue;
      }
      StateAgent lead = contributors.get(0);
      for (StateAgent c : contributors) {
        if (c.power() > lead.power()) {
          lead = c;
        }
      }
      return OperationModel.field(m, body, lead, contributors, crisis);
    }
    return null;
  }

  /** Neither the host, the opponent, nor a state with the host in its sphere. */
  static boolean disinterested(StateAgent j, Crisis crisis) {
    return j != crisis.host() && j != crisis.opponent() && !j.inSphere(crisis.host());
  }

  /** Whether the host welcomes the body's own act: its disposition toward the body. */
  static boolean welcomed(RegionModel m, SecondaryInstitution body, Crisis crisis) {
    return OperationModel.hostDisposition(m, null, crisis, body)
        > m.parameters().choice().welcome();
  }

  /** Member j's support for the body fielding an act itself; the terms in the order of BodyDecision's reasons. */
  public static double[] support(RegionModel m, SecondaryInstitution body, StateAgent j,
      Crisis crisis) {
    ModelParameters.Bodies p = m.parameters().bodies();
    StateAgent host = crisis.host();
    boolean welcome = welcomed(m, body, crisis);
    double interest = j == host || j.inSphere(host) ? 1 : Math.max(0, j.alignment(host));
    double[] terms = new double[7];
    terms[0] = j == host ? 0 : 2 * j.alignment(host) * (welcome ? 1 : -1);
    terms[1] = crisis.opponent() == null ? 0 : -2 * j.alignment(crisis.opponent());
    terms[2] = p.interest() * interest;
    terms[3] = -p.burden() * crisis.intensity();
    terms[4] = -p.scope() * Geometry.distance(m.institution().global(), body.charter());
    terms[5] = j == host ? (welcome ? 2 : -2) : 0;
    terms[6] = 2 * j.affinity(body);
    return terms;
  }

  /** The body's decision on fielding an act itself in this crisis. */
  public static Decision decide(RegionModel m, SecondaryInstitution body, Crisis crisis) {
    Objections o = Objections.of(m, body, crisis, j -> support(m, body, j, crisis));
    boolean passed = o.vetoedBy().isEmpty() && switch (body.decisionRule()) {
      case CONSENSUS -> o.unanimous();
      case MAJORITY -> o.share() > 0.5;
      case HEGEMONIC -> !o.partyObjects() && o.share() > 0.5;
    };
    return new Decision(passed, o.share(), o.supporters(), o.reasons(), o.vetoedBy());
  }

  /** A {@code body-declined} event for a body that did not field an act itself. */
  private static void declined(RegionModel m, SecondaryInstitution body, Crisis crisis,
      Decision d) {
    // passed: the body agreed but no member contributed
    m.emit(BodyDeclinedEvent.notFielded(body.id(), crisis.id(), crisis.host().id(), d.share(),
        new ArrayList<>(d.reasons().keySet()), new ArrayList<>(d.reasons().values()),
        d.vetoedBy(), d.passed()));
  }
}
