package org.rissim.model.mechanism;

import java.util.ArrayList;
import java.util.List;
import org.rissim.model.Act;
import org.rissim.model.Operation;
import org.rissim.model.RegionModel;
import org.rissim.model.SecondaryInstitution;
import org.rissim.model.StateAgent;
import org.rissim.scenario.ModelParameters;

/**
 * The monthly, synchronous belief update: anchored social influence in the Friedkin–Johnsen form
 * ({@link AnchoredInfluence}). State i hears the month's acts of <em>other</em> states (a state is
 * not persuaded by its own acts: Centola, Willer and Macy 2005 keep words, deeds and beliefs
 * apart): operations launched, at weight 1; operations still deployed, at weight
 * {@code ongoing * 2^(-age / salienceHalfLife)} (salience fades with the deployment's age in
 * months); discursive acts, which carry the speaker's public stance, at weight {@code words}. An
 * act through a body weighs {@code outsiderAttention} times as much for a state outside that body
 * (members attend to their own bodies' acts). It also hears the power-weighted mean belief of its
 * fellow members (itself excluded) of every body it belongs to with positive affinity, at weight
 * {@code peers * affinity * L_regional(body) * cohesion(body)} (a more cohesive body socialises
 * more strongly). Each source is heard only within the confidence bound; its raw weight is
 * {@code omega_s = L_is * weight_s} for acts (L the legitimacy i grants it). The row of the
 * influence matrix is {@code w_s = eta (1 - s_i) omega_s / max(1, sum omega)}, the susceptibility
 * {@code lambda_i = 1 - kappa s_i}, the anchor the global standard g. Observers also adjust their
 * alignment toward an operation's actor by {@code alignmentRate * 2 (L - 0.5)}. Attention is
 * bounded: with more than {@code attention} acts in a month, each state attends to a uniform
 * random sample of that many, each weighed up by acts/attention (an unbiased estimate of the full
 * sum). With {@code belief.synchronous: false} the states update one by one in a random order,
 * each hearing its fellow members' beliefs as they stand (asynchronous updating); the bodies'
 * positions are then refreshed after each state. Stances are refreshed after the update
 * ({@link Stance}).
 */
public final class BeliefUpdate {
  private BeliefUpdate() {}

  /** The weight of a deployment still observed at {@code age} months after its launch. */
  public static double salience(ModelParameters.Belief p, int age) {
    return p.ongoing() * Math.pow(2, -age / p.salienceHalfLife());
  }

  /** One update of every state's belief from this month's acts. */
  public static void step(RegionModel m) {
    List<Act> acts = m.actsThisMonth();
    ModelParameters.Belief p = m.parameters().belief();
    int tick = m.tick();
    if (p.ongoing() > 0) {
      for (Operation op : m.operations()) {
        if (op.active() && op.startTick() < tick) {
          acts.add(new Act(op.observedActor(), op.body(), op.profile(),
              salience(p, tick - op.startTick()),
              op.multilaterality(), op.crisis().host(), op.imposed(), op));
        }
      }
    }
    List<StateAgent> states = new ArrayList<>(m.states());
    boolean synchronous = p.synchronous();
    if (!synchronous) {
      for (int i = states.size() - 1; i > 0; i--) {
        java.util.Collections.swap(states, i, m.random.nextInt(i + 1));
      }
    }
    int practices = m.institution().practiceCount();
    List<SecondaryInstitution> bodies = m.bodies();
    // Power-weighted sums of members' beliefs per body: a state's fellows are the sum less itself.
    double[] memberPower = new double[bodies.size()];
    double[][] memberSum = new double[bodies.size()][practices];
    for (int k = 0; k < bodies.size(); k++) {
      SecondaryInstitution b = bodies.get(k);
      if (b.exists()) {
        for (StateAgent j : b.members()) {
          memberPower[k] += j.power();
          for (int q = 0; q < practices; q++) {
            memberSum[k][q] += j.power() * j.belief()[q];
          }
        }
      }
    }
    double[][] next = new double[states.size()][];
    double[] sources = new double[acts.size() + bodies.size()];
    double[] weights = new double[sources.length];
    double[] omega = new double[sources.length];
    List<double[]> profiles = new ArrayList<>(sources.length);
    double alignmentRate = m.parameters().legitimacy().alignmentRate();
    // Recognition shares cannot change during the update: one per act, not one per observer.
    double[] shares = new double[acts.size()];
    for (int k = 0; k < shares.length; k++) {
      SecondaryInstitution body = acts.get(k).body();
      shares[k] = body == null ? 0 : RecognitionVote.share(m, body);
    }
    // Bounded attention: with more acts than a state attends to, each state attends to a uniform
    // sample (partial Fisher-Yates over a reused index array), each act weighed up by A/K.
    int attention = Math.min(p.attention(), acts.size());
    boolean sampled = attention < acts.size();
    double upweight = sampled ? (double) acts.size() / attention : 1.0;
    int[] order = new int[acts.size()];
    for (int k = 0; k < order.length; k++) {
      order[k] = k;
    }
    for (int i = 0; i < states.size(); i++) {
      StateAgent s = states.get(i);
      profiles.clear();
      double total = 0;
      int n = 0;
      if (sampled) {
        for (int j = 0; j < attention; j++) {
          int r = j + m.random.nextInt(order.length - j);
          int t = order[j];
          order[j] = order[r];
          order[r] = t;
        }
      }
      for (int j = 0; j < attention; j++) {
        int k = order[j];
        Act a = acts.get(k);
        if (a.actor() == s) {
          continue; // words, deeds and beliefs apart: a state is not persuaded by its own acts
        }
        double distance = Geometry.distance(a.profile(), s.belief());
        boolean heard = AnchoredInfluence.heard(distance, p.confidence());
        boolean launch = a.operation() != null && a.weight() >= 1;
        if (!heard && !launch) {
          continue; // legitimacy has no side effect: an act neither heard nor launched is skipped
        }
        double legitimacy = Legitimacy.granted(m, s, a, distance, shares[k]);
        if (launch && a.actor() != null) { // a body's own act moves no alignment toward a state
          s.addAlignment(a.actor(), alignmentRate * 2 * (legitimacy - 0.5));
        }
        if (!heard) {
          continue;
        }
        double audience = a.body() == null || a.body().hasMember(s) ? 1 : p.outsiderAttention();
        omega[n] = legitimacy * a.weight() * audience * upweight;
        profiles.add(a.profile());
        total += omega[n++];
      }
      for (int k = 0; k < bodies.size(); k++) {
        SecondaryInstitution b = bodies.get(k);
        double fellows = memberPower[k] - s.power();
        if (b.exists() && b.hasMember(s) && s.affinity(b) > 0 && fellows > 0) {
          double[] position = new double[practices];
          for (int q = 0; q < practices; q++) {
            position[q] = (memberSum[k][q] - s.power() * s.belief()[q]) / fellows;
          }
          if (AnchoredInfluence.heard(Geometry.distance(position, s.belief()), p.confidence())) {
            omega[n] = p.peers() * s.affinity(b) * b.legitimacyRegional() * b.cohesion();
            profiles.add(position);
            total += omega[n++];
          }
        }
      }
      double scale = p.eta() * (1 - s.inculcation()) / Math.max(1, total);
      for (int k = 0; k < n; k++) {
        weights[k] = omega[k] * scale;
      }
      double lambda = 1 - p.kappa() * s.inculcation();
      double[] b = new double[practices];
      for (int q = 0; q < practices; q++) {
        for (int k = 0; k < n; k++) {
          sources[k] = profiles.get(k)[q];
        }
        b[q] = Geometry.unit(AnchoredInfluence.update(s.belief()[q], m.institution().global()[q],
            lambda, sources, weights, n));
      }
      next[i] = b;
      if (!synchronous) {
        for (int k = 0; k < bodies.size(); k++) {
          if (bodies.get(k).exists() && bodies.get(k).hasMember(s)) {
            for (int q = 0; q < practices; q++) {
              memberSum[k][q] += s.power() * (b[q] - s.belief()[q]);
            }
          }
        }
        System.arraycopy(b, 0, s.belief(), 0, practices);
        for (SecondaryInstitution body : bodies) {
          if (body.exists() && body.hasMember(s)) {
            BodyLife.position(body);
          }
        }
      }
    }
    if (synchronous) {
      for (int i = 0; i < states.size(); i++) {
        System.arraycopy(next[i], 0, states.get(i).belief(), 0, practices);
      }
    }
    for (StateAgent s : states) {
      Stance.refresh(s);
    }
    acts.clear();
  }
}
