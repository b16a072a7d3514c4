package org.rissim.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rissim.cli.Main;
import picocli.CommandLine;

class BenchReportTest {
  private static BenchReport report(double baselineMs, double floorMs, double one, double all,
      double msAt1k, double msAt10k, double startMs) {
    return report(baselineMs, floorMs, one, all, msAt1k, msAt10k, startMs,
        new BenchReport.Calibration(200, 4, 600, 6, 0));
  }

  private static BenchReport report(double baselineMs, double floorMs, double one, double all,
      double msAt1k, double msAt10k, double startMs, BenchReport.Calibration calibration) {
    return new BenchReport(new BenchReport.Machine(2, 1024, 4096, "17", LocalDate.of(2024, 1, 1)),
        true, new BenchReport.Baseline("b", 15, 384, 10, baselineMs, 0.1, floorMs, 0.01),
        new BenchReport.Throughput(24, 40, 2, one, all),
        List.of(new BenchReport.Size(1_000, 120, 120, msAt1k, 10L << 20),
            new BenchReport.Size(10_000, 120, 120, msAt10k, 80L << 20)),
        new BenchReport.SweepHeap(2_000, "bench-tiny", 0, 7, 100L << 20, 2_000),
        new BenchReport.Startup(3, true, 0, startMs, startMs - 10), calibration);
  }

  @Test
  void targetsAreJudgedFromTheFigures() {
    String met = report(3, 1, 100, 190, 10, 110, 400).markdown();
    assertTrue(met.contains("| 3.0x | <= 4x | yes |"), met);
    assertTrue(met.contains("| 1.90 | >= 1.8 | yes |"), met);
    assertTrue(met.contains("| (b) batch of 40 baseline runs, 2 threads | 190.0 runs/s |"), met);
    assertTrue(met.contains("| 526 s |  |  |"), met); // the batch estimate is not judged
    // 400 more simulations in 2 more seconds: 200 sims/s; 4 s + 99,800 / 200 = 503 s
    assertTrue(met.contains("| 200.0 sims/s (4 s and 6 s); 503 s | < 10 min | yes |"), met);
    assertTrue(met.contains("| 400 ms (fastest 390 ms) | < 0.5 s | yes |"), met);
    assertTrue(met.contains("| 11.0x | <= 12x | yes |"), met);
    String missed = report(8, 1, 10, 12, 10, 600, 700).markdown();
    assertTrue(missed.contains("| 8.0x | <= 4x | **no** |"), missed);
    assertTrue(missed.contains("| 1.20 | >= 1.8 | **no** |"), missed);
    assertTrue(missed.contains("| 60.0x | <= 12x | **no** |"), missed);
    assertTrue(missed.contains("| 8333 s |  |  |"), missed);
    // 400 more in 4 more seconds is 100 sims/s: 4 s + 99,800 / 100 = 1,002 s
    String slow = report(3, 1, 100, 190, 10, 110, 400,
        new BenchReport.Calibration(200, 4, 600, 8, 0)).markdown();
    assertTrue(slow.contains("| 100.0 sims/s (4 s and 8 s); 1002 s | < 10 min | **no** |"), slow);
    String failed = report(3, 1, 100, 190, 10, 110, 400,
        new BenchReport.Calibration(0, 1, 0, 1, 2)).markdown();
    assertTrue(failed.contains("| failed (exit 2) | < 10 min | **no** |"), failed);
    assertTrue(missed.contains("| 700 ms (fastest 690 ms) | < 0.5 s | **no** |"), missed);
    assertTrue(missed.contains("not measured (2,000 runs measured)"), missed);
  }

  @Test
  void engineFloorStepsEveryMonth() {
    EngineFloor world = new EngineFloor(50, 1);
    world.start();
    for (int i = 0; i < 12; i++) {
      world.schedule.step(world);
    }
    assertEquals(12, world.schedule.getSteps());
  }

  @Test
  void missingScenarioIsBadInput(@TempDir Path dir) {
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setErr(new PrintWriter(err));
    int code = cli.execute("bench", "--quick", "--baseline", dir.resolve("none.yaml").toString(),
        "--out", dir.resolve("p.md").toString());
    assertEquals(2, code);
    assertTrue(err.toString().contains("no scenario file"), err.toString());
  }
}
