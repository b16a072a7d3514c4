package org.rissim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real model and loader through {@code rissim sweep}: two points. */
class SweepSmokeTest {
  @TempDir Path tmp;

  @Test
  void realModelSweepWritesOneRowPerRun() throws Exception {
    StringWriter err = new StringWriter();
    var cl = Main.commandLine();
    cl.setOut(new PrintWriter(new StringWriter(), true));
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute("sweep", "scenarios/psris-baseline.yaml",
        "--param", "parameters.belief.eta=0.05:0.2", "--design", "random", "--samples", "2",
        "--reps", "1", "--threads", "2", "--quiet", "--out", tmp.toString());
    assertEquals(0, code, err.toString());
    List<String> runs = Files.readAllLines(tmp.resolve("runs.csv"));
    assertEquals(3, runs.size(), String.join("\n", runs) + "\n"
        + (Files.exists(tmp.resolve("failures.csv"))
            ? Files.readString(tmp.resolve("failures.csv")) : ""));
    assertTrue(runs.get(0).contains("final.drift.consent"), runs.get(0));
  }

  @Test
  void aParameterPathTheScenarioLacksExitsTwoBeforeAnyRun() throws Exception {
    StringWriter err = new StringWriter();
    var cl = Main.commandLine();
    cl.setOut(new PrintWriter(new StringWriter(), true));
    cl.setErr(new PrintWriter(err, true));
    Path out = tmp.resolve("sweep");
    int code = cl.execute("sweep", "scenarios/psris-baseline.yaml",
        "--param", "parameters.belief.etta=0.05:0.2", "--design", "random", "--samples", "2",
        "--quiet", "--out", out.toString());
    assertEquals(2, code);
    assertTrue(err.toString().contains("--param parameters.belief.etta"), err.toString());
    assertTrue(err.toString().contains("did you mean `eta`"), err.toString());
    assertTrue(!Files.exists(out), "nothing is written");
  }
}
