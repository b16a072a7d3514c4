package org.rissim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rissim.experiment.RunFolder;
import org.rissim.experiment.RunResult;
import org.rissim.observe.TimeSeries;
import org.rissim.scenario.LoadedScenario;
import org.rissim.scenario.ScenarioException;
import org.rissim.scenario.ScenarioLoader;

/** A seed fixes a run: the same seed reproduces it exactly, another seed gives another run. */
class DeterminismTest {
  private static final long SEED = 424242L;

  @Test
  void theSameSeedGivesIdenticalSeriesAndEvents() {
    var scenario = Baseline.scenario();
    RunResult first = Baseline.run(scenario, SEED);
    RunResult second = Baseline.run(scenario, SEED);
    assertEquals(rows(first.series()), rows(second.series()));
    assertEquals(first.series().columns(), second.series().columns());
    assertEquals(first.events(), second.events());
  }

  @Test
  void anotherSeedGivesAnotherRun() {
    var scenario = Baseline.scenario();
    RunResult first = Baseline.run(scenario, SEED);
    RunResult other = Baseline.run(scenario, SEED + 1);
    assertNotEquals(first.events(), other.events());
    assertNotEquals(rows(first.series()), rows(other.series()));
  }

  @Test
  void theSameSeedWritesIdenticalOutputFiles(@TempDir Path dir) throws IOException,
      ScenarioException {
    LoadedScenario loaded = ScenarioLoader.load(Path.of("scenarios/psris-baseline.yaml"),
        List.of());
    RunFolder folder = new RunFolder();
    folder.write(dir.resolve("a"), loaded, Baseline.run(loaded.scenario(), SEED));
    folder.write(dir.resolve("b"), loaded, Baseline.run(loaded.scenario(), SEED));
    folder.write(dir.resolve("c"), loaded, Baseline.run(loaded.scenario(), SEED + 1));
    for (String file : List.of("timeseries.csv", "events.jsonl")) {
      String a = Files.readString(dir.resolve("a").resolve(file));
      assertEquals(a, Files.readString(dir.resolve("b").resolve(file)), file);
      assertNotEquals(a, Files.readString(dir.resolve("c").resolve(file)), file);
    }
  }

  /** Every row of the series with its month and classification, for comparison. */
  private static List<List<Object>> rows(TimeSeries s) {
    return java.util.stream.IntStream.range(0, s.size())
        .mapToObj(r -> List.<Object>of(s.month(r), s.classification(r), s.row(r))).toList();
  }
}
