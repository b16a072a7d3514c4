package org.rissim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real calibration of the baseline, killed with SIGKILL in the middle of a generation in a
 * child process, resumes to the same posterior as an uninterrupted one (issue 13).
 */
class CalibrationKillTest {
  private static final String[] ARGS = {"calibrate", "scenarios/psris-baseline.yaml",
    "--param", "parameters.counterContestation=uniform(0,2)", "--particles", "25",
    "--generations", "3", "--seed", "5", "--threads", "1"};

  private static String[] with(String... more) {
    String[] out = new String[ARGS.length + more.length];
    System.arraycopy(ARGS, 0, out, 0, ARGS.length);
    System.arraycopy(more, 0, out, ARGS.length, more.length);
    return out;
  }

  @Test
  void aCalibrationKilledMidGenerationResumesToTheSamePosterior(@TempDir Path tmp)
      throws Exception {
    Path whole = tmp.resolve("whole");
    Path killed = tmp.resolve("killed");
    Process a = Cli.start(tmp.resolve("whole.log"), with("--out", whole.toString()));
    Process b = Cli.start(tmp.resolve("killed.log"), with("--out", killed.toString()));
    Path attempts = killed.resolve("gen-001/attempts.csv");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < deadline
        && (!Files.exists(attempts) || Files.readAllLines(attempts).size() < 4)) {
      Thread.sleep(20);
    }
    assertTrue(b.isAlive(), "the calibration was still running when killed");
    b.destroyForcibly(); // SIGKILL
    b.waitFor(30, TimeUnit.SECONDS);
    assertTrue(Files.exists(attempts), "killed in generation 1");
    Cli.Result first = Cli.await(a, tmp.resolve("whole.log"));
    assertEquals(0, first.code(), first.err());
    Cli.Result resumed = Cli.await(Cli.start(tmp.resolve("resumed.log"),
        with("--out", killed.toString(), "--resume")), tmp.resolve("resumed.log"));
    assertEquals(0, resumed.code(), resumed.err());
    assertEquals(Files.readString(whole.resolve("posterior.csv")),
        Files.readString(killed.resolve("posterior.csv")));
    assertEquals(Files.readString(whole.resolve("gen-001/attempts.csv")),
        Files.readString(attempts), "every attempt once, in order");
  }
}
