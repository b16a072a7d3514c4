/**
 * Scenario discovery with PRIM (Friedman and Fisher 1999; as in the EMA Workbench): the box in
 * parameter space where an outcome of interest is concentrated.
 */
package org.rissim.analysis.prim;
