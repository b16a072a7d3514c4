package org.rissim.model.mechanism;

import org.rissim.model.Operation;
import org.rissim.model.RegionModel;
import org.rissim.model.StateAgent;
import org.rissim.scenario.BodySpec;

/**
 * Counter-contestation (Hadano 2024, section 5: Western, Ukrainian and Georgian delegations
 * criticising CIS and CSTO "peacekeeping"): a state criticises the actor whose operations of the
 * last two years (the most recent {@code belief.attention} of them at most) deviated most from
 * its own belief, if it is not aligned with that actor. The
 * criticism raises the target's {@code criticism} (lowering the legitimacy others grant its acts
 * and the yes votes for bodies it leads) and lowers the critic's alignment toward it.
 */
public final class CounterContestation {
  private CounterContestation() {}

  /** Window (months) of operations that can be criticised. */
  static final int WINDOW = 24;

  /** The state {@code s} would criticise, or null. */
  public static StateAgent target(RegionModel m, StateAgent s) {
    StateAgent best = null;
    double worst = 0.2;
    int tick = m.tick();
    // Bounded attention: the most recent `attention` operations of the window at most.
    int oldest = Math.max(0, m.operations().size() - m.parameters().belief().attention());
    for (int i = m.operations().size() - 1; i >= oldest; i--) {
      Operation op = m.operations().get(i);
      if (tick - op.startTick() > WINDOW) {
        break;
      }
      if (op.fieldedBy() != null || op.actor() == s || s.alignment(op.actor()) >= 0.3) {
        continue;
      }
      double d = Geometry.distance(op.profile(), s.belief());
      if (d > worst) {
        worst = d;
        best = op.actor();
      }
    }
    return best;
  }

  /** Utility of criticising: conformity weight times the deviation, less alignment. */
  public static double utility(RegionModel m, StateAgent s, StateAgent target) {
    double dev = Geometry.distance(target.intentions(), s.belief());
    return s.preferences().conformity() * dev * (1 - Math.max(0, s.alignment(target)))
        * m.parameters().counterContestation();
  }

  /** Criticises the target (a discursive act of kind criticism). */
  public static void criticise(RegionModel m, StateAgent s, StateAgent target) {
    double cc = m.parameters().counterContestation();
    double weight = s.votes() / Math.max(1, m.totalVotes());
    target.setCriticism(target.criticism() + cc * Math.sqrt(weight));
    s.addAlignment(target, -(m.parameters().legitimacy().alignmentRate() * cc));
    // Criticism is voiced at the global body's forum: it carries the critic's global stance.
    OperationModel.speak(m, s, null, s.stance(BodySpec.Level.GLOBAL), "criticism", target.id());
  }
}
