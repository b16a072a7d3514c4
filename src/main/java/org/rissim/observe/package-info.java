/**
 * Observers of a run: the recorder scheduled after every mechanism, which wires itself to the
 * model, the monthly {@link org.rissim.observe.TimeSeries} and the
 * {@link org.rissim.observe.Event} log written from the model's event records.
 */
package org.rissim.observe;
