package org.rissim.chart;

import java.time.YearMonth;

/**
 * A labelled vertical marker on a time axis.
 *
 * @param month when it happened
 * @param kind  what happened
 * @param label short text shown next to the marker
 */
public record EventMarker(YearMonth month, Kind kind, String label) {
  /** The kinds of event a drift chart marks. */
  public enum Kind {
    /** A scripted crisis (events of type {@code crisis} with {@code scripted: true}). */
    CRISIS,
    /** The founding of a secondary institution. */
    FOUNDING,
    /** The end of a secondary institution (a {@code dissolved} event). */
    DISSOLUTION,
    /** A passed recognition vote at the global body. */
    RECOGNITION
  }
}
