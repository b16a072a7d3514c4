package org.rissim.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
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
  private static final YAMLMapper MAPPER = YAMLMapper.builder()
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
      .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
      .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
      .build();

  private EffectiveYaml() {}

  /** The document as YAML text. */
  static String write(Node doc) {
    try {
      return MAPPER.writeValueAsString(plain(doc));
    } catch (JsonProcessingException e) {
      // only plain maps, lists, strings, numbers and booleans are written: cannot fail
      throw new IllegalStateException("cannot serialise the effective scenario", e);
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
