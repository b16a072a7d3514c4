package org.rissim.scenario;

/**
 * Prior propensities (each >= 0) of a state's strategies; the model normalises over the options
 * available at each opportunity and tempers them by expected utility (softmax with this prior).
 *
 * @param comply              act in conformity with the global practices
 * @param behavioural         behavioural contestation alone (a deviating operation)
 * @param discursive          discursive contestation alone (arguing against a practice)
 * @param throughBody         acting through an existing secondary institution (operation or declaration)
 * @param newBody             competitive secondary institutionalisation (multiplies the founding hazard)
 * @param recognition         recognition-building for a body it leads at the global body
 * @param counterContestation criticising others' deviations and voting against recognition
 * @param distancing          distancing from (and eventually leaving) a body that fails it
 */
public record StrategyMix(double comply, double behavioural, double discursive,
    double throughBody, double newBody, double recognition, double counterContestation,
    double distancing) {

  /** Checks each propensity is a number >= 0, as the binder does. */
  public StrategyMix {
    Range.NON_NEGATIVE.check("strategyMix.comply", comply);
    Range.NON_NEGATIVE.check("strategyMix.behavioural", behavioural);
    Range.NON_NEGATIVE.check("strategyMix.discursive", discursive);
    Range.NON_NEGATIVE.check("strategyMix.throughBody", throughBody);
    Range.NON_NEGATIVE.check("strategyMix.newBody", newBody);
    Range.NON_NEGATIVE.check("strategyMix.recognition", recognition);
    Range.NON_NEGATIVE.check("strategyMix.counterContestation", counterContestation);
    Range.NON_NEGATIVE.check("strategyMix.distancing", distancing);
  }

  /** The mix whose weight of each strategy of {@link Strategy#MIX} is {@code weight}'s. */
  public static StrategyMix of(java.util.function.ToDoubleFunction<Strategy> weight) {
    return new StrategyMix(weight.applyAsDouble(Strategy.COMPLY),
        weight.applyAsDouble(Strategy.BEHAVIOURAL), weight.applyAsDouble(Strategy.DISCURSIVE),
        weight.applyAsDouble(Strategy.THROUGH_BODY), weight.applyAsDouble(Strategy.NEW_BODY),
        weight.applyAsDouble(Strategy.RECOGNITION),
        weight.applyAsDouble(Strategy.COUNTER_CONTESTATION),
        weight.applyAsDouble(Strategy.DISTANCING));
  }

  /** The weight of a strategy; abstention has none (it is always available). */
  public double weight(Strategy s) {
    return switch (s) {
      case COMPLY -> comply;
      case BEHAVIOURAL -> behavioural;
      case DISCURSIVE -> discursive;
      case THROUGH_BODY -> throughBody;
      case NEW_BODY -> newBody;
      case RECOGNITION -> recognition;
      case COUNTER_CONTESTATION -> counterContestation;
      case DISTANCING -> distancing;
      case ABSTAIN -> 0;
    };
  }
}
