package org.rissim.analysis.sensitivity;

/**
 * Morris screening measures of one parameter for one outcome.
 *
 * @param parameter  the parameter (a mix group counts as one)
 * @param count      number of elementary effects used (trajectories without a missing outcome)
 * @param muStar     mean absolute elementary effect (Campolongo et al. 2007): overall importance
 * @param mu         mean elementary effect: sign of the influence (cancels for non-monotone effects)
 * @param sigma      standard deviation of the effects: interactions and non-linearity
 * @param muStarLow  lower end of the 95% bootstrap interval of {@code muStar}
 * @param muStarHigh upper end of the 95% bootstrap interval of {@code muStar}
 */
public record ElementaryEffects(String parameter, int count, double muStar, double mu,
    double sigma, double muStarLow, double muStarHigh) {}
