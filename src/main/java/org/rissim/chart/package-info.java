/**
 * Charts and the HTML report: JFreeChart figures (PNG, SVG) drawn from result folders.
 * Reads the files of docs/OUTPUTS.md only; never runs the model.
 */
package org.rissim.chart;
