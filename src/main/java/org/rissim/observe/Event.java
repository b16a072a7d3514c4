package org.rissim.observe;

import java.time.YearMonth;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One line of the event log ({@code events.jsonl}): a model event as the observers write it,
 * with the month it happened, its type and its fields in order, named in the institution's
 * vocabulary ({@link EventFormat}); also what is read back from a run folder. Field values are
 * strings, numbers, booleans or lists of strings.
 *
 * @param tick   month index from the start (0-based)
 * @param month  calendar month
 * @param type   event type in the institution's vocabulary (docs/OUTPUTS.md)
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
