package org.rissim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rissim.observe.Event;
import org.rissim.scenario.ScenarioLoader;

/** The streaming JSON writer has the bytes of databind's ObjectMapper, which it replaced. */
class JsonTextTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static Map<String, Object> awkward() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("text", "quote \" backslash \\ tab \t newline \n é ü 中 \u0001");
    m.put("int", -3);
    m.put("long", 1L << 40);
    m.put("double", 0.1 + 0.2);
    m.put("tiny", 1e-12);
    m.put("huge", 1e22);
    m.put("nan", Double.NaN);
    m.put("inf", Double.NEGATIVE_INFINITY);
    m.put("float", 0.1f);
    m.put("short", (short) 7);
    m.put("byte", (byte) -2);
    m.put("decimal", new BigDecimal("0.10"));
    m.put("big", new BigInteger("123456789012345678901234567890"));
    m.put("yes", true);
    m.put("none", null);
    m.put("list", Arrays.asList("a", null, "b"));
    m.put("empty", List.of());
    m.put("nested", Map.of("k", List.of(1, 2.5)));
    m.put("enum", java.time.Month.MAY);
    return m;
  }

  @Test
  void compactAndPrettyTextIsThatOfObjectMapper() throws Exception {
    Map<String, Object> m = awkward();
    assertEquals(MAPPER.writeValueAsString(m), JsonText.compact(m));
    assertEquals(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(m),
        JsonText.pretty(m));
  }

  @Test
  void eventLogsOfRealRunsAreThoseOfObjectMapper() throws Exception {
    for (String file : List.of("psris-baseline.yaml", "peacekeeping-west-africa.yaml",
        "development-asia.yaml")) {
      var loaded = ScenarioLoader.load(Path.of("scenarios", file), List.of());
      RunResult run = Simulation.run(loaded.scenario(), 1,
          Optional.of(loaded.scenario().start().plusMonths(240)));
      StringBuilder expected = new StringBuilder();
      for (Event e : run.events()) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("month", e.month().toString());
        line.put("tick", e.tick());
        line.put("type", e.type());
        line.putAll(e.fields());
        expected.append(MAPPER.writeValueAsString(line)).append('\n');
      }
      assertEquals(expected.toString(), RunFolder.events(run.events()), file);
    }
  }

  @Test
  void aValueOfAnotherTypeIsRefusedRatherThanWrittenDifferently() {
    Map<String, Object> m = Map.of("month", YearMonth.of(2000, 1));
    assertThrows(IllegalArgumentException.class, () -> JsonText.compact(m));
    assertThrows(IllegalArgumentException.class,
        () -> JsonText.compact(List.of(new ArrayList<>(List.of(new Object())))));
  }
}
