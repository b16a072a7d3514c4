package org.rissim.scenario;

/** The strategies of the framework (Hadano 2024, section 1) plus compliance and abstention. */
public enum Strategy {
  /** Act in conformity with the global practices (a conforming operation, an affirmation). */
  COMPLY("comply"),
  /** Behavioural contestation alone: a deviating operation by the state itself. */
  BEHAVIOURAL("behavioural"),
  /** Discursive contestation alone: arguing against a practice. */
  DISCURSIVE("discursive"),
  /** Acting through an existing secondary institution (an operation or a declaration). */
  THROUGH_BODY("throughBody"),
  /** Competitive secondary institutionalisation: founding a new body. */
  NEW_BODY("newBody"),
  /** Recognition-building: seeking the global body's endorsement of a body it leads. */
  RECOGNITION("recognition"),
  /** Counter-contestation: criticising others' deviations. */
  COUNTER_CONTESTATION("counterContestation"),
  /** Distancing from, and eventually leaving, a body that fails it. */
  DISTANCING("distancing"),
  /** Doing nothing at this opportunity. */
  ABSTAIN("abstain");

  /**
   * The strategies a {@link StrategyMix} weighs, in declaration order (every strategy but
   * abstention, which is always available).
   */
  public static final java.util.List<Strategy> MIX = java.util.Arrays.stream(values())
      .filter(s -> s != ABSTAIN).toList();

  private final String key;

  Strategy(String key) {
    this.key = key;
  }

  /** The scenario key of this strategy (as in {@code strategyMix}). */
  public String key() {
    return key;
  }
}
