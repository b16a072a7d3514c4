package org.rissim.scenario;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.ParetoDistribution;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * Expands a {@link SyntheticSpec} into state and body entries: Pareto-distributed power (the
 * hegemons take the largest draws), uniform status, inculcation and regime insecurity, normal
 * alignment toward each hegemon; each hegemon leads one body whose members join with a
 * probability logistic in their alignment toward it, and further bodies are clubs joined by those
 * opposed to the hegemons. Everything is drawn from the section's own seed, in a fixed order.
 */
public final class SyntheticRegion {
  /** Hegemons: the reformist revisionist of the baseline (acts through bodies, founds, seeks recognition). */
  private static final StrategyMix HEGEMON_MIX =
      new StrategyMix(0.15, 0.25, 0.15, 0.35, 0.3, 0.3, 0.05, 0.0);
  /** States aligned with a hegemon (alignment >= 0.3): act through its body, rarely criticise. */
  private static final StrategyMix LOYAL_MIX =
      new StrategyMix(0.4, 0.0, 0.1, 0.4, 0.0, 0.0, 0.05, 0.2);
  /** States opposed to the hegemons (alignment <= -0.1): criticise and keep their distance. */
  private static final StrategyMix CRITICAL_MIX =
      new StrategyMix(0.4, 0.0, 0.2, 0.1, 0.0, 0.0, 0.3, 0.5);
  /** Everyone else: mostly comply. */
  private static final StrategyMix NEUTRAL_MIX =
      new StrategyMix(0.6, 0.0, 0.1, 0.1, 0.0, 0.0, 0.1, 0.3);
  private static final Preferences HEGEMON_PREFERENCES = new Preferences(1.5, 1.0, 0.8, 0.5, 0.4);
  private static final Preferences STATE_PREFERENCES = new Preferences(1.0, 0.5, 0.5, 0.5, 1.0);

  private SyntheticRegion() {}

  /**
   * The generated region.
   *
   * @param states generated states: hegemons first, then the others
   * @param bodies generated bodies: led bodies first, then clubs
   */
  public record Expansion(List<StateSpec> states, List<BodySpec> bodies) {}

  /** The ids of the states the section generates, in order. */
  public static List<String> stateIds(int states, int hegemons) {
    List<String> ids = new ArrayList<>(states);
    for (int h = 0; h < hegemons; h++) {
      ids.add(SyntheticSpec.hegemonId(h));
    }
    for (int i = 0; i < states - hegemons; i++) {
      ids.add(SyntheticSpec.stateId(i));
    }
    return ids;
  }

  /** Generates the region; bodies are founded at {@code start} (they exist from the first tick). */
  public static Expansion expand(SyntheticSpec spec, YearMonth start) {
    RandomGenerator rng = new MersenneTwister(spec.seed());
    int n = spec.states();
    int k = spec.hegemons();
    int others = n - k;
    double[] power = new ParetoDistribution(rng, spec.powerScale(), spec.powerShape(),
        ParetoDistribution.DEFAULT_INVERSE_ABSOLUTE_ACCURACY).sample(n);
    // The hegemons take the k largest draws; the others keep their draws in drawing order.
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(power[b], power[a]));
    boolean[] taken = new boolean[n];
    double[] hegemonPower = new double[k];
    for (int h = 0; h < k; h++) {
      hegemonPower[h] = power[order[h]];
      taken[order[h]] = true;
    }
    double[] otherPower = new double[others];
    for (int i = 0, j = 0; i < n; i++) {
      if (!taken[i]) {
        otherPower[j++] = power[i];
      }
    }
    double[] status = new double[others];
    double[] inculcation = new double[others];
    double[] insecurity = new double[others];
    double[][] alignment = new double[others][k];
    NormalDistribution align = spec.alignmentSd() > 0
        ? new NormalDistribution(rng, spec.alignmentMean(), spec.alignmentSd()) : null;
    for (int i = 0; i < others; i++) {
      status[i] = uniform(rng, spec.status());
      inculcation[i] = uniform(rng, spec.inculcation());
      insecurity[i] = uniform(rng, spec.regimeInsecurity());
      for (int h = 0; h < k; h++) {
        double a = align == null ? spec.alignmentMean() : align.sample();
        alignment[i][h] = Math.max(-1, Math.min(1, a));
      }
    }
    // Membership: body b < k is led by hegemon b; the rest are clubs of the hegemons' opponents.
    List<List<Integer>> members = new ArrayList<>();
    double[][] bodyAffinity = new double[others][spec.bodies()];
    for (int b = 0; b < spec.bodies(); b++) {
      List<Integer> in = new ArrayList<>();
      for (int i = 0; i < others; i++) {
        double pull = b < k ? alignment[i][b] : -mean(alignment[i]);
        double p = 1 / (1 + Math.exp(-(spec.joinBase() + spec.joinAlignment() * pull)));
        if (rng.nextDouble() < p) {
          in.add(i);
          bodyAffinity[i][b] = pull;
        }
      }
      members.add(in);
    }

    List<String> allOthers = new ArrayList<>(others);
    for (int i = 0; i < others; i++) {
      allOthers.add(SyntheticSpec.stateId(i));
    }
    List<StateSpec> states = new ArrayList<>(n);
    for (int h = 0; h < k; h++) {
      Map<String, Double> toward = new LinkedHashMap<>();
      for (int i = 0; i < others; i++) {
        if (alignment[i][h] != 0) {
          toward.put(SyntheticSpec.stateId(i), alignment[i][h]);
        }
      }
      Map<String, Double> affinity = new LinkedHashMap<>();
      List<String> sphere = new ArrayList<>();
      if (h < spec.bodies()) {
        affinity.put(SyntheticSpec.bodyId(h), 0.8);
        members.get(h).forEach(i -> sphere.add(SyntheticSpec.stateId(i)));
      } else {
        sphere.addAll(allOthers);
      }
      states.add(new StateSpec(SyntheticSpec.hegemonId(h), "Hegemon " + (h + 1), true,
          hegemonPower[h], 0.9, 1, true, Revisionism.REFORMIST, 0.2, 0.3, spec.intentions(),
          Map.of(), HEGEMON_PREFERENCES, affinity, toward, HEGEMON_MIX, sphere));
    }
    for (int i = 0; i < others; i++) {
      Map<String, Double> toward = new LinkedHashMap<>();
      double best = k == 0 ? 0 : -1;
      for (int h = 0; h < k; h++) {
        if (alignment[i][h] != 0) {
          toward.put(SyntheticSpec.hegemonId(h), alignment[i][h]);
        }
        best = Math.max(best, alignment[i][h]);
      }
      Map<String, Double> affinity = new LinkedHashMap<>();
      for (int b = 0; b < spec.bodies(); b++) {
        if (bodyAffinity[i][b] != 0) {
          affinity.put(SyntheticSpec.bodyId(b), bodyAffinity[i][b]);
        }
      }
      StrategyMix mix = best >= 0.3 ? LOYAL_MIX : best <= -0.1 ? CRITICAL_MIX : NEUTRAL_MIX;
      states.add(new StateSpec(SyntheticSpec.stateId(i), SyntheticSpec.stateId(i), true,
          otherPower[i], status[i], 1, false, Revisionism.STATUS_QUO, inculcation[i],
          insecurity[i], Map.of(), Map.of(), STATE_PREFERENCES, affinity, toward, mix,
          List.of()));
    }
    List<BodySpec> bodies = new ArrayList<>();
    for (int b = 0; b < spec.bodies(); b++) {
      boolean led = b < k;
      List<String> ids = new ArrayList<>();
      if (led) {
        ids.add(SyntheticSpec.hegemonId(b));
      }
      members.get(b).forEach(i -> ids.add(SyntheticSpec.stateId(i)));
      Optional<String> leader = led ? Optional.of(SyntheticSpec.hegemonId(b)) : Optional.empty();
      bodies.add(new BodySpec(SyntheticSpec.bodyId(b), led ? "Body led by "
          + SyntheticSpec.hegemonId(b) : "Club " + (b + 1), BodySpec.Level.REGIONAL, start, ids,
          leader, Map.of(), BodySpec.DecisionRule.CONSENSUS, led ? 0.4 : 0.2, led, !led,
          led ? 0.4 : 0.8, led ? 0.5 : 0.6, List.of()));
    }
    return new Expansion(states, bodies);
  }

  private static double uniform(RandomGenerator rng, SyntheticSpec.Interval range) {
    return range.min() + (range.max() - range.min()) * rng.nextDouble();
  }

  private static double mean(double[] values) {
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    return values.length == 0 ? 0 : sum / values.length;
  }
}
