package org.rissim.chart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** The {@code events.jsonl} of one run: one JSON object a line. */
public final class EventLog {
  private final List<JsonNode> events;

  private EventLog(List<JsonNode> events) {
    this.events = List.copyOf(events);
  }

  /** Reads an {@code events.jsonl}; blank lines are skipped. */
  public static EventLog read(Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> events = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while ((line = in.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        try {
          events.add(json.readTree(line));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
          throw new IOException(file + ":" + n + ": not a JSON object: " + e.getOriginalMessage());
        }
      }
    }
    return new EventLog(events);
  }

  /** An empty log (a folder without events). */
  public static EventLog empty() {
    return new EventLog(List.of());
  }

  /** All events, in order. */
  public List<JsonNode> events() {
    return events;
  }

  /** Number of events of each type, in order of first appearance. */
  public Map<String, Integer> countByType() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    events.forEach(e -> counts.merge(e.path("type").asText("?"), 1, Integer::sum));
    return counts;
  }

  /**
   * Markers for scripted opportunities (crises), foundings, dissolutions and passed recognition
   * votes.
   *
   * @param scriptedCrisesOnly when true, only what all replicates share: scripted crises, and
   *                           foundings and dissolutions marked {@code scripted}
   * @param bodyName           display name of a body id
   * @param opportunity        the event type (and id field) of an opportunity in this run's
   *                           vocabulary, e.g. {@code crisis}
   */
  public List<EventMarker> markers(boolean scriptedCrisesOnly, UnaryOperator<String> bodyName,
      String opportunity) {
    List<EventMarker> markers = new ArrayList<>();
    for (JsonNode e : events) {
      YearMonth month;
      try {
        month = YearMonth.parse(e.path("month").asText());
      } catch (RuntimeException bad) {
        continue;
      }
      String type = e.path("type").asText();
      if (type.equals(opportunity) && e.path("scripted").asBoolean(false)) {
        String label = text(e, "label", text(e, opportunity, opportunity));
        markers.add(new EventMarker(month, EventMarker.Kind.CRISIS, label));
      } else if (type.equals("founding")
          && (!scriptedCrisesOnly || e.path("scripted").asBoolean(false))) {
        markers.add(new EventMarker(month, EventMarker.Kind.FOUNDING,
            bodyName.apply(text(e, "body", "?")) + " founded"));
      } else if (type.equals("dissolved")
          && (!scriptedCrisesOnly || e.path("scripted").asBoolean(false))) {
        markers.add(new EventMarker(month, EventMarker.Kind.DISSOLUTION,
            bodyName.apply(text(e, "body", "?")) + " dissolved"));
      } else if (!scriptedCrisesOnly && type.equals("recognition-vote")
          && e.path("passed").asBoolean(false)) {
        markers.add(new EventMarker(month, EventMarker.Kind.RECOGNITION,
            bodyName.apply(text(e, "body", "?")) + ": " + text(e, "rung", "rung")));
      }
    }
    return markers;
  }

  private static String text(JsonNode e, String field, String fallback) {
    JsonNode v = e.get(field);
    return v == null || v.isNull() || v.asText().isBlank() ? fallback : v.asText();
  }
}
