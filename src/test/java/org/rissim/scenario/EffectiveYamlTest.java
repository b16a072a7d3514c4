package org.rissim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The streaming writer of the effective scenario has the bytes of the YAMLMapper it replaced. */
class EffectiveYamlTest {
  private static final YAMLMapper MAPPER = YAMLMapper.builder()
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
      .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
      .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
      .build();

  private static void same(Node doc, String what) throws Exception {
    assertEquals(MAPPER.writeValueAsString(EffectiveYaml.plain(doc)), EffectiveYaml.write(doc),
        what);
  }

  @Test
  void everyBundledScenarioAndTheDefaultsAreWrittenAsByTheMapper() throws Exception {
    YamlReader reader = new YamlReader();
    same(reader.readText(ScenarioLoader.defaultsText(), "defaults.yaml", true), "defaults");
    List<Path> files;
    try (Stream<Path> s = Files.walk(Path.of("scenarios"))) {
      files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    assertTrue(files.size() >= 20, "expected the bundled scenarios, found " + files);
    for (Path f : files) {
      same(reader.readFile(f, f.toString()), f.toString());
    }
  }

  @Test
  void awkwardScalarsAreWrittenAsByTheMapper() throws Exception {
    String text = """
        plain: text
        colon: "a: b"
        hash: "x # y"
        quoted: 'yes'
        number: 0.10
        exponent: 1e-3
        negative: -2
        bool: true
        empty: ""
        nothing: null
        tilde: ~
        multi: |
          line one
          line two
        unicode: "é 中"
        leading: " space"
        list: [1, "two", null, {k: v}]
        nested: {a: [], b: {}}
        """;
    same(new YamlReader().readText(text, "awkward.yaml", true), "awkward");
  }
}
