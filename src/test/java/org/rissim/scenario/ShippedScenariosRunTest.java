package org.rissim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rissim.experiment.RunResult;
import org.rissim.experiment.Simulation;

/**
 * Every shipped scenario not only validates (ScenarioLibraryTest) but runs: its first two years
 * simulate without error and record one row a month.
 */
class ShippedScenariosRunTest {
  static Stream<Path> scenarioFiles() throws IOException {
    return ScenarioLibraryTest.scenarioFiles();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarioFiles")
  void theFirstTwoYearsRun(Path file) throws ScenarioException {
    Scenario s = ScenarioLoader.load(file, List.of()).scenario();
    YearMonth until = s.start().plusMonths(23);
    RunResult r = Simulation.run(s, 1, Optional.of(until));
    assertEquals(24, r.series().size());
    assertEquals(until, r.series().month(23));
  }
}
