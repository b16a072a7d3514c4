package org.rissim.calibration;

/**
 * One accepted particle of a generation.
 *
 * @param attempt  the attempt that produced it (its seeds derive from this number)
 * @param theta    parameter values, in the order of the calibration's parameters
 * @param weight   normalised importance weight
 * @param distance its distance from the patterns
 */
public record Particle(long attempt, double[] theta, double weight, double distance) {}
