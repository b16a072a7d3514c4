package org.rissim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.rissim.scenario.Scenario;
import org.rissim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

class SyntheticRunTest {
  @Test
  void syntheticRegionRunsAFewMonthsReproducibly() throws Exception {
    Scenario s = ScenarioLoader.load(Path.of("scenarios/synthetic-1k.yaml"), List.of()).scenario();
    Optional<java.time.YearMonth> until = Optional.of(s.start().plusMonths(2));
    RunResult a = Simulation.run(s, 3, until);
    RunResult b = Simulation.run(s, 3, until);
    assertEquals(3, a.series().size());
    for (int row = 0; row < 3; row++) {
      for (String column : a.series().columns()) {
        assertEquals(a.series().value(row, column), b.series().value(row, column), column);
      }
    }
    assertEquals(a.events(), b.events());
  }
}
