package org.rissim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rissim.scenario.LoadedScenario;

class ReplicationsTest {
  @TempDir Path tmp;
  private final LoadedScenario scenario = Fixtures.loaded("base", "x");

  @Test
  void filesAreByteIdenticalWhateverTheThreadCount() throws Exception {
    Replications.run(scenario, 42, 6, 1, tmp.resolve("a"), false, true, Fixtures::fakeRun, Fixtures.MEASURE);
    Replications.run(scenario, 42, 6, 3, tmp.resolve("b"), false, true, Fixtures::fakeRun, Fixtures.MEASURE);
    assertEquals(tree(tmp.resolve("a")), tree(tmp.resolve("b")));
    assertTrue(Files.exists(tmp.resolve("a/rep-0006/timeseries.csv")));
  }

  @Test
  void replicateKUsesTheDerivedSeed() throws Exception {
    Replications.Replicates r =
        Replications.run(scenario, 7, 3, 2, tmp, false, false, Fixtures::fakeRun, Fixtures.MEASURE);
    assertEquals(List.of(Seeds.replicate(7, 0), Seeds.replicate(7, 1), Seeds.replicate(7, 2)),
        r.seeds());
  }

  @Test
  void summaryHasOneRowPerMonthAndColumn() throws Exception {
    Replications.run(scenario, 1, 4, 2, tmp, false, false, Fixtures::fakeRun, Fixtures.MEASURE);
    List<String> lines = Files.readAllLines(tmp.resolve("summary.csv"));
    assertEquals(String.join(",", MonthlySummary.HEADER), lines.get(0));
    assertEquals(1 + 12 * Fixtures.COLUMNS.size(), lines.size());
    assertTrue(lines.get(1).startsWith("1992-01,drift.consent,4,"));
  }

  @Test
  void refusesToOverwriteWithoutForce() throws Exception {
    Replications.run(scenario, 1, 2, 1, tmp, false, false, Fixtures::fakeRun, Fixtures.MEASURE);
    assertThrows(FileAlreadyExistsException.class,
        () -> Replications.run(scenario, 1, 2, 1, tmp, false, false, Fixtures::fakeRun, Fixtures.MEASURE));
    Replications.run(scenario, 1, 2, 1, tmp, true, false, Fixtures::fakeRun, Fixtures.MEASURE);
  }

  @Test
  void aFailingReplicateNamesItsSeed() {
    ExperimentException e = assertThrows(ExperimentException.class, () -> Replications.run(
        scenario, 1, 2, 1, tmp, false, false, (s, seed) -> {
          throw new IllegalStateException("boom");
        }, Fixtures.MEASURE));
    assertTrue(e.getMessage().contains("seed " + Seeds.replicate(1, 0)), e.getMessage());
  }

  /** Every file under a folder with its content, sorted by path. */
  static String tree(Path root) throws IOException {
    StringBuilder b = new StringBuilder();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
        b.append(root.relativize(p)).append('\n').append(Files.readString(p)).append('\n');
      }
    }
    return b.toString();
  }
}
