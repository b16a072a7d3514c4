package org.rissim.model.mechanism;

import java.util.ArrayList;
import java.util.List;
import org.rissim.model.RegionModel;
import org.rissim.model.SecondaryInstitution;
import org.rissim.model.StateAgent;
import org.rissim.model.event.DissolvedEvent;
import org.rissim.model.event.DistanceEvent;
import org.rissim.model.event.ExitEvent;
import org.rissim.model.event.FoundingEvent;
import org.rissim.model.event.JoinEvent;
import org.rissim.scenario.Strategy;
import org.rissim.scenario.ModelParameters;
import org.rissim.scenario.Preferences;

/**
 * Life inside secondary institutions (Navari 2019: bodies alter members' preference structures).
 * Each month, for each existing body: its position (power-weighted mean of members' beliefs);
 * socialisation of affinities toward the members' mean and of intentions and preference weights
 * toward the body's;
 * cohesion (one less the spread of preference structures and of interests toward the leader,
 * {@link #cohesion}); each
 * member's satisfaction (EWMA of agreement with the position and affinity);
 * and divergence: a member whose satisfaction falls below {@code distanceBelow} distances itself
 * (loses affinity) with monthly probability 0.1 times its relative propensity to distance, and a
 * member below {@code exitBelow} with negative affinity leaves with probability 0.05 times it.
 * Visible violations of the charter (hypocrisy) slowly erode global legitimacy.
 */
public final class BodyLife {
  private BodyLife() {}

  /** One month of life in every body. */
  public static void step(RegionModel m) {
    ModelParameters.Bodies p = m.parameters().bodies();
    scriptedDissolutions(m);
    scriptedFoundings(m);
    datedMemberships(m);
    for (SecondaryInstitution b : m.bodies()) {
      if (!b.exists() || b.members().isEmpty()) {
        continue;
      }
      position(b);
      if (m.tick() % 12 == 0) {
        b.rememberPosition(b.position().clone());
        b.rememberMembersPosition(b.membersPosition().clone());
      }
      if (b.isGlobal()) {
        continue;
      }
      double meanAff = 0;
      for (StateAgent j : b.members()) {
        meanAff += j.affinity(b);
      }
      meanAff /= b.members().size();
      for (StateAgent j : b.members()) {
        j.setAffinity(b, j.affinity(b) + p.socialisation() * (meanAff - j.affinity(b)));
      }
      b.setCohesion(cohesion(b));
      socialiseIntentions(b, p.navari());
      List<StateAgent> leaving = new ArrayList<>();
      for (StateAgent j : b.members()) {
        double agreement = Geometry.unit(1 - 2 * Geometry.distance(j.belief(), b.position()));
        double e = 0.5 * agreement + 0.5 * (j.affinity(b) + 1) / 2;
        j.setSatisfaction(b, j.satisfaction(b) + p.satisfactionMemory() * (e - j.satisfaction(b)));
        if (j == b.leader()) {
          continue;
        }
        double propensity = j.relativePropensity(Strategy.DISTANCING);
        if (j.satisfaction(b) < p.exitBelow() && j.affinity(b) < 0
            && m.random.nextDouble() < 0.05 * propensity) {
          leaving.add(j);
        } else if (j.satisfaction(b) < p.distanceBelow()
            && m.random.nextDouble() < 0.1 * propensity) {
          j.setAffinity(b, j.affinity(b) - p.distanceCost());
          m.emit(new DistanceEvent(j.id(), b.id(), j.satisfaction(b)));
        }
      }
      for (StateAgent j : leaving) {
        b.removeMember(j);
        m.emit(new ExitEvent(j.id(), b.id(), j.satisfaction(b), false));
      }
      double memory = m.parameters().legitimacy().memory();
      b.setLegitimacy(b.legitimacyGlobal() - 0.1 * memory * b.hypocrisy() * b.legitimacyGlobal(),
          b.legitimacyRegional());
    }
  }

  /**
   * A member the body failed (it did not answer the member's request, acted against it, or its
   * leader coerced the member's consent to an operation on its soil) loses
   * {@code failureAffinity} of affinity and 0.3 of satisfaction: the experience that drives
   * divergence (Hadano 2024, section 6: Armenia after 2022).
   */
  public static void failed(RegionModel m, SecondaryInstitution b, StateAgent member) {
    member.setAffinity(b, member.affinity(b) - m.parameters().bodies().failureAffinity());
    member.setSatisfaction(b, member.satisfaction(b) - 0.3);
  }

  /**
   * Dissolves a body: every member leaves it, it no longer exists (it is offered as no forum,
   * founding target, voice venue or peer group; its columns are empty from this month on), and a
   * {@code dissolved} event lists the members it had. Operations it fielded stay until they end.
   *
   * @param by       the body that absorbs or replaces it, or null
   * @param scripted whether the scenario dates the dissolution ({@code dissolved}, {@code replaces})
   */
  public static void dissolve(RegionModel m, SecondaryInstitution b, SecondaryInstitution by,
      boolean scripted) {
    List<String> ids = b.memberIds();
    for (StateAgent j : new ArrayList<>(b.members())) {
      b.removeMember(j);
    }
    b.dissolve();
    m.emit(new DissolvedEvent(b.id(), by == null ? null : by.id(), ids, scripted));
  }

  /** Dissolves the scenario's bodies whose {@code dissolved} month is this month. */
  static void scriptedDissolutions(RegionModel m) {
    for (org.rissim.scenario.BodySpec spec : m.scenario().bodies()) {
      if (spec.dissolved().isPresent() && spec.dissolved().get().equals(m.month())) {
        SecondaryInstitution b = m.body(spec.id());
        if (b.exists()) {
          dissolve(m, b, null, true);
        }
      }
    }
  }

  /**
   * Members that the scenario dates ({@code members: [{id, joined, left}]}) join or leave in
   * their month: a joining state's satisfaction starts at {@code 0.5 + 0.5 max(0, affinity)};
   * a scheduled departure is an {@code exit} event with {@code scheduled: true}.
   */
  static void datedMemberships(RegionModel m) {
    for (org.rissim.scenario.BodySpec spec : m.scenario().bodies()) {
      if (spec.joined().isEmpty() && spec.left().isEmpty()) {
        continue;
      }
      SecondaryInstitution b = m.body(spec.id());
      for (String id : spec.members()) {
        StateAgent s = m.state(id);
        if (m.month().equals(spec.joined().get(id)) && !b.hasMember(s)) {
          b.addMember(s);
          s.setSatisfaction(b, 0.5 + 0.5 * Math.max(0, s.affinity(b)));
          m.emit(new JoinEvent(id, b.id(), true));
        }
        if (m.month().equals(spec.left().get(id)) && b.hasMember(s)) {
          b.removeMember(s);
          m.emit(new ExitEvent(id, b.id(), s.satisfaction(b), true));
        }
      }
    }
  }

  /**
   * Founds the scenario's bodies whose founding month is this month (scripted, not endogenous);
   * a body that {@code replaces} another absorbs it (when it lists no members) or replaces it
   * ({@link Founding#succeed}).
   */
  static void scriptedFoundings(RegionModel m) {
    for (org.rissim.scenario.BodySpec spec : m.scenario().bodies()) {
      SecondaryInstitution b = m.body(spec.id());
      if (b.exists() || !spec.founded().equals(m.month())) {
        continue;
      }
      b.found(m.month());
      if (spec.replaces().isPresent()) {
        SecondaryInstitution old = m.body(spec.replaces().get());
        if (old.exists()) {
          Founding.succeed(m, old, b, spec.absorbs() ? org.rissim.scenario.FoundingSpec.Relation
              .ABSORB : org.rissim.scenario.FoundingSpec.Relation.REPLACE, true);
        }
      }
      for (StateAgent j : b.members()) {
        j.setSatisfaction(b, 0.5 + 0.5 * Math.max(0, j.affinity(b)));
      }
      position(b);
      b.setCohesion(cohesion(b));
      m.emit(new FoundingEvent(b.id(), b.leader() == null ? null : b.leader().id(),
          b.memberIds(), b.members().size(), null, null, true, b.charter()));
    }
  }

  /** Sets the body's position (all members) and its members' position (leader excluded). */
  public static void position(SecondaryInstitution b) {
    double[] pos = b.position();
    double[] others = b.membersPosition();
    java.util.Arrays.fill(pos, 0);
    java.util.Arrays.fill(others, 0);
    double total = 0;
    double othersTotal = 0;
    for (StateAgent j : b.members()) {
      double w = j.power();
      total += w;
      boolean other = j != b.leader();
      if (other) {
        othersTotal += w;
      }
      for (int p = 0; p < pos.length; p++) {
        pos[p] += w * j.belief()[p];
        if (other) {
          others[p] += w * j.belief()[p];
        }
      }
    }
    for (int p = 0; p < pos.length; p++) {
      pos[p] = total == 0 ? 0 : pos[p] / total;
      others[p] = othersTotal == 0 ? pos[p] : others[p] / othersTotal;
    }
  }

  /**
   * Navari's socialisation of preference structures: each member's intentions and preference
   * weights move toward the body's (the members' power-weighted means),
   * {@code x_j += navari max(0, aff(j,k)) (X_k - x_j)}, computed from the start of the step.
   */
  public static void socialiseIntentions(SecondaryInstitution b, double navari) {
    if (navari <= 0) {
      return;
    }
    int practices = b.position().length;
    double[] target = new double[practices];
    double[] weights = new double[5];
    double total = 0;
    for (StateAgent j : b.members()) {
      total += j.power();
      for (int p = 0; p < practices; p++) {
        target[p] += j.power() * j.intentions()[p];
      }
      Preferences pr = j.preferences(); // in the order of weights(): no array per member
      weights[0] += j.power() * pr.goal();
      weights[1] += j.power() * pr.status();
      weights[2] += j.power() * pr.regimeSecurity();
      weights[3] += j.power() * pr.stability();
      weights[4] += j.power() * pr.conformity();
    }
    if (total == 0) {
      return;
    }
    for (int p = 0; p < practices; p++) {
      target[p] /= total;
    }
    for (int q = 0; q < weights.length; q++) {
      weights[q] /= total;
    }
    for (StateAgent j : b.members()) {
      double rate = navari * Math.max(0, j.affinity(b));
      if (rate <= 0) {
        continue;
      }
      double[] t = j.intentions();
      for (int p = 0; p < practices; p++) {
        t[p] += rate * (target[p] - t[p]);
      }
      Preferences pr = j.preferences();
      j.setPreferences(new Preferences(pr.goal() + rate * (weights[0] - pr.goal()),
          pr.status() + rate * (weights[1] - pr.status()),
          pr.regimeSecurity() + rate * (weights[2] - pr.regimeSecurity()),
          pr.stability() + rate * (weights[3] - pr.stability()),
          pr.conformity() + rate * (weights[4] - pr.conformity())));
    }
  }

  /** The preference weights as an array: goal, status, regimeSecurity, stability, conformity. */
  static double[] weights(Preferences pr) {
    return new double[] {pr.goal(), pr.status(), pr.regimeSecurity(), pr.stability(),
        pr.conformity()};
  }

  /**
   * Cohesion, [0,1]: one less the spread of the members' preference structures (the mean over
   * practices of the sd of their intentions, plus the mean over preference weights of the sd of
   * their normalised weights) and the spread of their interests toward the leader (the sd of the
   * other members' alignment toward it; 0 without a leader):
   * {@code C = clamp(1 - mean_p sd_p(t) - mean_q sd_q(pi~) - sd(align(j, leader)))}.
   * Population sds; 1 for a body of fewer than two members.
   */
  public static double cohesion(SecondaryInstitution b) {
    int n = b.members().size();
    if (n < 2) {
      return 1;
    }
    int practices = b.position().length;
    double[][] t = new double[n][];
    double[][] pref = new double[n][];
    StateAgent leader = b.leader() != null && b.hasMember(b.leader()) ? b.leader() : null;
    double[] align = new double[leader == null ? 0 : n - 1];
    int i = 0;
    int k = 0;
    for (StateAgent j : b.members()) {
      t[i] = j.intentions();
      double[] w = weights(j.preferences());
      double sum = 0;
      for (double v : w) {
        sum += v;
      }
      for (int q = 0; q < w.length; q++) {
        w[q] = sum == 0 ? 0 : w[q] / sum;
      }
      pref[i] = w;
      if (leader != null && j != leader) {
        align[k++] = j.alignment(leader);
      }
      i++;
    }
    return Geometry.unit(1 - meanSd(t, practices) - meanSd(pref, pref[0].length)
        - (align.length == 0 ? 0 : sd(align)));
  }

  private static double meanSd(double[][] rows, int columns) {
    double spread = 0;
    double[] column = new double[rows.length];
    for (int c = 0; c < columns; c++) {
      for (int r = 0; r < rows.length; r++) {
        column[r] = rows[r][c];
      }
      spread += sd(column);
    }
    return columns == 0 ? 0 : spread / columns;
  }

  private static double sd(double[] x) {
    double mean = 0;
    for (double v : x) {
      mean += v;
    }
    mean /= x.length;
    double var = 0;
    for (double v : x) {
      var += (v - mean) * (v - mean);
    }
    return Math.sqrt(var / x.length);
  }
}
