package org.rissim.experiment;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * Plain values (maps, lists, strings, numbers, booleans, null) as JSON text, written with
 * Jackson's streaming generator exactly as databind's {@code ObjectMapper} writes them. A single
 * run writes its event log and run.json with it: databind's start-up, about 80 ms, was a sixth
 * of a whole {@code rissim run} (docs/PERFORMANCE.md).
 */
final class JsonText {
  private static final JsonFactory FACTORY = new JsonFactory();

  private JsonText() {}

  /** The value on one line, as {@code ObjectMapper.writeValueAsString} writes it. */
  static String compact(Object value) {
    return write(value, false);
  }

  /** The value as {@code writerWithDefaultPrettyPrinter().writeValueAsString} writes it. */
  static String pretty(Object value) {
    return write(value, true);
  }

  private static String write(Object value, boolean pretty) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      if (pretty) {
        g.setPrettyPrinter(new DefaultPrettyPrinter());
      }
      value(g, value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * Writes one value.
   *
   * @throws IllegalArgumentException for a type other than those above (databind would write a
   *     bean's properties; nothing rissim writes is one)
   */
  static void value(JsonGenerator g, Object v) throws IOException {
    if (v == null) {
      g.writeNull();
    } else if (v instanceof String s) {
      g.writeString(s);
    } else if (v instanceof Map<?, ?> m) {
      g.writeStartObject();
      for (Map.Entry<?, ?> e : m.entrySet()) {
        g.writeFieldName(String.valueOf(e.getKey()));
        value(g, e.getValue());
      }
      g.writeEndObject();
    } else if (v instanceof List<?> l) {
      g.writeStartArray();
      for (Object item : l) {
        value(g, item);
      }
      g.writeEndArray();
    } else if (v instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (v instanceof Number n) {
      number(g, n);
    } else if (v instanceof Enum<?> e) {
      g.writeString(e.name());
    } else {
      throw new IllegalArgumentException("cannot write a " + v.getClass().getName()
          + " as JSON: expected a map, list, string, number, boolean or null");
    }
  }

  private static void number(JsonGenerator g, Number n) throws IOException {
    if (n instanceof Double d) {
      g.writeNumber(d.doubleValue());
    } else if (n instanceof Integer i) {
      g.writeNumber(i.intValue());
    } else if (n instanceof Long l) {
      g.writeNumber(l.longValue());
    } else if (n instanceof Float f) {
      g.writeNumber(f.floatValue());
    } else if (n instanceof Short s) {
      g.writeNumber(s.shortValue());
    } else if (n instanceof Byte b) {
      g.writeNumber(b.intValue());
    } else if (n instanceof BigDecimal d) {
      g.writeNumber(d);
    } else if (n instanceof BigInteger i) {
      g.writeNumber(i);
    } else {
      throw new IllegalArgumentException("cannot write a " + n.getClass().getName()
          + " as a JSON number");
    }
  }
}
