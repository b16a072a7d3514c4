package org.rissim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rissim.chart.ChartAssertions;
import org.rissim.chart.SyntheticResults;
import picocli.CommandLine;

/** Black-box tests of {@code rissim plot ...} on synthetic result folders. */
class PlotCommandTest {
  @TempDir Path tmp;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int execute(String... args) {
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void driftOfOneRunWritesPngAndSvg() throws Exception {
    Path run = SyntheticResults.run(tmp.resolve("run"), 7);
    assertEquals(0, execute("plot", "drift", run.toString(), "--width", "900", "--height", "600"),
        err.toString());
    ChartAssertions.assertPngNotBlank(run.resolve("drift.png"), 900, 600);
    ChartAssertions.assertWellFormedSvg(run.resolve("drift.svg"));
    String svg = Files.readString(run.resolve("drift.svg"));
    assertTrue(svg.contains("Transnistria war"), "scripted crisis label in the SVG");
    assertTrue(svg.contains("csto founded"), "founding label in the SVG");
    assertFalse(svg.contains("Unrest in X"), "unscripted crises are not marked");
  }

  @Test
  void driftOfReplicatedRunsHonoursFormatAndOut() throws Exception {
    Path reps = SyntheticResults.replicated(tmp.resolve("reps"), 3, 11, 0.0);
    Path out = tmp.resolve("figs");
    assertEquals(0, execute("plot", "drift", reps.toString(), "--format", "png", "--band", "ci",
        "--out", out.toString(), "--title", "Baseline"), err.toString());
    ChartAssertions.assertPngNotBlank(out.resolve("drift.png"), 1200, 800);
    assertFalse(Files.exists(out.resolve("drift.svg")), "--format png writes no SVG");
  }

  @Test
  void compareDrawsEveryScenario() throws Exception {
    Path cmp = SyntheticResults.compare(tmp.resolve("cmp"));
    assertEquals(0, execute("plot", "compare", cmp.toString()), err.toString());
    ChartAssertions.assertPngNotBlank(cmp.resolve("compare.png"), 1200, 800);
    String svg = Files.readString(cmp.resolve("compare.svg"));
    ChartAssertions.assertWellFormedSvg(cmp.resolve("compare.svg"));
    assertTrue(svg.indexOf("psris-baseline") < svg.indexOf("cf-strong-west"), "order of compare.json");
  }

  @Test
  void institutionsOfOneRun() throws Exception {
    Path run = SyntheticResults.run(tmp.resolve("run"), 3);
    assertEquals(0, execute("plot", "institutions", run.toString(), "--format", "svg"), err.toString());
    ChartAssertions.assertWellFormedSvg(run.resolve("institutions.svg"));
    assertTrue(Files.readString(run.resolve("institutions.svg")).contains("CIS: recognition"));
  }

  @Test
  void heatmapOfSweep() throws Exception {
    Path sweep = SyntheticResults.sweep(tmp.resolve("sweep"));
    assertEquals(0, execute("plot", "heatmap", sweep.toString(), "--x", "hegemon.mix.recognition",
        "--y", "counterContestation", "--metric", "final.drift.consent", "--bins", "6",
        "--width", "700", "--height", "500"), err.toString());
    ChartAssertions.assertPngNotBlank(sweep.resolve("heatmap.png"), 700, 500);
    ChartAssertions.assertWellFormedSvg(sweep.resolve("heatmap.svg"));
  }

  @Test
  void sensitivityOfAnalysis() throws Exception {
    Path sweep = SyntheticResults.sweep(tmp.resolve("sweep"));
    assertEquals(0, execute("plot", "sensitivity", sweep.toString(), "--outcome", "share.changeIn",
        "--height", "600"),
        err.toString());
    ChartAssertions.assertPngNotBlank(sweep.resolve("sensitivity.png"), 1200, 600);
    String svg = Files.readString(sweep.resolve("sensitivity.svg"));
    assertTrue(svg.contains("share.changeIn") && !svg.contains("final.drift.consent"));
  }

  @Test
  void badInputExitsTwoWithOneLineMessage() throws Exception {
    Path sweep = SyntheticResults.sweep(tmp.resolve("sweep"));
    assertEquals(2, execute("plot", "heatmap", sweep.toString(), "--x", "nope", "--y",
        "counterContestation", "--metric", "final.drift.consent"));
    assertTrue(err.toString().startsWith("error: ") && err.toString().contains("nope"), err.toString());
    assertFalse(err.toString().contains("Exception"), "no stack trace");
    assertEquals(2, execute("plot", "drift", tmp.resolve("missing").toString()));
    assertEquals(2, execute("plot", "drift", sweep.toString()));
    assertEquals(2, execute("plot", "drift", sweep.toString(), "--width", "5"));
  }
}
