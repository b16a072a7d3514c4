package org.rissim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ExperimentCommandTest {
  @TempDir Path tmp;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int rissim(String... args) {
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    return cl.execute(args);
  }

  @Test
  void aShippedExperimentRunsAndItsFolderCopyReproducesItByteForByte() throws Exception {
    Path first = tmp.resolve("first");
    assertEquals(0, rissim("experiment", "experiments/quick-look.yaml", "--out", first.toString(),
        "--quiet"), err.toString());
    for (String f : List.of("experiment.yaml", "scenario.effective.yaml", "runs.csv",
        "series.csv", "design.csv", "sweep.json")) {
      assertTrue(Files.exists(first.resolve(f)), f);
    }
    String header = Files.readAllLines(first.resolve("runs.csv")).get(0);
    assertTrue(header.endsWith(",cis.operations,first.cis.operation,consent.mean.1990s,"
        + "first.drift.limitedForce"), header);
    assertTrue(Files.readString(first.resolve("sweep.json"))
        .contains("\"command\" : \"rissim experiment experiments/quick-look.yaml --out "), "cmd");

    Path again = tmp.resolve("again");
    assertEquals(0, rissim("experiment", first.resolve("experiment.yaml").toString(), "--out",
        again.toString(), "--quiet", "--threads", "1"), err.toString());
    for (String f : List.of("runs.csv", "series.csv", "design.csv", "scenario.effective.yaml",
        "experiment.yaml")) {
      assertArrayEquals(Files.readAllBytes(first.resolve(f)), Files.readAllBytes(again.resolve(f)),
          f);
    }
  }

  @Test
  void aRerunIntoTheSameFolderPointsToResume() throws Exception {
    Path dir = tmp.resolve("x");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("sweep.json"), "{}");
    assertEquals(2, rissim("experiment", "experiments/quick-look.yaml", "--out", dir.toString()));
    assertTrue(err.toString().contains("--resume"), err.toString());
    assertEquals(List.of("sweep.json"), Files.list(dir).map(p -> p.getFileName().toString())
        .toList());
  }

  @Test
  void aBadExperimentFileIsLocatedAndWritesNothing() throws Exception {
    Path file = tmp.resolve("bad.yaml");
    Files.writeString(file, """
        experiment: bad
        scenario: ../scenarios/psris-baseline.yaml
        design: lhs
        sample: 10
        parameters:
          parameters.belief.eta: 0:1
        """);
    assertEquals(2, rissim("experiment", file.toString(), "--out", tmp.resolve("o").toString()));
    String e = err.toString().strip();
    assertEquals(1, e.lines().count(), e);
    assertTrue(e.startsWith(file + ":4:1: sample: unknown key `sample`") && e.contains("samples"),
        e);
    assertFalse(Files.exists(tmp.resolve("o")));
  }
}
