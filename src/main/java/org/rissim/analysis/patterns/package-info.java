/**
 * Pattern-oriented validation (Grimm et al. 2005): whether one run shows a scenario's patterns,
 * and how often replicated runs do, with intervals and the timing of the patterns' events.
 */
package org.rissim.analysis.patterns;
