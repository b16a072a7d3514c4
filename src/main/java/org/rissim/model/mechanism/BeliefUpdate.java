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
 * ({@link AnchoredInfluence}). State i hears the month's acts (operations launched, at weight 1;
 * operations still deployed, at weight {@code ongoing}; discursive acts, at weight {@code words})
 * and the positions of the bodies it belongs to (weight {@code peers * affinity * L_regional(body)},
 * bodies with positive affinity only), each
 * only within its confidence bound; each heard source s has raw weight
 * {@code omega_s = L_is * weight_s} with L the legitimacy i grants it. The row of the influence
 * matrix is {@code w_s = eta (1 - s_i) omega_s / max(1, sum omega)}, the susceptibility
 * {@code lambda_i = 1 - kappa s_i}, the anchor the global standard g. In the design brief's form:
 * {@code b += lambda (1 - s_i) eta L (x - b) + s_i kappa (g - b)}. Observers also adjust their
 * alignment toward an operation's actor by {@code alignmentRate * 2 (L - 0.5)}. Attention is
 * bounded: with more than {@code attention} acts in a month, each state attends to a uniform
 * random sample of that many, each weighed up by acts/attention (an unbiased estimate of the
 * full sum; the baseline never has that many acts, so it is unaffected). With
 * {@code belief.synchronous: false} the states update one by one in a random order, each
 * hearing the positions of bodies as they stand (asynchronous updating, for the robustness check
 * of docs/VALIDATION.md); the bodies' positions are then refreshed after each state.
 */
public final class BeliefUpdate {
  private BeliefUpdate() {}

  /** One synchronous update of every state's belief from this month's acts. */
  public static void step(RegionModel m) {
    List<Act> acts = m.actsThisMonth();
    double ongoing = m.parameters().belief().ongoing();
    int tick = m.tick();
    if (ongoing > 0) {
      for (Operation op : m.operations()) {
        if (op.active() && op.startTick() < tick) {
          acts.add(new Act(op.actor(), op.body(), op.profile(), ongoing, op.multilaterality(),
              op.crisis().host(), op.imposed(), op));
        }
      }
    }
    List<StateAgent> states = new ArrayList<>(m.states());
    boolean synchronous = m.parameters().belief().synchronous();
    if (!synchronous) {
      for (int i = states.size() - 1; i > 0; i--) {
        java.util.Collections.swap(states, i, m.random.nextInt(i + 1));
      }
    }
    int practices = m.institution().practiceCount();
    double[][] next = new double[states.size()][];
    double[] sources = new double[acts.size() + m.bodies().size()];
    double[] weights = new double[sources.length];
    double[] omega = new double[sources.length];
    List<double[]> profiles = new ArrayList<>(sources.length);
    ModelParameters.Belief p = m.parameters().belief();
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
        double distance = Geometry.distance(a.profile(), s.belief());
        boolean heard = AnchoredInfluence.heard(distance, p.confidence());
        boolean launch = a.operation() != null && a.weight() >= 1;
        if (!heard && !launch) {
          continue; // legitimacy has no side effect: an act neither heard nor launched is skipped
        }
        double legitimacy = Legitimacy.granted(m, s, a, distance, shares[k]);
        if (launch) {
          s.setAlignment(a.actor(), s.alignment(a.actor()) + alignmentRate * 2 * (legitimacy - 0.5));
        }
        if (!heard) {
          continue;
        }
        omega[n] = legitimacy * a.weight() * upweight;
        profiles.add(a.profile());
        total += omega[n++];
      }
      for (SecondaryInstitution b : m.bodies()) {
        if (b.exists() && b.hasMember(s) && s.affinity(b) > 0
            && AnchoredInfluence.heard(Geometry.distance(b.position(), s.belief()),
                p.confidence())) {
          omega[n] = p.peers() * s.affinity(b) * b.legitimacyRegional();
          profiles.add(b.position());
          total += omega[n++];
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
        System.arraycopy(b, 0, s.belief(), 0, practices);
        for (SecondaryInstitution body : m.bodies()) {
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
    acts.clear();
  }
}
