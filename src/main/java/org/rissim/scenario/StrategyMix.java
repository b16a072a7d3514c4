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
}
