package org.rissim.model;

import java.time.YearMonth;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One thing that happened in a run (a crisis, an operation, a founding, a vote ...), with the
 * month it happened and its fields in insertion order. Field values are strings, numbers,
 * booleans or lists of strings.
 *
 * @param tick   month index from the start (0-based)
 * @param month  calendar month
 * @param type   event type (docs/OUTPUTS.md lists them and their fields)
 * @param fields the event's fields
 */
public record Event(int tick, YearMonth month, String type, Map<String, Object> fields) {
  public Event {
    fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  /** A field as text, or null when absent. */
  public String text(String field) {
    Object v = fields.get(field);
    return v == null ? null : String.valueOf(v);
  }

  /** A numeric field, or NaN when absent or not a number. */
  public double number(String field) {
    Object v = fields.get(field);
    return v instanceof Number n ? n.doubleValue() : Double.NaN;
  }
}
