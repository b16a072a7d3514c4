package org.rissim.model.mechanism;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.rissim.model.RegionModel;
import org.rissim.model.SecondaryInstitution;
import org.rissim.model.StateAgent;
import org.rissim.model.Strategy;
import org.rissim.scenario.FoundingSpec;

/**
 * Competitive secondary institutionalisation (Hadano 2024, section 1, after Morse and Keohane
 * 2014): exit, voice or create. A state that leads a regional body accumulates frustration
 * {@code F <- (1 - decay) F + dist(t_i, pos_k) (1 - eff_k)}, where pos_k is the power-weighted
 * mean belief of the body's other members and eff_k in [0,1] how far the position moved toward the leader's intentions over the last
 * year (0.05 of mean distance counts as full effect); a body declining to act adds
 * {@code failureFrustration}. Once F exceeds {@code threshold}, with resources to pay
 * {@code cost}, it attempts a founding with monthly probability {@code hazard} times its relative
 * propensity for {@code newBody}. Invitations go to every other regional state; state j accepts
 * when {@code a_ri ins_j + a_aff aff(j, old body) + a_al align(j, founder) + a_inc s_j
 * + cascade * |coalition|} reaches {@code acceptThreshold}, iterated to a fixed point (a threshold
 * cascade, Granovetter 1978). With at least {@code minMembers} (founder included) the new body is
 * founded with the template's charter (a formal commitment that may differ from practice).
 */
public final class Founding {
  private Founding() {}

  /** Mean distance moved in a year that counts as a fully effective body. */
  static final double FULL_EFFECT = 0.05;

  /** One month of frustration and founding for every potential founder. */
  public static void step(RegionModel m) {
    FoundingSpec f = m.scenario().founding();
    for (StateAgent s : m.states()) {
      if (s.mix()[Strategy.NEW_BODY.ordinal()] <= 0) {
        continue;
      }
      SecondaryInstitution led = ledBody(s, m);
      if (led == null) {
        continue;
      }
      s.setFrustration((1 - f.decay()) * s.frustration() + dissatisfaction(s, led));
      SecondaryInstitution next = m.nextFoundable();
      if (next != null && s.frustration() > f.threshold() && s.resources() >= f.cost()
          && m.random.nextDouble() < f.hazard() * s.relativePropensity(Strategy.NEW_BODY)) {
        attempt(m, s, led, next);
      }
    }
  }

  /** The existing regional body the state leads that it likes best, or null. */
  public static SecondaryInstitution ledBody(StateAgent s, RegionModel m) {
    SecondaryInstitution best = null;
    for (SecondaryInstitution b : m.bodies()) {
      if (OperationModel.regionalBody(b) && b.leader() == s
          && (best == null || s.affinity(b) > s.affinity(best))) {
        best = b;
      }
    }
    return best;
  }

  /** This month's dissatisfaction of a leader with its body: distance times ineffectiveness. */
  public static double dissatisfaction(StateAgent s, SecondaryInstitution b) {
    double now = Geometry.distance(s.intentions(), b.membersPosition());
    double effect = 0;
    if (b.membersPositionYearAgo() != null) {
      double then = Geometry.distance(s.intentions(), b.membersPositionYearAgo());
      effect = Geometry.unit((then - now) / FULL_EFFECT);
    }
    return now * (1 - effect);
  }

  /** The states that would accept an invitation from {@code founder} (threshold cascade). */
  public static List<StateAgent> coalition(RegionModel m, StateAgent founder,
      SecondaryInstitution old) {
    FoundingSpec f = m.scenario().founding();
    List<StateAgent> in = new ArrayList<>();
    boolean[] joined = new boolean[m.states().size()];
    boolean changed = true;
    while (changed) {
      changed = false;
      for (StateAgent j : m.states()) {
        if (j == founder || !j.spec().regional() || joined[j.index()]) {
          continue;
        }
        double score = f.accept().regimeInsecurity() * j.regimeInsecurity()
            + f.accept().affinity() * j.affinity(old)
            + f.accept().alignment() * j.alignment(founder)
            + f.accept().inculcation() * j.inculcation()
            + f.cascade() * in.size();
        if (score >= f.acceptThreshold()) {
          in.add(j);
          joined[j.index()] = true;
          changed = true;
        }
      }
    }
    return in;
  }

  private static void attempt(RegionModel m, StateAgent founder, SecondaryInstitution old,
      SecondaryInstitution next) {
    FoundingSpec f = m.scenario().founding();
    List<StateAgent> coalition = coalition(m, founder, old);
    if (coalition.size() + 1 < f.minMembers()) {
      founder.setFrustration(founder.frustration() * 0.5);
      return;
    }
    next.found(m.month());
    next.setLeader(founder);
    next.addMember(founder);
    for (StateAgent j : coalition) {
      next.addMember(j);
    }
    for (StateAgent j : next.members()) {
      j.setAffinity(next, Math.max(j.affinity(old), j == founder ? 0.5 : 0) + f.affinityBonus());
      j.setSatisfaction(next, 0.5 + 0.5 * Math.max(0, j.affinity(next)));
    }
    // The founder turns from the old body to the new one.
    founder.setAffinity(old, founder.affinity(old) - 0.5);
    next.setLegitimacy(old.legitimacyGlobal(), old.legitimacyRegional());
    BodyLife.position(next);
    next.setCohesion(BodyLife.cohesion(next));
    founder.setResources(founder.resources() - f.cost());
    double frustration = founder.frustration();
    founder.setFrustration(0);
    m.consumeFoundable();
    Map<String, Object> e = RegionModel.fields();
    e.put("body", next.id());
    e.put("founder", founder.id());
    e.put("members", next.memberIds());
    e.put("memberCount", next.members().size());
    e.put("frustration", OperationModel.round(frustration));
    e.put("from", old.id());
    e.put("scripted", false);
    OperationModel.putProfile(m, e, "charter.", next.charter());
    m.emit("founding", e);
  }
}
