package org.rissim.model.mechanism;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.rissim.model.Crisis;
import org.rissim.model.RegionModel;
import org.rissim.model.SecondaryInstitution;
import org.rissim.model.StateAgent;

/**
 * A body's members judging an act in a crisis, one by one in membership order: member j objects
 * with probability {@code logistic(-x_j - objection)}, {@code x_j} the sum of its support's
 * terms, and the crisis's opponent always objects; a member without a support (the actor asking)
 * does not object. {@link BodyDecision} and {@link BodyFielding} apply their decision rules to
 * the outcome.
 *
 * @param share        power-weighted share of members that did not object, [0,1]
 * @param supporters   the members that did not object, in membership order
 * @param reasons      each objector's id mapped to its main reason (the opponent's: opponent)
 * @param unanimous    whether no member objected
 * @param partyObjects whether the host or the opponent objected
 * @param vetoedBy     the objecting members that hold a veto
 */
record Objections(double share, List<StateAgent> supporters, Map<String, String> reasons,
    boolean unanimous, boolean partyObjects, List<String> vetoedBy) {

  /** The terms of a support, in the order of {@link BodyDecision#support}, by name. */
  private static final String[] REASONS = {
    "alignment", "opponent", "interest", "burden", "scope", "host", "affinity"
  };

  /**
   * The members' judgement, {@code support} giving member j's terms (null: j does not object
   * and draws nothing).
   */
  static Objections of(RegionModel m, SecondaryInstitution body, Crisis crisis,
      Function<StateAgent, double[]> support) {
    double objection = m.parameters().bodies().objection();
    double yesPower = 0;
    double totalPower = 0;
    boolean unanimous = true;
    boolean partyObjects = false;
    List<StateAgent> yes = new ArrayList<>();
    Map<String, String> reasons = new LinkedHashMap<>();
    List<String> vetoedBy = new ArrayList<>();
    for (StateAgent j : body.members()) {
      double[] terms = support.apply(j);
      boolean objects = false;
      if (terms != null) {
        double x = 0;
        for (double t : terms) {
          x += t;
        }
        objects = j == crisis.opponent()
            || m.random.nextDouble() < Geometry.logistic(-x - objection);
      }
      totalPower += j.power();
      if (objects) {
        unanimous = false;
        partyObjects |= j == crisis.host() || j == crisis.opponent();
        reasons.put(j.id(), j == crisis.opponent() ? "opponent" : mainReason(terms));
        if (j.spec().veto()) {
          vetoedBy.add(j.id());
        }
      } else {
        yesPower += j.power();
        yes.add(j);
      }
    }
    double share = totalPower == 0 ? 0 : yesPower / totalPower;
    return new Objections(share, yes, reasons, unanimous, partyObjects, vetoedBy);
  }

  /** The most negative term of a support: the objector's main reason. */
  private static String mainReason(double[] terms) {
    int worst = 0;
    for (int t = 1; t < terms.length; t++) {
      if (terms[t] < terms[worst]) {
        worst = t;
      }
    }
    return REASONS[worst];
  }
}
