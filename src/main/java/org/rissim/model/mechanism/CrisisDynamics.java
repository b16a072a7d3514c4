package org.rissim.model.mechanism;

import java.util.List;
import org.rissim.model.Crisis;
import org.rissim.model.Operation;
import org.rissim.model.RegionModel;
import org.rissim.model.SecondaryInstitution;
import org.rissim.model.StateAgent;
import org.rissim.model.event.BodyDeclinedEvent;
import org.rissim.model.event.CrisisEvent;
import org.rissim.model.event.DeploymentEndEvent;
import org.rissim.model.event.OperationEndEvent;
import org.rissim.model.event.TakeoverEvent;
import org.rissim.scenario.Strategy;
import org.rissim.scenario.CrisisSpec;

/**
 * Crises and the fate of operations. Each month: states earn a month of resources and pay for
 * their deployments (operationCost x intensity x share a month); scripted crises break out on their date and random ones with probability
 * {@code rate} times the host's multiplier ({@code hosts}, 1 by default) per regional host and type; a host whose government invites help (or that is a
 * party to an interstate crisis) asks the body it likes best; a crisis's intensity decays, fast
 * under an operation that calms it (the institution's {@code calming}), slowly otherwise; an operation ends withdrawn when the crisis is
 * resolved, freezes the conflict after {@code frozenAfter} months (the force stays deployed: a
 * frozen deployment, observed at a salience that fades with its age, while the frozen conflict
 * cools down at {@code selfDecay} a month, until settlement, cost or a mandate's end withdraws
 * it: {@link #leaveReason}), or escalates with monthly
 * hazard {@code escalation * act escalation * intensity} (the act's escalation from the
 * institution's {@code escalation}). A body that did not answer its
 * member's request within three months fails that member; after a withdrawn operation of a body
 * each member chooses whether to praise it (ex post discursive legitimation), by its utility.
 */
public final class CrisisDynamics {
  private CrisisDynamics() {}

  /** Resources a state can hold, in months of income. */
  static final double RESOURCE_CAP = 60;
  /** Intensity below which a crisis is resolved. */
  static final double RESOLVED = 0.1;
  /** Months a body has to answer a member's request. */
  static final int ANSWER_WITHIN = 3;

  /** One month of crisis dynamics. */
  public static void step(RegionModel m) {
    m.datedAttributes();
    double cost = m.parameters().choice().operationCost();
    for (StateAgent s : m.states()) {
      s.setResources(Math.min(RESOURCE_CAP, s.resources() + 1));
    }
    for (Operation op : m.operations()) {
      if (op.active()) {
        // A deployment costs in proportion to the intensity of the crisis it holds.
        double monthly = cost * op.crisis().intensity();
        for (int i = 0; i < op.contributors().size(); i++) {
          StateAgent c = op.contributors().get(i);
          c.setResources(c.resources() - monthly * op.shares()[i]);
        }
      }
    }
    outbreaks(m);
    int tick = m.tick();
    for (Crisis c : m.crises()) {
      if (c.frozen()) {
        // A frozen conflict cools down at the type's own pace; its deployment costs less and less.
        c.setIntensity(c.intensity() * (1 - c.type().selfDecay()));
        Operation stay = c.operation();
        if (stay != null && stay.active()) {
          String reason = leaveReason(m, c, stay);
          if (reason != null) {
            leave(m, c, stay, reason);
          }
        }
        continue;
      }
      if (c.over() || c.startTick() == tick) {
        continue;
      }
      Operation op = c.operation();
      CrisisSpec.CrisisType type = c.type();
      if (op == null) {
        c.setIntensity(c.intensity() * (1 - type.selfDecay()));
        if (c.intensity() < RESOLVED) {
          c.resolve();
        }
      } else {
        c.setIntensity(c.intensity() * (1 - type.decay() * (op.calming() ? 1.0 : 0.3)));
        double escalate = type.escalation() * op.escalation() * c.intensity();
        if (m.random.nextDouble() < escalate) {
          end(m, op, "escalated");
          c.setOperation(null);
          c.setIntensity(Math.min(1, c.intensity() * 1.5));
        } else if (c.intensity() < RESOLVED) {
          end(m, op, "withdrawn");
          c.resolve();
        } else if (tick - op.startTick() >= type.frozenAfter()) {
          end(m, op, "frozen");
          c.freeze();
        } else if (takesOver(m, op)) {
          takeOver(m, c, op);
        }
      }
      SecondaryInstitution asked = c.requestedFrom();
      if (asked != null && tick - c.startTick() == ANSWER_WITHIN
          && (c.operation() == null || c.operation().body() != asked)) {
        StateAgent h = c.host();
        if (asked.hasMember(h)) {
          BodyLife.failed(m, asked, h);
          m.emit(BodyDeclinedEvent.unanswered(asked.id(), c.id(), h.id()));
        }
      }
    }
    answers(m);
  }

  /**
   * Whether the global body takes over (re-hats) a regional body's operation this month: only a
   * consented (not imposed) operation of a regional body that has lasted {@code takeoverAfter}
   * months, with probability {@code takeover} times the global legitimacy it earned (UN missions
   * took over ECOWAS forces in Sierra Leone, Liberia and Cote d'Ivoire). No draw when
   * {@code takeover} is 0.
   */
  static boolean takesOver(RegionModel m, Operation op) {
    var p = m.parameters().deployments();
    SecondaryInstitution global = m.globalBody();
    return p.takeover() > 0 && global != null && op.body() != null && !op.body().isGlobal()
        && !op.imposed() && m.tick() - op.startTick() >= p.takeoverAfter()
        && m.random.nextDouble() < p.takeover() * op.legitimacyGlobal();
  }

  /**
   * The global body takes the operation over: it ends with outcome {@code taken-over} and a
   * conforming operation of the global body replaces it, fielded by its most powerful member
   * that is neither a party nor interested in the host (no host in its sphere); a
   * {@code takeover} event records the mandate. Without such a member the operation stays.
   */
  static void takeOver(RegionModel m, Crisis c, Operation op) {
    SecondaryInstitution global = m.globalBody();
    StateAgent lead = null;
    for (StateAgent s : global.members()) {
      if (s != c.host() && s != c.opponent() && !s.inSphere(c.host())
          && (lead == null || s.power() > lead.power())) {
        lead = s;
      }
    }
    if (lead == null) {
      return;
    }
    m.emit(new TakeoverEvent(op.id(), c.id(), c.host().id(), op.body().id(), global.id(),
        lead.id()));
    end(m, op, "taken-over");
    c.setOperation(null);
    OperationModel.launch(m, lead, c, global, Strategy.COMPLY);
  }

  /** Crisis phase, last part: the month's answers to crises, in order of priority. */
  private static void answers(RegionModel m) {
    Opportunities.respond(m);
  }

  private static void outbreaks(RegionModel m) {
    for (CrisisSpec.ScriptedCrisis sc : m.scenario().crises().scripted()) {
      if (sc.start().equals(m.month())) {
        CrisisSpec.CrisisType type = m.scenario().crises().types().get(sc.type());
        open(m, sc.id(), sc.label(), sc.type(), type, m.state(sc.host()),
            sc.opponent().map(m::state).orElse(null), true,
            sc.intensity().orElse(type.intensity()));
      }
    }
    var types = m.scenario().crises().types();
    var typeIds = new java.util.ArrayList<>(types.keySet());
    java.util.Collections.sort(typeIds); // map order is not stable; the draw order must be
    CrisisSpec.CrisisType[] sorted = new CrisisSpec.CrisisType[typeIds.size()];
    for (int t = 0; t < sorted.length; t++) {
      sorted[t] = types.get(typeIds.get(t)); // looked up once a month, not once per state
    }
    for (StateAgent h : m.states()) {
      if (!h.spec().regional()) {
        continue;
      }
      for (int t = 0; t < sorted.length; t++) {
        String id = typeIds.get(t);
        CrisisSpec.CrisisType type = sorted[t];
        // The type's base rate times this host's multiplier (crises.types.<id>.hosts, 1 if absent).
        double rate = type.hosts().isEmpty() ? type.rate()
            : type.rate() * type.hostMultiplier(h.id());
        if (rate > 0 && m.random.nextDouble() < rate) {
          StateAgent opponent = null;
          if (!type.internal()) {
            opponent = randomNeighbour(m, h);
          }
          open(m, m.nextCrisisId(), id, id, type, h, opponent, false, type.intensity());
        }
      }
    }
  }

  /** A uniformly drawn regional state other than {@code h} (the opponent of an interstate crisis). */
  private static StateAgent randomNeighbour(RegionModel m, StateAgent h) {
    List<StateAgent> regional = m.regionalStates();
    int position = h.spec().regional() ? m.regionalPosition(h) : Integer.MAX_VALUE;
    int others = regional.size() - (position == Integer.MAX_VALUE ? 0 : 1);
    if (others <= 0) {
      return null;
    }
    int k = m.random.nextInt(others);
    return regional.get(k < position ? k : k + 1);
  }

  private static void open(RegionModel m, String id, String label, String typeId,
      CrisisSpec.CrisisType type, StateAgent host, StateAgent opponent, boolean scripted,
      double intensity) {
    Crisis c = m.openCrisis(id, label, typeId, type, host, opponent, scripted, intensity);
    if (type.governmentInvites() || !type.internal()) {
      SecondaryInstitution best = null;
      for (SecondaryInstitution b : m.bodies()) {
        if (b.exists() && !b.isGlobal() && b.canOperate() && b.hasMember(host)
            && host.affinity(b) > 0 && (best == null || host.affinity(b) > host.affinity(best))) {
          best = b;
        }
      }
      c.request(best);
    }
    m.emit(new CrisisEvent(id, label, host.id(), opponent == null ? null : opponent.id(), typeId,
        scripted, intensity, c.requestedFrom() == null ? null : c.requestedFrom().id()));
  }

  /**
   * Why a frozen deployment ends this month, or null when it stays: {@code settlement} when the
   * frozen conflict has cooled below the resolution threshold; {@code cost} when the actor's
   * resources are exhausted (below 0); {@code mandate} when a term of {@code mandateMonths} ends
   * and a deployment that had the host's consent finds the host no longer willing (host
   * disposition toward the actor at most parameters.choice.welcome). A deployment imposed on
   * its host has no mandate to lose: it stays while the actor can pay (frozen conflicts can stay).
   */
  static String leaveReason(RegionModel m, Crisis c, Operation op) {
    if (c.intensity() < RESOLVED) {
      return "settlement";
    }
    if (op.actor().resources() < 0) {
      return "cost";
    }
    int term = m.parameters().deployments().mandateMonths();
    int age = m.tick() - op.startTick();
    if (term > 0 && age > 0 && age % term == 0 && !op.imposed()
        && OperationModel.hostDisposition(m, op.actor(), c, op.body())
            <= m.parameters().choice().welcome()) {
      return "mandate";
    }
    return null;
  }

  /** The force of a frozen deployment leaves; a settled conflict is resolved. */
  private static void leave(RegionModel m, Crisis c, Operation op, String reason) {
    op.leave();
    if (reason.equals("settlement")) {
      c.resolve();
    }
    m.emit(new DeploymentEndEvent(op.id(), c.id(), c.host().id(), op.actor().id(),
        op.body() == null ? null : op.body().id(), reason, m.tick() - op.startTick()));
  }

  /** Ends an operation: event, ex post praise, reinforcement of the strategy used. */
  public static void end(RegionModel m, Operation op, String outcome) {
    op.end(outcome, m.tick());
    m.emit(new OperationEndEvent(OperationModel.description(op), outcome,
        op.endTick() - op.startTick()));
    if (outcome.equals("withdrawn") && op.body() != null) {
      double praise = m.parameters().bodies().praise();
      double beta = m.parameters().choice().beta();
      for (StateAgent j : op.body().members()) {
        double[] prior = {praise, 1 - praise};
        double[] u = {praiseUtility(m, j, op), 0};
        if (StrategyChoice.choose(m.random, prior, u, beta) == 0) {
          OperationModel.speak(m, j, op.body(), op.profile(), "praise", op.id());
        }
      }
    }
    double learning = m.parameters().choice().learning();
    if (learning > 0 && op.fieldedBy() == null) { // a body's own act reinforces no state's mix
      double payoff = switch (outcome) {
        case "withdrawn" -> 1.0;
        case "frozen" -> 0.5;
        default -> -0.5;
      };
      reinforce(op.actor(), op.strategy(), learning, payoff);
    }
  }

  /**
   * A member's utility of praising its body's withdrawn operation (ex post discursive
   * legitimation as a strategic choice, against silence at 0): the goal term of a speech with the
   * operation's profile and regional legitimacy, a small status term, the conformity cost of
   * endorsing its departures from g (softened by its global legitimacy), the member's affinity to
   * the body, and the criticism the actor drew: {@code U = goal(x, L_R, words) + status(0.2) +
   * conf(x, L_G, words) + aff(j,k) - criticism c crit_actor}.
   */
  public static double praiseUtility(RegionModel m, StateAgent j, Operation op) {
    double words = m.parameters().belief().words();
    return Utility.goal(m, j, op.profile(), op.legitimacyRegional(), words)
        + Utility.status(j, 0.2)
        + Utility.conformity(m, j, op.profile(), op.legitimacyGlobal(), words)
        + j.affinity(op.body())
        - m.parameters().legitimacy().criticism() * m.parameters().counterContestation()
        * (op.fieldedBy() == null ? op.actor().criticism() : 0);
  }

  /** Roth–Erev reinforcement of the strategy used, keeping the mix's total. */
  static void reinforce(StateAgent s, Strategy used, double learning, double payoff) {
    double[] mix = s.mix();
    double total = 0;
    for (double v : mix) {
      total += v;
    }
    if (total <= 0) {
      return;
    }
    int k = used.ordinal();
    mix[k] = Math.max(0.01 * total, mix[k] + learning * payoff * total);
    double after = 0;
    for (double v : mix) {
      after += v;
    }
    for (int i = 0; i < mix.length; i++) {
      mix[i] *= total / after;
    }
  }
}
