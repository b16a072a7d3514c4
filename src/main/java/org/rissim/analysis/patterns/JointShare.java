package org.rissim.analysis.patterns;

/**
 * The share of runs in which a set of patterns all hold together, with its 95% Wilson interval.
 *
 * @param holds runs in which every pattern of the set holds
 * @param n     runs
 * @param share holds / n
 * @param lo    lower bound of the 95% Wilson score interval
 * @param hi    upper bound
 */
public record JointShare(int holds, int n, double share, double lo, double hi) {}
