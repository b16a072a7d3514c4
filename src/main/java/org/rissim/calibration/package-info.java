/**
 * Calibration against the patterns: approximate Bayesian computation by sequential Monte Carlo
 * (ABC-SMC), deterministic for a seed and resumable after a kill.
 */
package org.rissim.calibration;
