package org.rissim.model.mechanism;

import java.util.ArrayList;
import java.util.List;
import org.rissim.model.RegionModel;
import org.rissim.model.SecondaryInstitution;
import org.rissim.model.StateAgent;
import org.rissim.model.event.ExitEvent;
import org.rissim.model.event.FoundingChoiceEvent;
import org.rissim.model.event.FoundingEvent;
import org.rissim.model.event.InvitationDeclinedEvent;
import org.rissim.scenario.Strategy;
import org.rissim.scenario.FoundingSpec;

/**
 * Competitive secondary institutionalisation as a decision (Hadano 2024, section 1; exit, voice or
 * create, Morse and Keohane 2014, after Hirschman). A state with a propensity for {@code newBody}
 * accumulates frustration with the regional body it likes best among those it belongs to (led or
 * not): {@code F <- (1 - decay) F + dist(t_i, pos_k) (1 - eff_k)}, pos_k the members' position
 * without the leader (without nobody for a non-leader) and eff_k in [0,1] how far it moved toward
 * the state's intentions over the last year. Once F exceeds {@code threshold}, with resources to
 * pay {@code cost}, with monthly probability {@code hazard} times its relative propensity for
 * {@code newBody}, it weighs voice, exit and creation ({@link #utilities}) by a softmax whose
 * prior is its mix. Each invitee accepts by its own utility (a threshold cascade, Granovetter
 * 1978); declined invitations are events. The new body's legitimacy is built from its own charter
 * and breadth, not inherited; it coexists with, absorbs or replaces the old body.
 */
public final class Founding {
  private Founding() {}

  /** Mean distance moved in a year that counts as a fully effective body. */
  static final double FULL_EFFECT = 0.05;
  /** The options weighed, in the order of {@link #utilities}. */
  static final Strategy[] OPTIONS = {Strategy.THROUGH_BODY, Strategy.DISTANCING, Strategy.NEW_BODY};

  /** One month of frustration and founding for every potential founder. */
  public static void step(RegionModel m) {
    FoundingSpec f = m.scenario().founding();
    for (StateAgent s : m.states()) {
      if (s.mix()[Strategy.NEW_BODY.ordinal()] <= 0) {
        continue;
      }
      SecondaryInstitution old = frustratingBody(s, m);
      if (old == null) {
        continue;
      }
      s.setFrustration((1 - f.decay()) * s.frustration() + dissatisfaction(s, old));
      SecondaryInstitution next = m.nextFoundable();
      if (next != null && s.frustration() > f.threshold() && s.resources() >= f.cost()
          && m.random.nextDouble() < f.hazard() * s.relativePropensity(Strategy.NEW_BODY)) {
        decide(m, s, old, next);
      }
    }
  }

  /** The existing regional body the state belongs to that it likes best (its voice venue), or null. */
  public static SecondaryInstitution frustratingBody(StateAgent s, RegionModel m) {
    SecondaryInstitution best = null;
    for (SecondaryInstitution b : m.bodies()) {
      if (OperationModel.regionalBody(b) && b.hasMember(s)
          && (best == null || s.affinity(b) > s.affinity(best))) {
        best = b;
      }
    }
    return best;
  }

  /** The position the state tries to move: the members' position without the leader if it leads. */
  static double[] othersPosition(StateAgent s, SecondaryInstitution b) {
    return b.leader() == s ? b.membersPosition() : b.position();
  }

  /** The body's effect over the last year toward the state's intentions, [0,1] (0 in year one). */
  static double effect(StateAgent s, SecondaryInstitution b) {
    double[] then = b.leader() == s ? b.membersPositionYearAgo() : b.positionYearAgo();
    if (then == null) {
      return 0;
    }
    double now = Geometry.distance(s.intentions(), othersPosition(s, b));
    return Geometry.unit((Geometry.distance(s.intentions(), then) - now) / FULL_EFFECT);
  }

  /** This month's dissatisfaction of a state with a body: distance times ineffectiveness. */
  public static double dissatisfaction(StateAgent s, SecondaryInstitution b) {
    return Geometry.distance(s.intentions(), othersPosition(s, b)) * (1 - effect(s, b));
  }

  /**
   * The expected benefits of voice, exit and creation for the state's preference structure, with
   * {@code K = goalFactor pi_goal}, {@code D = dist(t_i, pos_k)}, {@code v} its power share in
   * the old body, {@code eff} the body's effect:
   * voice {@code K v eff D}; exit {@code K (1 - v) rep_R D - L_R(k) max(0, aff(i,k))} (not open
   * to the leader); create {@code K L_R(new) max(0, D - D_C) + statusFactor pi_status 0.5 -
   * cost / 60}, with {@code D_C} the distance from t_i to the coalition's power-weighted belief
   * and {@code L_R(new)} the new body's initial regional legitimacy (NaN when the coalition is
   * below minMembers: not open).
   */
  public static double[] utilities(RegionModel m, StateAgent s, SecondaryInstitution old,
      SecondaryInstitution next, List<StateAgent> coalition) {
    FoundingSpec f = m.scenario().founding();
    double k = s.revisionism().goalFactor() * s.preferences().goal();
    double d = Geometry.distance(s.intentions(), othersPosition(s, old));
    double v = BodyDecision.powerShare(old, s);
    double voice = k * v * effect(s, old) * d;
    double exit = old.leader() == s ? Double.NaN
        : k * (1 - v) * s.reputationRegional() * d
            - old.legitimacyRegional() * Math.max(0, s.affinity(old));
    double create = Double.NaN;
    if (coalition.size() + 1 >= f.template(next.id()).minMembers()) {
      double[] pos = new double[s.intentions().length];
      double total = 0;
      for (StateAgent j : coalition) {
        total += j.power();
        for (int p = 0; p < pos.length; p++) {
          pos[p] += j.power() * j.belief()[p];
        }
      }
      for (int p = 0; p < pos.length; p++) {
        pos[p] = total == 0 ? s.belief()[p] : pos[p] / total;
      }
      double closer = Math.max(0, d - Geometry.distance(s.intentions(), pos));
      double[] lg = initialLegitimacy(m, next, coalition.size() + 1, s, coalition);
      create = k * lg[1] * closer + Utility.status(s, 0.5)
          - f.cost() / CrisisDynamics.RESOURCE_CAP;
    }
    return new double[] {voice, exit, create};
  }

  /**
   * A new body's initial legitimacy {global, regional}:
   * {@code L = charter (1 - dist(charter, g)) + breadth B}, B the members' share of the audience's
   * votes (global) or of the regional states (regional), clamped to [0,1].
   */
  public static double[] initialLegitimacy(RegionModel m, SecondaryInstitution next, int size,
      StateAgent founder, List<StateAgent> coalition) {
    FoundingSpec.LegitimacyWeights w = m.scenario().founding().legitimacy();
    double charter = w.charter() * (1 - Geometry.distance(next.charter(), m.institution().global()));
    double votes = founder.votes();
    int regional = founder.spec().regional() ? 1 : 0;
    for (StateAgent j : coalition) {
      votes += j.votes();
      regional += j.spec().regional() ? 1 : 0;
    }
    double allVotes = 0;
    for (StateAgent j : m.states()) {
      allVotes += j.votes();
    }
    int allRegional = m.regionalStates().size();
    return new double[] {
      Geometry.unit(charter + w.breadth() * (allVotes == 0 ? 0 : votes / allVotes)),
      Geometry.unit(charter + w.breadth() * (allRegional == 0 ? 0 : (double) regional / allRegional))
    };
  }

  /** The states invited to a new body: the template's list, or every regional state. */
  static List<StateAgent> invitees(RegionModel m, StateAgent founder, SecondaryInstitution next) {
    List<String> ids = m.scenario().founding().template(next.id()).invite();
    List<StateAgent> out = new ArrayList<>();
    if (ids.isEmpty()) {
      for (StateAgent j : m.regionalStates()) {
        if (j != founder) {
          out.add(j);
        }
      }
    } else {
      for (String id : ids) {
        StateAgent j = m.state(id);
        if (j != founder) {
          out.add(j);
        }
      }
    }
    return out;
  }

  /**
   * Invitee j's utility of joining: {@code a_ri ins_j + a_aff aff(j, old) + a_al align(j, founder)
   * + a_inc s_j - a_cost p_f / (p_f + p_j) + cascade |coalition|}, less {@code acceptThreshold}:
   * it accepts when this is at least 0.
   */
  public static double acceptUtility(RegionModel m, StateAgent j, StateAgent founder,
      SecondaryInstitution old, int coalitionSize) {
    FoundingSpec f = m.scenario().founding();
    return f.accept().regimeInsecurity() * j.regimeInsecurity()
        + f.accept().affinity() * j.affinity(old)
        + f.accept().alignment() * j.alignment(founder)
        + f.accept().inculcation() * j.inculcation()
        - f.accept().cost() * founder.power() / (founder.power() + j.power())
        + f.cascade() * coalitionSize - f.acceptThreshold();
  }

  /** The invitees that would accept an invitation from {@code founder} (threshold cascade). */
  public static List<StateAgent> coalition(RegionModel m, StateAgent founder,
      SecondaryInstitution old, SecondaryInstitution next) {
    List<StateAgent> invited = invitees(m, founder, next);
    List<StateAgent> in = new ArrayList<>();
    boolean[] joined = new boolean[m.states().size()];
    boolean changed = true;
    while (changed) {
      changed = false;
      for (StateAgent j : invited) {
        if (!joined[j.index()] && acceptUtility(m, j, founder, old, in.size()) >= 0) {
          in.add(j);
          joined[j.index()] = true;
          changed = true;
        }
      }
    }
    return in;
  }

  private static void decide(RegionModel m, StateAgent s, SecondaryInstitution old,
      SecondaryInstitution next) {
    List<StateAgent> coalition = coalition(m, s, old, next);
    double[] u = utilities(m, s, old, next, coalition);
    double[] prior = new double[OPTIONS.length];
    for (int o = 0; o < OPTIONS.length; o++) {
      prior[o] = Double.isNaN(u[o]) ? 0 : Utility.prior(m, s, OPTIONS[o]);
    }
    int pick = StrategyChoice.choose(m.random, prior, u, m.parameters().choice().beta());
    Strategy chosen = pick < 0 ? Strategy.THROUGH_BODY : OPTIONS[pick];
    String choice = switch (chosen) {
      case NEW_BODY -> "create";
      case DISTANCING -> "exit";
      default -> "voice";
    };
    m.emit(new FoundingChoiceEvent(s.id(), old.id(), next.id(), u[0], u[1], u[2],
        coalition.size(), choice));
    switch (chosen) {
      case NEW_BODY -> found(m, s, old, next, coalition);
      case DISTANCING -> {
        old.removeMember(s);
        s.setFrustration(0);
        m.emit(new ExitEvent(s.id(), old.id(), s.satisfaction(old), false));
      }
      default -> s.setFrustration(s.frustration() * 0.5); // back to voice in the old body
    }
  }

  /**
   * A new body's relation to the body it succeeds: it coexists with it; absorbs it (every member
   * of the old body joins the new one, and the old body is dissolved, {@link BodyLife#dissolve});
   * or replaces it (the old body is dissolved; the new one keeps only its own members). The one
   * path for endogenous foundings ({@code founding.bodies.<id>.relation}) and scripted bodies
   * that replace another ({@code bodies[].replaces}).
   */
  public static void succeed(RegionModel m, SecondaryInstitution old, SecondaryInstitution next,
      FoundingSpec.Relation relation, boolean scripted) {
    if (relation == FoundingSpec.Relation.ABSORB) {
      for (StateAgent j : old.members()) {
        next.addMember(j);
      }
    }
    if (relation != FoundingSpec.Relation.COEXIST) {
      BodyLife.dissolve(m, old, next, scripted);
    }
  }

  private static void found(RegionModel m, StateAgent founder, SecondaryInstitution old,
      SecondaryInstitution next, List<StateAgent> coalition) {
    FoundingSpec f = m.scenario().founding();
    FoundingSpec.Template t = f.template(next.id());
    for (StateAgent j : invitees(m, founder, next)) {
      if (!coalition.contains(j)) {
        m.emit(new InvitationDeclinedEvent(next.id(), founder.id(), j.id(),
            acceptUtility(m, j, founder, old, coalition.size())));
      }
    }
    double[] lg = initialLegitimacy(m, next, coalition.size() + 1, founder, coalition);
    next.found(m.month());
    next.setLeader(founder);
    next.addMember(founder);
    for (StateAgent j : coalition) {
      next.addMember(j);
    }
    succeed(m, old, next, t.relation(), false);
    for (StateAgent j : next.members()) {
      j.setAffinity(next, Math.max(j.affinity(old), j == founder ? 0.5 : 0) + f.affinityBonus());
      j.setSatisfaction(next, 0.5 + 0.5 * Math.max(0, j.affinity(next)));
    }
    // The founder turns from the old body to the new one.
    founder.setAffinity(old, founder.affinity(old) - 0.5);
    next.setLegitimacy(lg[0], lg[1]);
    BodyLife.position(next);
    next.setCohesion(BodyLife.cohesion(next));
    founder.setResources(founder.resources() - f.cost());
    double frustration = founder.frustration();
    founder.setFrustration(0);
    m.consumeFoundable();
    m.emit(new FoundingEvent(next.id(), founder.id(), next.memberIds(), next.members().size(),
        frustration, old.id(), false, next.charter()));
  }
}
