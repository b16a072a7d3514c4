package org.rissim.gui;

import java.util.List;
import org.rissim.scenario.Strategy;
import org.rissim.scenario.ModelParameters;
import org.rissim.scenario.PracticeSpec;
import org.rissim.scenario.Scenario;
import org.rissim.scenario.StateSpec;
import org.rissim.scenario.StrategyMix;

/**
 * The Console's model inspector: which practice the region view colours by (applies at once),
 * and the scenario's top-level model parameters and the hegemon's strategy mix, whose edits
 * become {@code --set}-style overrides applied when the next run starts. Each number has a
 * {@code domX()} range, which MASON's inspector shows as a slider beside the text field.
 */
public final class ExplorerParameters extends EditedValues {
  private static final String CC = "parameters.counterContestation";
  private static final String ETA = "parameters.belief.eta";
  private static final String KAPPA = "parameters.belief.kappa";
  private static final String PEERS = "parameters.belief.peers";
  private static final String CONFIDENCE = "parameters.belief.confidence";
  private static final String BETA = "parameters.choice.beta";
  private static final String LEARNING = "parameters.choice.learning";
  private static final String MIX = "hegemon.strategyMix.";

  private final String[] practiceLabels;
  private final boolean hasHegemon;
  private int practice;
  private Runnable onPracticeChange = () -> { };

  /** Parameters initialised from the scenario the explorer was opened on. */
  public ExplorerParameters(Scenario scenario) {
    List<PracticeSpec> ps = scenario.institution().practices();
    practiceLabels = ps.stream().map(PracticeSpec::label).toArray(String[]::new);
    ModelParameters p = scenario.parameters();
    // Slider ranges within the scenario rules' bounds, the useful part of each, with widths
    // whose thousandth (a slider step) is a round number.
    value(CC, p.counterContestation(), 0, 4);
    value(ETA, p.belief().eta(), 0, 1);
    value(KAPPA, p.belief().kappa(), 0, 0.1);
    value(PEERS, p.belief().peers(), 0, 2);
    value(CONFIDENCE, p.belief().confidence(), 0, 1);
    value(BETA, p.choice().beta(), 0, 10);
    value(LEARNING, p.choice().learning(), 0, 1);
    StateSpec hegemon = scenario.hegemon().flatMap(scenario::state).orElse(null);
    hasHegemon = hegemon != null;
    if (hasHegemon) {
      StrategyMix m = hegemon.strategyMix();
      for (Strategy s : Strategy.MIX) {
        value(MIX + s.key(), m.weight(s), 0, 1);
      }
    }
  }

  /** Called (on the event thread) after the practice changes, to recolour the view. */
  public void onPracticeChange(Runnable action) {
    onPracticeChange = action;
  }

  /** Index of the practice the view colours states by. */
  public int practiceIndex() {
    return practice;
  }

  /** Label of the practice the view colours states by. */
  public String practiceLabel() {
    return practiceLabels[practice];
  }

  // ---- bean properties shown by MASON's inspector ----------------------------------------

  /** Practice the view colours states by (a choice among the practices). */
  public int getPractice() {
    return practice;
  }

  /** Chooses the practice the view colours states by. */
  public void setPractice(int p) {
    if (p < 0 || p >= practiceLabels.length) {
      throw new IllegalArgumentException("practice index " + p + " outside 0.."
          + (practiceLabels.length - 1));
    }
    practice = p;
    onPracticeChange.run();
  }

  /** The practices MASON offers for {@link #setPractice}. */
  public Object domPractice() {
    return practiceLabels.clone();
  }

  /** parameters.counterContestation: strength of criticism (next run). */
  public double getCounterContestation() {
    return get(CC);
  }

  /** Sets parameters.counterContestation for the next run. */
  public void setCounterContestation(double v) {
    set(CC, v);
  }

  /** Slider range of {@code CounterContestation}. */
  public Object domCounterContestation() {
    return range(CC);
  }

  /** parameters.belief.eta: weight of a month's observed acts and peers (next run). */
  public double getBeliefEta() {
    return get(ETA);
  }

  /** Sets parameters.belief.eta for the next run. */
  public void setBeliefEta(double v) {
    set(ETA, v);
  }

  /** Slider range of {@code BeliefEta}. */
  public Object domBeliefEta() {
    return range(ETA);
  }

  /** parameters.belief.kappa: monthly pull toward the inculcated global norm (next run). */
  public double getBeliefKappa() {
    return get(KAPPA);
  }

  /** Sets parameters.belief.kappa for the next run. */
  public void setBeliefKappa(double v) {
    set(KAPPA, v);
  }

  /** Slider range of {@code BeliefKappa}. */
  public Object domBeliefKappa() {
    return range(KAPPA);
  }

  /** parameters.belief.peers: weight of fellow members' beliefs (next run). */
  public double getBeliefPeers() {
    return get(PEERS);
  }

  /** Sets parameters.belief.peers for the next run. */
  public void setBeliefPeers(double v) {
    set(PEERS, v);
  }

  /** Slider range of {@code BeliefPeers}. */
  public Object domBeliefPeers() {
    return range(PEERS);
  }

  /** parameters.belief.confidence: bounded-confidence radius (next run). */
  public double getBeliefConfidence() {
    return get(CONFIDENCE);
  }

  /** Sets parameters.belief.confidence for the next run. */
  public void setBeliefConfidence(double v) {
    set(CONFIDENCE, v);
  }

  /** Slider range of {@code BeliefConfidence}. */
  public Object domBeliefConfidence() {
    return range(CONFIDENCE);
  }

  /** parameters.choice.beta: inverse temperature of strategy choice (next run). */
  public double getChoiceBeta() {
    return get(BETA);
  }

  /** Sets parameters.choice.beta for the next run. */
  public void setChoiceBeta(double v) {
    set(BETA, v);
  }

  /** Slider range of {@code ChoiceBeta}. */
  public Object domChoiceBeta() {
    return range(BETA);
  }

  /** parameters.choice.learning: reinforcement rate of the mix (next run). */
  public double getChoiceLearning() {
    return get(LEARNING);
  }

  /** Sets parameters.choice.learning for the next run. */
  public void setChoiceLearning(double v) {
    set(LEARNING, v);
  }

  /** Slider range of {@code ChoiceLearning}. */
  public Object domChoiceLearning() {
    return range(LEARNING);
  }

  /** Hegemon's prior propensity to comply (next run). */
  public double getHegemonComply() {
    return mix(Strategy.COMPLY);
  }

  /** Sets the hegemon's propensity to comply. */
  public void setHegemonComply(double v) {
    setMix(Strategy.COMPLY, v);
  }

  /** Slider range of {@code HegemonComply}. */
  public Object domHegemonComply() {
    return range(MIX + Strategy.COMPLY.key());
  }

  /** Hegemon's propensity for behavioural contestation alone (next run). */
  public double getHegemonBehavioural() {
    return mix(Strategy.BEHAVIOURAL);
  }

  /** Sets the hegemon's propensity for behavioural contestation. */
  public void setHegemonBehavioural(double v) {
    setMix(Strategy.BEHAVIOURAL, v);
  }

  /** Slider range of {@code HegemonBehavioural}. */
  public Object domHegemonBehavioural() {
    return range(MIX + Strategy.BEHAVIOURAL.key());
  }

  /** Hegemon's propensity for discursive contestation (next run). */
  public double getHegemonDiscursive() {
    return mix(Strategy.DISCURSIVE);
  }

  /** Sets the hegemon's propensity for discursive contestation. */
  public void setHegemonDiscursive(double v) {
    setMix(Strategy.DISCURSIVE, v);
  }

  /** Slider range of {@code HegemonDiscursive}. */
  public Object domHegemonDiscursive() {
    return range(MIX + Strategy.DISCURSIVE.key());
  }

  /** Hegemon's propensity to act through an existing body (next run). */
  public double getHegemonThroughBody() {
    return mix(Strategy.THROUGH_BODY);
  }

  /** Sets the hegemon's propensity to act through a body. */
  public void setHegemonThroughBody(double v) {
    setMix(Strategy.THROUGH_BODY, v);
  }

  /** Slider range of {@code HegemonThroughBody}. */
  public Object domHegemonThroughBody() {
    return range(MIX + Strategy.THROUGH_BODY.key());
  }

  /** Hegemon's propensity for competitive secondary institutionalisation (next run). */
  public double getHegemonNewBody() {
    return mix(Strategy.NEW_BODY);
  }

  /** Sets the hegemon's propensity to found a new body. */
  public void setHegemonNewBody(double v) {
    setMix(Strategy.NEW_BODY, v);
  }

  /** Slider range of {@code HegemonNewBody}. */
  public Object domHegemonNewBody() {
    return range(MIX + Strategy.NEW_BODY.key());
  }

  /** Hegemon's propensity for recognition-building (next run). */
  public double getHegemonRecognition() {
    return mix(Strategy.RECOGNITION);
  }

  /** Sets the hegemon's propensity for recognition-building. */
  public void setHegemonRecognition(double v) {
    setMix(Strategy.RECOGNITION, v);
  }

  /** Slider range of {@code HegemonRecognition}. */
  public Object domHegemonRecognition() {
    return range(MIX + Strategy.RECOGNITION.key());
  }

  /** Hegemon's propensity for counter-contestation (next run). */
  public double getHegemonCounterContestation() {
    return mix(Strategy.COUNTER_CONTESTATION);
  }

  /** Sets the hegemon's propensity for counter-contestation. */
  public void setHegemonCounterContestation(double v) {
    setMix(Strategy.COUNTER_CONTESTATION, v);
  }

  /** Slider range of {@code HegemonCounterContestation}. */
  public Object domHegemonCounterContestation() {
    return range(MIX + Strategy.COUNTER_CONTESTATION.key());
  }

  /** Hegemon's propensity for distancing (next run). */
  public double getHegemonDistancing() {
    return mix(Strategy.DISTANCING);
  }

  /** Sets the hegemon's propensity for distancing. */
  public void setHegemonDistancing(double v) {
    setMix(Strategy.DISTANCING, v);
  }

  /** Slider range of {@code HegemonDistancing}. */
  public Object domHegemonDistancing() {
    return range(MIX + Strategy.DISTANCING.key());
  }

  private double mix(Strategy s) {
    return hasHegemon ? get(MIX + s.key()) : Double.NaN;
  }

  private void setMix(Strategy s, double v) {
    if (!hasHegemon) {
      throw new IllegalStateException("the scenario names no hegemon");
    }
    set(MIX + s.key(), v);
  }

  // MASON hides a property when hideX() returns true: no hegemon, no mix to edit.

  /** Hides the hegemon's mix when the scenario has no hegemon. */
  public boolean hideHegemonComply() {
    return !hasHegemon;
  }

  /** Hides the hegemon's mix when the scenario has no hegemon. */
  public boolean hideHegemonBehavioural() {
    return !hasHegemon;
  }

  /** Hides the hegemon's mix when the scenario has no hegemon. */
  public boolean hideHegemonDiscursive() {
    return !hasHegemon;
  }

  /** Hides the hegemon's mix when the scenario has no hegemon. */
  public boolean hideHegemonThroughBody() {
    return !hasHegemon;
  }

  /** Hides the hegemon's mix when the scenario has no hegemon. */
  public boolean hideHegemonNewBody() {
    return !hasHegemon;
  }

  /** Hides the hegemon's mix when the scenario has no hegemon. */
  public boolean hideHegemonRecognition() {
    return !hasHegemon;
  }

  /** Hides the hegemon's mix when the scenario has no hegemon. */
  public boolean hideHegemonCounterContestation() {
    return !hasHegemon;
  }

  /** Hides the hegemon's mix when the scenario has no hegemon. */
  public boolean hideHegemonDistancing() {
    return !hasHegemon;
  }
}
