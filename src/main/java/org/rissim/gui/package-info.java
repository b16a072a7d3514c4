/**
 * Interactive exploration of a scenario in MASON's Console: the region view, live charts, the
 * event log and editable parameters. The only package that imports Swing, {@code sim.display}
 * or {@code sim.portrayal}.
 */
package org.rissim.gui;
