package org.rissim.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rissim.experiment.RunResult;
import org.rissim.experiment.Simulation;
import org.rissim.model.Classification;
import org.rissim.observe.TimeSeries;
import org.rissim.scenario.Scenario;
import org.rissim.scenario.ScenarioLoader;

/**
 * A generic institution (no features, no scores, no departure) in a region whose states only
 * comply: acts conform, so the constitutive principle must not erode and no month may be
 * classified change-of (issue 11, "the principle as data"). The second test shows that the same
 * region's acts do erode acceptance once the institution declares them departures, so the first
 * test can fail.
 */
class GenericInstitutionTest {
  private static Scenario load(String file) throws Exception {
    return ScenarioLoader.load(Path.of("src/test/resources/scenarios", file), List.of())
        .scenario();
  }

  private static long operations(RunResult r) {
    return r.events().stream().filter(e -> e.type().equals("act")).count();
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3})
  void conformingActsLeaveThePrincipleAndNeverClassifyChangeOf(long seed) throws Exception {
    RunResult r = Simulation.run(load("generic-comply.yaml"), seed);
    assertTrue(operations(r) >= 2, "the scripted needs should draw acts");
    assertTrue(r.events().stream().filter(e -> e.type().equals("act"))
        .allMatch(e -> "comply".equals(e.text("strategy"))), "states should only comply");
    TimeSeries ts = r.series();
    for (int row = 0; row < ts.size(); row++) {
      assertEquals(1.0, ts.value(row, "principle.acceptance"), 0.0,
          "acceptance moved in " + ts.month(row));
      assertNotEquals(Classification.CHANGE_OF, ts.classification(row), "month " + ts.month(row));
    }
  }

  @Test
  void theSameActsErodeThePrincipleWhenTheyDepartFromIt() throws Exception {
    RunResult r = Simulation.run(load("generic-departing.yaml"), 1);
    assertTrue(operations(r) >= 2);
    TimeSeries ts = r.series();
    double lowest = 1;
    for (int row = 0; row < ts.size(); row++) {
      lowest = Math.min(lowest, ts.value(row, "principle.acceptance"));
    }
    assertTrue(lowest < 0.99, "acceptance should erode, lowest " + lowest);
  }
}
