/**
 * Sensitivity analysis of a sweep: Sobol indices (Saltelli/Jansen estimators), Morris elementary
 * effects, rank correlations, the replicate-noise share of variance and grid cell means.
 */
package org.rissim.analysis.sensitivity;
