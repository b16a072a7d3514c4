/**
 * Observers of a run: the monthly {@link org.rissim.observe.TimeSeries}, the
 * {@link org.rissim.observe.Event} log and the recorder scheduled after every mechanism.
 */
package org.rissim.observe;
