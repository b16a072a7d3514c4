package org.rissim.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/SCENARIOS.md states the model parameters' defaults that defaults.yaml really has. */
class ScenarioDocsTest {
  private static final Pattern ROW =
      Pattern.compile("^\\| `([a-zA-Z]+\\.[a-zA-Z]+)` \\| [^|]+ \\| ([-0-9.]+) \\|", Pattern.MULTILINE);

  @Test
  void documentedParameterDefaultsMatchDefaultsYaml() throws Exception {
    JsonNode defaults;
    try (InputStream in = getClass().getResourceAsStream("/org/rissim/scenario/defaults.yaml")) {
      defaults = new ObjectMapper(new YAMLFactory()).readTree(in).get("parameters");
    }
    String doc = Files.readString(Path.of("docs/SCENARIOS.md"));
    Matcher m = ROW.matcher(doc);
    int checked = 0;
    while (m.find()) {
      String[] key = m.group(1).split("\\.");
      JsonNode value = defaults.path(key[0]).path(key[1]);
      if (value.isMissingNode()) {
        continue; // a row of another table (e.g. a state key)
      }
      assertEquals(value.asDouble(), Double.parseDouble(m.group(2)), 1e-12,
          "docs/SCENARIOS.md default of parameters." + m.group(1));
      checked++;
    }
    assertTrue(checked >= 20, "expected the parameter table, found " + checked + " rows");
  }
}
