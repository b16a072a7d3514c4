package org.rissim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rissim.experiment.RunResult;
import org.rissim.observe.Event;
import org.rissim.observe.TimeSeries;
import org.rissim.scenario.PracticeSpec;
import org.rissim.scenario.Scenario;

/** Invariants of the recorded output over many seeds of the baseline. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InvariantsTest {
  private Scenario scenario;

  @BeforeAll
  void load() {
    scenario = Baseline.scenario();
  }

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 20).map(k -> 1000 + 7919 * k);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void unitColumnsStayInTheUnitIntervalAndPracticesAreNeverNaN(long seed) {
    TimeSeries s = Baseline.run(scenario, seed).series();
    assertEquals(scenario.start().until(Baseline.UNTIL, java.time.temporal.ChronoUnit.MONTHS) + 1,
        s.size());
    for (String c : s.columns()) {
      boolean unit = c.startsWith("r.") || c.startsWith("g.") || c.startsWith("principle.")
          || c.contains(".legitimacy.") || c.endsWith(".cohesion") || c.endsWith(".hypocrisy");
      boolean practice = c.startsWith("r.") || c.startsWith("g.") || c.startsWith("drift.");
      for (int row = 0; row < s.size(); row++) {
        double v = s.value(row, c);
        if (practice) {
          assertFalse(Double.isNaN(v), c + " is NaN in " + s.month(row));
        }
        if (unit && !Double.isNaN(v)) {
          assertTrue(v >= 0 && v <= 1, c + " = " + v + " in " + s.month(row));
        }
      }
    }
    for (PracticeSpec p : scenario.institution().practices()) {
      for (int row = 0; row < s.size(); row++) {
        assertEquals(s.value(row, "g." + p.id()) - s.value(row, "r." + p.id()),
            s.value(row, "drift." + p.id()), 1e-12, "drift = g - r");
      }
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void membershipCountsFollowFoundingsAndExits(long seed) {
    RunResult run = Baseline.run(scenario, seed);
    TimeSeries s = run.series();
    List<String> bodies = s.columns().stream().filter(c -> c.matches("body\\..*\\.members"))
        .map(c -> c.substring("body.".length(), c.length() - ".members".length())).toList();
    assertFalse(bodies.isEmpty());
    for (Event e : run.events()) {
      if (e.type().equals("founding")) {
        assertEquals(((List<?>) e.fields().get("members")).size(), (int) e.number("memberCount"));
      }
    }
    for (String body : bodies) {
      int initial = scenario.bodies().stream().filter(b -> b.id().equals(body))
          .mapToInt(b -> b.members().size()).findFirst().orElse(-1);
      boolean scripted = initial >= 0;
      int count = Math.max(initial, 0);
      boolean exists = scripted;
      for (int row = 0; row < s.size(); row++) {
        for (Event e : run.events()) {
          if (e.tick() != row || !body.equals(e.text("body"))) {
            continue;
          }
          if (e.type().equals("founding")) {
            assertFalse(exists, body + " founded twice");
            exists = true;
            count += (int) e.number("memberCount");
          } else if (e.type().equals("exit")) {
            count--;
          }
        }
        double recorded = s.value(row, "body." + body + ".members");
        if (exists) {
          assertEquals(count, recorded, 0.0, body + " members in " + s.month(row));
        } else {
          assertTrue(Double.isNaN(recorded), body + " has members before founding");
        }
      }
    }
  }
}
