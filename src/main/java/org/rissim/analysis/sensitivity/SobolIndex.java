package org.rissim.analysis.sensitivity;

/**
 * First-order and total-order Sobol indices of one parameter for one outcome, with 95% bootstrap
 * intervals.
 *
 * @param parameter the parameter (path, or {@code states.<ID>.strategyMix} for a mix group)
 * @param s1        first-order index (Saltelli et al. 2010)
 * @param s1Low     lower end of the 95% bootstrap interval of {@code s1}
 * @param s1High    upper end of the 95% bootstrap interval of {@code s1}
 * @param st        total-order index (Jansen 1999)
 * @param stLow     lower end of the 95% bootstrap interval of {@code st}
 * @param stHigh    upper end of the 95% bootstrap interval of {@code st}
 */
public record SobolIndex(String parameter, double s1, double s1Low, double s1High, double st,
    double stLow, double stHigh) {}
