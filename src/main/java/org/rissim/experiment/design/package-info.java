/**
 * Experimental designs over a scenario's parameters: parameter specifications and the grid, random,
 * Latin hypercube, Sobol (Saltelli) and Morris designs that turn them into design points.
 */
package org.rissim.experiment.design;
