package org.rissim.scenario;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Serialises a merged document as YAML (the effective scenario) and hashes it. */
final class EffectiveYaml {
  // Jackson's streaming generator, not a YAMLMapper: the document holds only maps, lists and
  // scalars, and databind's start-up (about 80 ms) was a sixth of a single run's
  // (docs/PERFORMANCE.md). The generator writes each value exactly as the mapper would.
  private static final YAMLFactory FACTORY = YAMLFactory.builder()
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
      .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
      .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
      .build();

  private EffectiveYaml() {}

  /** The document as YAML text. */
  static String write(Node doc) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      write(g, plain(doc));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot serialise the effective scenario", e);
    }
    return out.toString();
  }

  /** Writes one value of {@link #plain}: a map, a list, null, a boolean, a number or a string. */
  private static void write(JsonGenerator g, Object v) throws IOException {
    if (v instanceof Map<?, ?> m) {
      g.writeStartObject();
      for (Map.Entry<?, ?> e : m.entrySet()) {
        g.writeFieldName((String) e.getKey());
        write(g, e.getValue());
      }
      g.writeEndObject();
    } else if (v instanceof List<?> l) {
      g.writeStartArray();
      for (Object item : l) {
        write(g, item);
      }
      g.writeEndArray();
    } else if (v == null) {
      g.writeNull();
    } else if (v instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (v instanceof BigDecimal d) {
      g.writeNumber(d);
    } else if (v instanceof Double d) {
      g.writeNumber(d);
    } else {
      g.writeString((String) v);
    }
  }

  /** Hex SHA-256 of the text's UTF-8 bytes. */
  static String sha256(String text) {
    try {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(d.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime provides SHA-256", e);
    }
  }

  /** A node as plain Java values that YAML writes back with the same types (numbers as written). */
  static Object plain(Node n) {
    if (n instanceof Node.MapNode m) {
      Map<String, Object> out = new LinkedHashMap<>();
      m.entries().forEach((k, e) -> out.put(k, plain(e.value())));
      return out;
    }
    if (n instanceof Node.ListNode l) {
      List<Object> out = new ArrayList<>();
      l.items().forEach(i -> out.add(plain(i)));
      return out;
    }
    Node.Scalar s = (Node.Scalar) n;
    return switch (s.kind()) {
      case NULL -> null;
      case BOOLEAN -> Boolean.valueOf(s.text().toLowerCase());
      case NUMBER -> number(s);
      case STRING -> s.text();
    };
  }

  private static Object number(Node.Scalar s) {
    // keep the number as written (0.10 stays 0.10) so the hash follows the file, not a rounding
    try {
      return new BigDecimal(s.text());
    } catch (NumberFormatException e) {
      return s.number();
    }
  }
}
