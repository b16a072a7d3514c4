package org.rissim.scenario;

/**
 * Buzan's typology of a state's stance toward the institutions of international society.
 * The model reads it as a multiplier of the goal term (reshaping practices) and the status term.
 */
public enum Revisionism {
  /** Satisfied with institutions and its status. */
  STATUS_QUO,
  /** Accepts the institutions, seeks higher status. */
  ORTHODOX,
  /** Seeks to reshape institutions, accepts its status. */
  REFORMIST,
  /** Seeks to change both institutions and status. */
  REVOLUTIONARY;

  /** Multiplier of the goal (practice-reshaping) term of the utility. */
  public double goalFactor() {
    return switch (this) {
      case STATUS_QUO, ORTHODOX -> 0.0;
      case REFORMIST -> 1.0;
      case REVOLUTIONARY -> 1.5;
    };
  }

  /** Multiplier of the status term of the utility. */
  public double statusFactor() {
    return switch (this) {
      case STATUS_QUO -> 0.5;
      case ORTHODOX, REVOLUTIONARY -> 1.5;
      case REFORMIST -> 1.0;
    };
  }
}
