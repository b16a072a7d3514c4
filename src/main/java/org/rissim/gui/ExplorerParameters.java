package org.rissim.gui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rissim.model.Strategy;
import org.rissim.scenario.ModelParameters;
import org.rissim.scenario.PracticeSpec;
import org.rissim.scenario.Scenario;
import org.rissim.scenario.StateSpec;
import org.rissim.scenario.StrategyMix;

/**
 * The Console's model inspector: which practice the region view colours by (applies at once),
 * and the scenario's top-level model parameters and the hegemon's strategy mix, whose edits
 * become {@code --set}-style overrides applied when the next run starts.
 */
public final class ExplorerParameters {
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
  private final Map<String, Double> initial = new LinkedHashMap<>();
  private final Map<String, Double> current = new LinkedHashMap<>();
  private int practice;
  private Runnable onPracticeChange = () -> { };

  /** Parameters initialised from the scenario the explorer was opened on. */
  public ExplorerParameters(Scenario scenario) {
    List<PracticeSpec> ps = scenario.institution().practices();
    practiceLabels = ps.stream().map(PracticeSpec::label).toArray(String[]::new);
    ModelParameters p = scenario.parameters();
    initial.put(CC, p.counterContestation());
    initial.put(ETA, p.belief().eta());
    initial.put(KAPPA, p.belief().kappa());
    initial.put(PEERS, p.belief().peers());
    initial.put(CONFIDENCE, p.belief().confidence());
    initial.put(BETA, p.choice().beta());
    initial.put(LEARNING, p.choice().learning());
    StateSpec hegemon = scenario.hegemon().flatMap(scenario::state).orElse(null);
    hasHegemon = hegemon != null;
    if (hasHegemon) {
      StrategyMix m = hegemon.strategyMix();
      double[] values = {m.comply(), m.behavioural(), m.discursive(), m.throughBody(), m.newBody(),
          m.recognition(), m.counterContestation(), m.distancing()};
      for (int i = 0; i < values.length; i++) {
        initial.put(MIX + Strategy.values()[i].key(), values[i]);
      }
    }
    current.putAll(initial);
  }

  /** Called (on the event thread) after the practice changes, to recolour the view. */
  public void onPracticeChange(Runnable action) {
    onPracticeChange = action;
  }

  /** The edited values that differ from the scenario's, as override path to value text. */
  public Map<String, String> overrides() {
    Map<String, String> out = new LinkedHashMap<>();
    for (var e : current.entrySet()) {
      if (!e.getValue().equals(initial.get(e.getKey()))) {
        out.put(e.getKey(), Double.toString(e.getValue()));
      }
    }
    return out;
  }

  /** Index of the practice the view colours states by. */
  public int practiceIndex() {
    return practice;
  }

  /** Label of the practice the view colours states by. */
  public String practiceLabel() {
    return practiceLabels[practice];
  }

  private double get(String path) {
    return current.get(path);
  }

  private void set(String path, double value) {
    current.put(path, value);
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

  /** Overrides the next run will apply, as {@code --set} arguments (read-only). */
  public String getPendingOverrides() {
    StringBuilder b = new StringBuilder();
    overrides().forEach((k, v) -> b.append(b.length() == 0 ? "" : " ").append("--set ")
        .append(k).append('=').append(v));
    return b.length() == 0 ? "(none)" : b.toString();
  }

  /** parameters.counterContestation: strength of criticism (next run). */
  public double getCounterContestation() {
    return get(CC);
  }

  /** Sets parameters.counterContestation for the next run. */
  public void setCounterContestation(double v) {
    set(CC, v);
  }

  /** parameters.belief.eta: weight of a month's observed acts and peers (next run). */
  public double getBeliefEta() {
    return get(ETA);
  }

  /** Sets parameters.belief.eta for the next run. */
  public void setBeliefEta(double v) {
    set(ETA, v);
  }

  /** parameters.belief.kappa: monthly pull toward the inculcated global norm (next run). */
  public double getBeliefKappa() {
    return get(KAPPA);
  }

  /** Sets parameters.belief.kappa for the next run. */
  public void setBeliefKappa(double v) {
    set(KAPPA, v);
  }

  /** parameters.belief.peers: weight of fellow members' beliefs (next run). */
  public double getBeliefPeers() {
    return get(PEERS);
  }

  /** Sets parameters.belief.peers for the next run. */
  public void setBeliefPeers(double v) {
    set(PEERS, v);
  }

  /** parameters.belief.confidence: bounded-confidence radius (next run). */
  public double getBeliefConfidence() {
    return get(CONFIDENCE);
  }

  /** Sets parameters.belief.confidence for the next run. */
  public void setBeliefConfidence(double v) {
    set(CONFIDENCE, v);
  }

  /** parameters.choice.beta: inverse temperature of strategy choice (next run). */
  public double getChoiceBeta() {
    return get(BETA);
  }

  /** Sets parameters.choice.beta for the next run. */
  public void setChoiceBeta(double v) {
    set(BETA, v);
  }

  /** parameters.choice.learning: reinforcement rate of the mix (next run). */
  public double getChoiceLearning() {
    return get(LEARNING);
  }

  /** Sets parameters.choice.learning for the next run. */
  public void setChoiceLearning(double v) {
    set(LEARNING, v);
  }

  /** Hegemon's prior propensity to comply (next run). */
  public double getHegemonComply() {
    return mix(Strategy.COMPLY);
  }

  /** Sets the hegemon's propensity to comply. */
  public void setHegemonComply(double v) {
    setMix(Strategy.COMPLY, v);
  }

  /** Hegemon's propensity for behavioural contestation alone (next run). */
  public double getHegemonBehavioural() {
    return mix(Strategy.BEHAVIOURAL);
  }

  /** Sets the hegemon's propensity for behavioural contestation. */
  public void setHegemonBehavioural(double v) {
    setMix(Strategy.BEHAVIOURAL, v);
  }

  /** Hegemon's propensity for discursive contestation (next run). */
  public double getHegemonDiscursive() {
    return mix(Strategy.DISCURSIVE);
  }

  /** Sets the hegemon's propensity for discursive contestation. */
  public void setHegemonDiscursive(double v) {
    setMix(Strategy.DISCURSIVE, v);
  }

  /** Hegemon's propensity to act through an existing body (next run). */
  public double getHegemonThroughBody() {
    return mix(Strategy.THROUGH_BODY);
  }

  /** Sets the hegemon's propensity to act through a body. */
  public void setHegemonThroughBody(double v) {
    setMix(Strategy.THROUGH_BODY, v);
  }

  /** Hegemon's propensity for competitive secondary institutionalisation (next run). */
  public double getHegemonNewBody() {
    return mix(Strategy.NEW_BODY);
  }

  /** Sets the hegemon's propensity to found a new body. */
  public void setHegemonNewBody(double v) {
    setMix(Strategy.NEW_BODY, v);
  }

  /** Hegemon's propensity for recognition-building (next run). */
  public double getHegemonRecognition() {
    return mix(Strategy.RECOGNITION);
  }

  /** Sets the hegemon's propensity for recognition-building. */
  public void setHegemonRecognition(double v) {
    setMix(Strategy.RECOGNITION, v);
  }

  /** Hegemon's propensity for counter-contestation (next run). */
  public double getHegemonCounterContestation() {
    return mix(Strategy.COUNTER_CONTESTATION);
  }

  /** Sets the hegemon's propensity for counter-contestation. */
  public void setHegemonCounterContestation(double v) {
    setMix(Strategy.COUNTER_CONTESTATION, v);
  }

  /** Hegemon's propensity for distancing (next run). */
  public double getHegemonDistancing() {
    return mix(Strategy.DISTANCING);
  }

  /** Sets the hegemon's propensity for distancing. */
  public void setHegemonDistancing(double v) {
    setMix(Strategy.DISTANCING, v);
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
