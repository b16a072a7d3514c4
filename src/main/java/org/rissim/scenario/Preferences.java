package org.rissim.scenario;

/**
 * Weights (each >= 0) of a state's preference structure: what it values when it chooses a strategy.
 *
 * @param goal           moving the regional understanding toward its intentions
 * @param status         visibility and standing gained by acting
 * @param regimeSecurity protection of its own (or a friendly) government
 * @param stability      ending crises
 * @param conformity     conformity with the global standard (cost of visible deviation)
 */
public record Preferences(double goal, double status, double regimeSecurity, double stability,
    double conformity) {
  /** Checks each weight is a number >= 0, as the binder does. */
  public Preferences {
    Range.NON_NEGATIVE.check("Preferences.goal", goal);
    Range.NON_NEGATIVE.check("Preferences.status", status);
    Range.NON_NEGATIVE.check("Preferences.regimeSecurity", regimeSecurity);
    Range.NON_NEGATIVE.check("Preferences.stability", stability);
    Range.NON_NEGATIVE.check("Preferences.conformity", conformity);
  }
}
