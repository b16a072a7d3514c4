package org.rissim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rissim.experiment.design.ParameterSpec;
import picocli.CommandLine;

class PlotMorrisTest {
  @TempDir Path tmp;

  private int rissim(StringWriter err, String... args) {
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(new StringWriter()));
    cl.setErr(new PrintWriter(err));
    return cl.execute(args);
  }

  @Test
  void plotSensitivityOnAnAnalysedMorrisSweepDrawsTheMorrisChart() throws Exception {
    List<ParameterSpec> params = List.of(ParameterSpec.parse("a=0:1"),
        ParameterSpec.parse("b=0:1"));
    SweepFolder.write(tmp, "morris", params, 12, 1,
        p -> -3 * SweepFolder.v(p, "a") + SweepFolder.v(p, "a") * SweepFolder.v(p, "b"), 0);
    StringWriter err = new StringWriter();
    assertEquals(0, rissim(err, "analyze", tmp.toString()), err.toString());
    assertEquals(0, rissim(err, "plot", "sensitivity", tmp.toString(), "--out",
        tmp.resolve("fig").toString()), err.toString());
    BufferedImage png = ImageIO.read(tmp.resolve("fig/sensitivity.png").toFile());
    assertTrue(png.getWidth() > 100 && png.getHeight() > 100);
  }

  @Test
  void theReportOfAnAnalysedMorrisSweepShowsTheMorrisChartAndMeasures() throws Exception {
    List<ParameterSpec> params = List.of(ParameterSpec.parse("a=0:1"),
        ParameterSpec.parse("b=0:1"));
    SweepFolder.write(tmp, "morris", params, 12, 1,
        p -> -3 * SweepFolder.v(p, "a") + SweepFolder.v(p, "a") * SweepFolder.v(p, "b"), 0);
    StringWriter err = new StringWriter();
    assertEquals(0, rissim(err, "analyze", tmp.toString()), err.toString());
    assertEquals(0, rissim(err, "report", tmp.toString()), err.toString());
    String html = java.nio.file.Files.readString(tmp.resolve("report.html"));
    assertTrue(html.contains("Morris measures (analysis/morris.csv)"), "the measures table");
    assertTrue(html.contains("Morris elementary effects:"), "the chart's caption");
    assertTrue(html.contains("sigma = mu*"), "the chart's legend inside its SVG");
  }

  @Test
  void withoutAnalysisItSaysWhichAnalysisIsMissing() {
    StringWriter err = new StringWriter();
    assertEquals(2, rissim(err, "plot", "sensitivity", tmp.toString()));
    assertTrue(err.toString().contains("sobol or morris sweep"), err.toString());
  }
}
