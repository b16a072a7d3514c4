package org.rissim.model.mechanism;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.rissim.model.Crisis;
import org.rissim.model.RegionModel;
import org.rissim.model.SecondaryInstitution;
import org.rissim.model.StateAgent;
import org.rissim.model.event.BodyDeclinedEvent;
import org.rissim.scenario.ModelParameters;

/**
 * Forum choice and body decisions (Hadano 2024, section 1: states "act through" secondary
 * institutions; the design brief's section 2a). The forum of an act is chosen by a logit over
 * acting alone and each regional body the actor belongs to,
 * {@code P(k) ~ exp(forumBeta (U_ik + gamma L_k - c_k))}. A body asked to act decides by its
 * members' utilities: alignment with the actor and the parties, interest in the host, the burden
 * of the operation and whether the request lies within the charter's scope; a refusal is an event
 * with each objector's main reason, and a refused member (not the leader, whose frustration
 * grows instead) loses affinity and satisfaction.
 */
public final class BodyDecision {
  private BodyDecision() {}

  /**
   * A body's decision on acting.
   *
   * @param passed     whether the body acts
   * @param share      power-weighted share of members that did not object, [0,1]
   * @param supporters the members that did not object, in membership order
   * @param reasons    each objector's id mapped to the term that weighed most against (opponent,
   *                   alignment, interest, burden, scope or host)
   */
  public record Decision(boolean passed, double share, List<StateAgent> supporters,
      Map<String, String> reasons) {}

  /**
   * The forum of an act: null (alone) or a regional body. Options: alone, with
   * {@code U = 0}, {@code L = rep_R(i)} (its own regional reputation) and no cost; each existing
   * regional body k with {@code i in k} (and, at a crisis, that can operate and has the host as a
   * member), with {@code U_ik = aff(i,k) + dominance_k [i leads k] + [host asked k]},
   * {@code L_k = L_R(k)} and {@code c_k = forumCost (1 - powerShare_ik)}: acting through a body
   * means sharing control, cheap for a member that carries most of its power. Drawn by
   * {@code P ~ exp(forumBeta (U + gamma L - c))}.
   *
   * @param crisis the crisis, or null at the forum
   * @return the chosen body, or null when acting alone is chosen or no body is eligible
   */
  public static SecondaryInstitution chooseForum(RegionModel m, StateAgent s, Crisis crisis) {
    List<SecondaryInstitution> eligible = eligibleBodies(m, s, crisis);
    if (eligible.isEmpty()) {
      return null;
    }
    double[] u = forumUtilities(m, s, crisis, eligible);
    double[] prior = new double[u.length];
    java.util.Arrays.fill(prior, 1);
    int pick = StrategyChoice.choose(m.random, prior, u, m.parameters().choice().forumBeta());
    return pick <= 0 ? null : eligible.get(pick - 1);
  }

  /** The regional bodies a state could act through (at a crisis: operating, with the host). */
  public static List<SecondaryInstitution> eligibleBodies(RegionModel m, StateAgent s, Crisis crisis) {
    StateAgent host = crisis == null ? null : crisis.host();
    List<SecondaryInstitution> eligible = new ArrayList<>();
    for (SecondaryInstitution b : m.bodies()) {
      if (b.exists() && !b.isGlobal() && b.hasMember(s) && (host == null
          || (b.canOperate() && b.hasMember(host)))) {
        eligible.add(b);
      }
    }
    return eligible;
  }

  /**
   * The forum utilities {@code U + gamma L - c}: index 0 is acting alone, index k + 1 the k-th
   * eligible body.
   */
  public static double[] forumUtilities(RegionModel m, StateAgent s, Crisis crisis,
      List<SecondaryInstitution> eligible) {
    ModelParameters.Choice c = m.parameters().choice();
    double[] u = new double[eligible.size() + 1];
    u[0] = c.forumLegitimacy() * s.reputationRegional();
    for (int k = 0; k < eligible.size(); k++) {
      SecondaryInstitution b = eligible.get(k);
      double own = powerShare(b, s);
      u[k + 1] = s.affinity(b) + (b.leader() == s ? b.dominance() : 0)
          + (crisis != null && crisis.requestedFrom() == b ? 1 : 0)
          + c.forumLegitimacy() * b.legitimacyRegional() - c.forumCost() * (1 - own);
    }
    return u;
  }

  /** The state's share of the body's members' power, [0,1]. */
  public static double powerShare(SecondaryInstitution b, StateAgent s) {
    // The cached sum: a region-wide body made this loop O(N^2) a month at the forum.
    double total = b.memberPower();
    return total == 0 || !b.hasMember(s) ? 0 : s.power() / total;
  }

  /**
   * Member j's support for the body acting on {@code actor}'s request in {@code crisis}:
   * {@code x_j = 2 align(j, actor) + 2 aff(j,k) - 2 align(j, opponent) + interest I_j
   * - burden intensity - scope dist(t_actor, charter_k)} plus 2 for a host that consents, minus 2
   * for one that does not, where {@code I_j} is 1 when the host is in j's sphere or is j, else
   * {@code max(0, align(j, host))}.
   *
   * @return the terms of the support, in the order alignment, opponent, interest, burden, scope,
   *         host, affinity; their sum is x_j
   */
  public static double[] support(RegionModel m, SecondaryInstitution body, StateAgent j,
      StateAgent actor, Crisis crisis) {
    ModelParameters.Bodies p = m.parameters().bodies();
    StateAgent host = crisis.host();
    double interest = j == host || j.inSphere(host) ? 1 : Math.max(0, j.alignment(host));
    double[] terms = new double[7];
    terms[0] = 2 * j.alignment(actor);
    terms[1] = crisis.opponent() == null ? 0 : -2 * j.alignment(crisis.opponent());
    terms[2] = p.interest() * interest;
    terms[3] = -p.burden() * crisis.intensity();
    terms[4] = -p.scope() * Geometry.distance(actor.intentions(), body.charter());
    terms[5] = j == host
        ? (OperationModel.hostDisposition(m, actor, crisis, body)
            > m.parameters().choice().welcome() ? 2 : -2) : 0;
    terms[6] = 2 * j.affinity(body);
    return terms;
  }

  /**
   * The body's decision on acting. Member j (not the actor) objects with probability
   * {@code logistic(-x_j - objection)} ({@link #support}); a member that is the crisis's opponent
   * always objects. Consensus passes with no objection; majority with a power-weighted majority of
   * non-objectors; hegemonic lets a leader with more than half the members' power decide unless a
   * party to the crisis objects.
   */
  public static Decision decide(RegionModel m, SecondaryInstitution body, StateAgent actor,
      Crisis crisis) {
    Objections o = Objections.of(m, body, crisis,
        j -> j == actor ? null : support(m, body, j, actor, crisis));
    boolean passed = switch (body.decisionRule()) {
      case CONSENSUS -> o.unanimous();
      case MAJORITY -> o.share() > 0.5;
      case HEGEMONIC -> !o.partyObjects()
          && ((body.leader() == actor && body.dominance() > 0.5) || o.share() > 0.5);
    };
    return new Decision(passed, o.share(), o.supporters(), o.reasons());
  }

  /**
   * A refusal: the leader that asked gains {@code failureFrustration}; any other member that asked
   * has been failed by its body ({@link BodyLife#failed}: affinity and satisfaction fall); a
   * {@code body-declined} event lists the objectors and their reasons.
   */
  public static void refuse(RegionModel m, SecondaryInstitution body, StateAgent actor,
      Crisis crisis, Decision d) {
    if (body.leader() == actor) {
      actor.setFrustration(actor.frustration() + m.parameters().bodies().failureFrustration());
    }
    if (body.hasMember(actor) && body.leader() != actor) {
      BodyLife.failed(m, body, actor);
    }
    m.emit(BodyDeclinedEvent.refused(body.id(), actor.id(), crisis.id(), crisis.host().id(),
        d.share(), new ArrayList<>(d.reasons().keySet()), new ArrayList<>(d.reasons().values())));
  }
}
