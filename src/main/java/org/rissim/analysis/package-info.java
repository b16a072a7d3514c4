/**
 * Reading results: the outcome measures shared by compare and sweep, pattern-oriented validation,
 * sensitivity indices and scenario discovery.
 */
package org.rissim.analysis;
