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
    double conformity) {}
