package org.rissim.model.mechanism;

import static org.rissim.model.mechanism.Utility.conformity;
import static org.rissim.model.mechanism.Utility.goal;
import static org.rissim.model.mechanism.Utility.prior;
import static org.rissim.model.mechanism.Utility.status;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rissim.model.Act;
import org.rissim.model.Crisis;
import org.rissim.model.RegionModel;
import org.rissim.model.SecondaryInstitution;
import org.rissim.model.StateAgent;
import org.rissim.model.event.RestraintEvent;
import org.rissim.scenario.Strategy;
import org.rissim.scenario.ActScoring;
import org.rissim.scenario.BodySpec;
import org.rissim.scenario.CrisisSpec;
import org.rissim.scenario.ModelParameters;
import org.rissim.scenario.Preferences;

/**
 * A state's decisions at its opportunities (ODD+D "individual decision making"). A crisis in a
 * host of its sphere (at outbreak and each anniversary while nobody intervenes) offers: comply (a
 * conforming, UN-style operation), behavioural contestation alone, acting through a body, discursive
 * contestation, or abstaining. The global body's annual session offers: affirming the global
 * practice, discursive contestation alone or through a body, recognition-building for a body it
 * leads, counter-contestation of another's deviations, or abstaining. Each option has an expected
 * utility under the state's preference structure; the choice is a softmax whose prior is the
 * strategy mix ({@link StrategyChoice}).
 */
public final class Opportunities {
  private Opportunities() {}

  /** The option order at a crisis. */
  static final Strategy[] CRISIS_OPTIONS = {
    Strategy.COMPLY, Strategy.BEHAVIOURAL, Strategy.THROUGH_BODY, Strategy.DISCURSIVE,
    Strategy.ABSTAIN
  };

  /** The option order at the forum. */
  static final Strategy[] FORUM_OPTIONS = {
    Strategy.COMPLY, Strategy.DISCURSIVE, Strategy.THROUGH_BODY, Strategy.RECOGNITION,
    Strategy.COUNTER_CONTESTATION, Strategy.ABSTAIN
  };

  /**
   * The month's answers to crises: for each crisis that broke out this month or has been open
   * and unanswered for a whole multiple of its type's {@code every} months (12 by default), the
   * type's responders ({@link #responders}: by default the states with its host in their
   * sphere) decide in order of priority, by default {@code power_i (1 + |align(i -> host)|)}
   * (capability times interest: a lead nation acts first) or the type's {@code priority}
   * expression ({@link #priority(RegionModel, CrisisSpec.CrisisType, StateAgent, Crisis)}), ties
   * in a random order drawn for the month, until one of them launches an operation. When none
   * did and the type names bodies in {@code fieldedBy}, those bodies may field an act
   * themselves ({@link BodyFielding}).
   */
  public static void respond(RegionModel m) {
    List<Crisis> due = m.crisesOnAnniversary();
    if (due.isEmpty()) {
      return;
    }
    List<StateAgent> order = new ArrayList<>(m.states());
    for (int i = order.size() - 1; i > 0; i--) {
      Collections.swap(order, i, m.random.nextInt(i + 1));
    }
    int[] rank = new int[order.size()];
    for (int i = 0; i < rank.length; i++) {
      rank[order.get(i).index()] = i;
    }
    int tick = m.tick();
    for (int c = 0; c < due.size(); c++) {
      Crisis crisis = due.get(c);
      CrisisSpec.CrisisType type = crisis.type();
      if (crisis.over() || crisis.operation() != null
          || (tick - crisis.startTick()) % type.every() != 0) {
        continue;
      }
      // The responders, by priority, ties in the month's random order.
      List<StateAgent> candidates = new ArrayList<>(responders(m, crisis));
      if (type.priority().isEmpty()) {
        candidates.sort(Comparator.comparingDouble((StateAgent s) -> -priority(s, crisis.host()))
            .thenComparingInt(s -> rank[s.index()]));
      } else {
        double[] p = new double[m.states().size()];
        for (StateAgent s : candidates) {
          p[s.index()] = priority(m, type, s, crisis);
        }
        candidates.sort(Comparator.comparingDouble((StateAgent s) -> -p[s.index()])
            .thenComparingInt(s -> rank[s.index()]));
      }
      for (StateAgent s : candidates) {
        if (crisis.over() || crisis.operation() != null) {
          break;
        }
        atCrisis(m, s, crisis);
      }
      if (!type.fieldedBy().isEmpty() && !crisis.over() && crisis.operation() == null) {
        BodyFielding.field(m, crisis);
      }
    }
  }

  /**
   * The states that may answer this crisis this month, other than its host: by the type's
   * {@code responders}, {@code sphere} (the states with the host in their sphere, the default),
   * {@code members} of a body (its members this month: dated memberships apply; none while the
   * body does not exist), {@code region} (the regional states) or {@code all}.
   */
  static List<StateAgent> responders(RegionModel m, Crisis crisis) {
    CrisisSpec.Responders r = crisis.type().responders();
    StateAgent host = crisis.host();
    return switch (r.kind()) {
      case SPHERE -> m.respondersOf(host);
      case REGION -> without(m.regionalStates(), host);
      case ALL -> without(m.states(), host);
      case MEMBERS -> {
        SecondaryInstitution b = m.body(r.body());
        yield b == null || !b.exists() ? List.of() : without(b.members(), host);
      }
    };
  }

  private static List<StateAgent> without(java.util.Collection<StateAgent> states,
      StateAgent host) {
    List<StateAgent> out = new ArrayList<>(states.size());
    for (StateAgent s : states) {
      if (s != host) {
        out.add(s);
      }
    }
    return out;
  }

  /** Priority of a state answering a crisis in this host: capability times interest. */
  static double priority(StateAgent s, StateAgent host) {
    return s.power() * (1 + Math.abs(s.alignment(host)));
  }

  /**
   * Priority by the type's {@code priority} expression, which reads the responder's
   * {@code power}, {@code align} (its alignment toward the host), {@code status}, {@code
   * interested} (1 when the host is in its sphere, else 0), {@code member} (1 when it shares an
   * existing regional body with the host, else 0), and the opportunity's {@code hostPower} and
   * {@code intensity}.
   */
  static double priority(RegionModel m, CrisisSpec.CrisisType type, StateAgent s,
      Crisis crisis) {
    if (type.priority().isEmpty()) {
      return priority(s, crisis.host());
    }
    StateAgent host = crisis.host();
    Map<String, Object> v = new HashMap<>();
    v.put("power", s.power());
    v.put("align", s.alignment(host));
    v.put("status", s.status());
    v.put("interested", s.inSphere(host) ? 1.0 : 0.0);
    v.put("member", sharesBody(m, s, host) ? 1.0 : 0.0);
    v.put("hostPower", host.power());
    v.put("intensity", crisis.intensity());
    return type.priority().get().number(v);
  }

  /** Whether both states are members of one existing regional (not global) body. */
  static boolean sharesBody(RegionModel m, StateAgent s, StateAgent host) {
    for (SecondaryInstitution b : m.bodies()) {
      if (b.exists() && !b.isGlobal() && b.hasMember(s) && b.hasMember(host)) {
        return true;
      }
    }
    return false;
  }

  /** Lets the state take this month's forum opportunity (its crisis answers come first). */
  public static void take(RegionModel m, StateAgent s) {
    if (m.month().getMonthValue() == m.scenario().recognition().sessionMonth()
        && m.globalBody() != null && m.globalBody().hasMember(s)) {
      atForum(m, s);
    }
  }

  private static void atCrisis(RegionModel m, StateAgent s, Crisis crisis) {
    ModelParameters.Choice choice = m.parameters().choice();
    Preferences pref = s.preferences();
    double[] g = m.institution().global();
    double[] t = s.intentions();
    boolean canPay = s.resources() >= choice.operationCost();
    double stability = pref.stability() * crisis.intensity();
    double regime = crisis.type().internal() && crisis.type().governmentInvites()
        ? pref.regimeSecurity() * Math.max(0, s.alignment(crisis.host())) * crisis.intensity()
        : 0;
    SecondaryInstitution body = BodyDecision.chooseForum(m, s, crisis);
    // Deeds follow intentions (Centola, Willer and Macy 2005): a state weighs the act it would
    // actually enact in this situation (the institution's scoring without execution error), and
    // does not enact what lies beyond its tolerance of its own intentions.
    double tolerance = choice.tolerance();
    double[] alone = predict(m, s, crisis, null);
    double[] through = body == null ? null : predict(m, s, crisis, body);
    boolean aloneAcceptable = Geometry.distance(alone, t) <= tolerance;
    boolean throughAcceptable = through != null && Geometry.distance(through, t) <= tolerance;

    double[] prior = new double[CRISIS_OPTIONS.length];
    double[] u = new double[CRISIS_OPTIONS.length];
    for (int o = 0; o < CRISIS_OPTIONS.length; o++) {
      Strategy st = CRISIS_OPTIONS[o];
      prior[o] = prior(m, s, st);
      switch (st) {
        case COMPLY -> {
          boolean accepted = OperationModel.hostDisposition(m, s, crisis, null) > 0;
          prior[o] = canPay && accepted ? prior[o] : 0;
          u[o] = goal(m, s, g, 0.8, 1) + status(s, 0.5) + stability + 0.5 * regime;
        }
        case BEHAVIOURAL -> {
          prior[o] = canPay && aloneAcceptable ? prior[o] : 0;
          u[o] = goal(m, s, alone, s.reputationRegional(), 1) + status(s, 1.0) + stability
              + regime + conformity(m, s, alone, s.reputationGlobal(), 1);
        }
        case THROUGH_BODY -> {
          prior[o] = canPay && throughAcceptable ? prior[o] : 0;
          if (body != null) {
            double lead = body.leader() == s ? 0.4 : 0;
            u[o] = goal(m, s, through, body.legitimacyRegional(), 1) + status(s, 0.8 + lead)
                + stability + regime + conformity(m, s, through, body.legitimacyGlobal(), 1)
                + 0.5 * s.affinity(body);
          }
        }
        case DISCURSIVE -> {
          double w = m.parameters().belief().words();
          u[o] = goal(m, s, t, s.reputationRegional(), w) + status(s, 0.2)
              + conformity(m, s, t, s.reputationGlobal(), w);
        }
        default -> u[o] = 0;
      }
    }
    int pick = StrategyChoice.choose(m.random, prior, u, choice.beta());
    Strategy st = pick < 0 ? Strategy.ABSTAIN : CRISIS_OPTIONS[pick];
    switch (st) {
      case COMPLY -> OperationModel.launch(m, s, crisis, m.globalBody(), Strategy.COMPLY);
      case BEHAVIOURAL -> OperationModel.launch(m, s, crisis, null, Strategy.BEHAVIOURAL);
      case THROUGH_BODY -> {
        if (!OperationModel.launch(m, s, crisis, body, Strategy.THROUGH_BODY)) {
          // The body declined: fall back on acting alone or not at all (same utilities).
          int b = indexOf(CRISIS_OPTIONS, Strategy.BEHAVIOURAL);
          int a = indexOf(CRISIS_OPTIONS, Strategy.ABSTAIN);
          double[] p2 = {prior[b], prior[a]};
          double[] u2 = {u[b], u[a]};
          if (StrategyChoice.choose(m.random, p2, u2, choice.beta()) == 0) {
            OperationModel.launch(m, s, crisis, null, Strategy.BEHAVIOURAL);
          }
        }
      }
      case DISCURSIVE -> OperationModel.speak(m, s, null, s.stance(BodySpec.Level.REGIONAL),
          "contestation", null);
      default -> restrain(m, s, crisis);
    }
  }

  /**
   * Restraint as an act: when the institution says restraint is observed
   * ({@code institution.restraint} > 0), a state that abstains at a crisis in its sphere is seen
   * enacting the global standard, with that weight relative to an act (a {@code restraint}
   * event). Non-intervention, for one, is reproduced by abstaining.
   */
  static void restrain(RegionModel m, StateAgent s, Crisis crisis) {
    double weight = m.institution().spec().restraint();
    if (weight <= 0) {
      return;
    }
    double[] g = m.institution().global().clone();
    m.actsThisMonth().add(new Act(s, null, g, weight, 0, crisis.host(), false, null));
    m.emit(new RestraintEvent(s.id(), crisis.id(), crisis.host().id(), weight));
  }

  /**
   * The profile the state would enact at this crisis alone ({@code body} null) or through a body:
   * the institution's scoring of a deviating act by the state alone (it cannot foresee who would
   * contribute), without execution error.
   */
  static double[] predict(RegionModel m, StateAgent s, Crisis crisis, SecondaryInstitution body) {
    double welcome = OperationModel.hostDisposition(m, s, crisis, body);
    ActScoring.Situation situation = new ActScoring.Situation(false, body == null,
        crisis.typeId(), crisis.type().internal(), welcome,
        welcome > m.parameters().choice().welcome(), s.inSphere(crisis.host()) ? 1 : 0, 0,
        s.id(), crisis.host().id(), body == null ? "" : body.id(), false,
        body != null && body.isGlobal());
    return ActScoring.score(m.institution().spec(), situation, s.intentions(),
        m.institution().global(), new double[s.intentions().length]).profile();
  }

  private static void atForum(RegionModel m, StateAgent s) {
    ModelParameters.Choice choice = m.parameters().choice();
    double words = m.parameters().belief().words();
    double[] g = m.institution().global();
    // At the global body's forum a state argues its global-level stance, judged by its
    // global-level intentions and revisionism (H24 section 2: orthodox globally, reformist in
    // the region).
    BodySpec.Level global = BodySpec.Level.GLOBAL;
    double[] t = s.stance(global);
    SecondaryInstitution forum = BodyDecision.chooseForum(m, s, null);
    RecognitionVote.Proposal proposal = RecognitionVote.nextProposal(m, s);
    StateAgent target = CounterContestation.target(m, s);

    double[] prior = new double[FORUM_OPTIONS.length];
    double[] u = new double[FORUM_OPTIONS.length];
    for (int o = 0; o < FORUM_OPTIONS.length; o++) {
      Strategy st = FORUM_OPTIONS[o];
      prior[o] = prior(m, s, st);
      switch (st) {
        case COMPLY -> u[o] = goal(m, s, global, g, 0.8, words)
            + 0.25 * s.preferences().conformity() * (1 - Geometry.distance(s.belief(), g));
        case DISCURSIVE -> u[o] = goal(m, s, global, t, s.reputationRegional(), words)
            + status(s, global, 0.2) + conformity(m, s, t, s.reputationGlobal(), words);
        case THROUGH_BODY -> {
          prior[o] = forum != null ? prior[o] : 0;
          if (forum != null) {
            u[o] = goal(m, s, global, t, forum.legitimacyRegional(), 1.5 * words)
                + status(s, global, 0.3) + conformity(m, s, t, forum.legitimacyGlobal(), words);
          }
        }
        case RECOGNITION -> {
          // Recognition is sought at the global body (status there) for the regional goal.
          prior[o] = proposal != null ? prior[o] : 0;
          u[o] = status(s, global, 0.6) + s.revisionism().goalFactor() * s.preferences().goal()
              * 0.5 * Geometry.distance(s.intentions(), m.regional());
        }
        case COUNTER_CONTESTATION -> {
          prior[o] = target != null ? prior[o] : 0;
          u[o] = target == null ? 0 : CounterContestation.utility(m, s, target);
        }
        default -> u[o] = 0;
      }
    }
    int pick = StrategyChoice.choose(m.random, prior, u, choice.beta());
    Strategy st = pick < 0 ? Strategy.ABSTAIN : FORUM_OPTIONS[pick];
    switch (st) {
      case COMPLY -> OperationModel.speak(m, s, null, g, "affirmation", null);
      case DISCURSIVE -> OperationModel.speak(m, s, null, t, "contestation", null);
      case THROUGH_BODY -> OperationModel.speak(m, s, forum, t, "declaration", null);
      case RECOGNITION -> m.proposals().add(proposal);
      case COUNTER_CONTESTATION -> CounterContestation.criticise(m, s, target);
      default -> { }
    }
  }

  private static int indexOf(Strategy[] options, Strategy s) {
    for (int i = 0; i < options.length; i++) {
      if (options[i] == s) {
        return i;
      }
    }
    throw new IllegalArgumentException(s.toString());
  }
}
