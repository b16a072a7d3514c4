package org.rissim.chart;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Text of the HTML report: escaping and the formats of numbers and lists. */
final class HtmlText {
  private HtmlText() {}

  /** Escapes text for HTML element content and attribute values. */
  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /** A decimal number rounded to 4 significant digits; other text unchanged. */
  static String rounded(String text) {
    if (!text.matches("-?[0-9]*\\.[0-9]{5,}([eE][-+]?[0-9]+)?")) {
      return text;
    }
    return new java.math.BigDecimal(text).round(new java.math.MathContext(4))
        .stripTrailingZeros().toPlainString();
  }

  /** A number with three decimals; empty for NaN. */
  static String fmt(double v) {
    return Double.isFinite(v) ? String.format(Locale.ROOT, "%.3f", v) : "";
  }

  /** A JSON array of strings as "a, b, c" (breaks between items, not inside names); else JSON. */
  static String textList(JsonNode v) {
    if (!v.isArray() || v.isEmpty()) {
      return v.toString();
    }
    List<String> items = new ArrayList<>();
    for (JsonNode item : v) {
      if (!item.isTextual()) {
        return v.toString();
      }
      items.add(item.asText());
    }
    return String.join(", ", items);
  }
}
