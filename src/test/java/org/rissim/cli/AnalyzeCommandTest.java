package org.rissim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rissim.experiment.design.ParameterSpec;
import picocli.CommandLine;

class AnalyzeCommandTest {
  @TempDir Path tmp;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int analyze(Path dir) {
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    return cl.execute("analyze", dir.toString());
  }

  private static List<CSVRecord> read(Path file) throws Exception {
    try (CSVParser p = CSVParser.parse(file, java.nio.charset.StandardCharsets.UTF_8,
        CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
      return p.getRecords();
    }
  }

  @Test
  void sobolSweepRanksTheInfluentialParameterAndWarnsOnSmallN() throws Exception {
    List<ParameterSpec> params = List.of(ParameterSpec.parse("a=0:1"), ParameterSpec.parse("b=0:1"),
        ParameterSpec.mix("RUS"));
    SweepFolder.write(tmp, "sobol", params, 128, 2,
        p -> 4 * SweepFolder.v(p, "a") + SweepFolder.v(p, "states.RUS.strategyMix.comply"), 0.05);
    assertEquals(0, analyze(tmp), err.toString());
    List<CSVRecord> sobol = read(tmp.resolve("analysis/sobol.csv"));
    // Outcomes y and missing (all empty) by 3 groups; missing gives no rows.
    assertEquals(3, sobol.size());
    CSVRecord a = sobol.get(0);
    assertEquals("a", a.get("parameter"));
    assertTrue(Double.parseDouble(a.get("S1")) > 0.8, "a dominates: " + a);
    assertTrue(Double.parseDouble(sobol.get(1).get("ST")) < 0.05, "b is inert");
    assertEquals("states.RUS.strategyMix", sobol.get(2).get("parameter"));
    assertTrue(err.toString().contains("N = 128"), err.toString());
    assertTrue(out.toString().contains("missing: 1280 of 1280 runs missing"), out.toString());
    List<CSVRecord> variance = read(tmp.resolve("analysis/variance.csv"));
    double share = Double.parseDouble(variance.get(0).get("shareReplicate"));
    assertTrue(share > 0 && share < 0.05, "little replicate noise: " + share);
    List<CSVRecord> rho = read(tmp.resolve("analysis/parameters.csv"));
    assertEquals(2 * (2 + 8), rho.size());
    assertTrue(Double.parseDouble(rho.get(0).get("spearman")) > 0.9);
  }

  @Test
  void morrisSweepWritesMuStar() throws Exception {
    List<ParameterSpec> params = List.of(ParameterSpec.parse("a=0:1"), ParameterSpec.parse("b=0:10"));
    SweepFolder.write(tmp, "morris", params, 20, 1, p -> -3 * SweepFolder.v(p, "a"), 0);
    assertEquals(0, analyze(tmp), err.toString());
    List<CSVRecord> morris = read(tmp.resolve("analysis/morris.csv"));
    assertEquals(-3.0, Double.parseDouble(morris.get(0).get("mu")), 1e-9);
    assertEquals(3.0, Double.parseDouble(morris.get(0).get("muStar")), 1e-9);
    assertEquals(0.0, Double.parseDouble(morris.get(1).get("muStar")), 1e-12);
    assertTrue(err.toString().contains("replicate noise cannot be separated"));
  }

  @Test
  void gridSweepWritesCellMeans() throws Exception {
    List<ParameterSpec> params = List.of(ParameterSpec.parse("a=1:3:1"), ParameterSpec.parse("c=x,y"));
    SweepFolder.write(tmp, "grid", params, 2, 3, p -> SweepFolder.v(p, "a") * (p.get("c").equals("x") ? 1 : 10), 0);
    assertEquals(0, analyze(tmp), err.toString());
    List<CSVRecord> cells = read(tmp.resolve("analysis/cells.csv"));
    CSVRecord last = cells.get(5);
    assertEquals("3", last.get("a"));
    assertEquals("y", last.get("c"));
    assertEquals("3", last.get("n"));
    assertEquals(30.0, Double.parseDouble(last.get("mean")), 1e-9);
    assertTrue(Files.exists(tmp.resolve("analysis/variance.csv")));
  }

  @Test
  void pureNoiseOutcomeIsFlagged() throws Exception {
    SweepFolder.write(tmp, "random", List.of(ParameterSpec.parse("a=0:1")), 30, 3, p -> 0, 1);
    assertEquals(0, analyze(tmp), err.toString());
    assertTrue(err.toString().contains("replicate noise is more than half the variance of y"),
        err.toString());
  }

  @Test
  void missingFolderExitsTwoWithOneLine() {
    assertEquals(2, analyze(tmp.resolve("nope")));
    assertEquals(1, err.toString().strip().lines().count(), err.toString());
    assertTrue(err.toString().startsWith("analyze: "));
  }

  @Test
  void pointCountMismatchExitsTwo() throws Exception {
    List<ParameterSpec> params = List.of(ParameterSpec.parse("a=0:1"));
    SweepFolder.write(tmp, "sobol", params, 8, 1, p -> 1, 0);
    Files.writeString(tmp.resolve("sweep.json"),
        Files.readString(tmp.resolve("sweep.json")).replace("\"samples\":8", "\"samples\":9"));
    assertEquals(2, analyze(tmp));
    assertTrue(err.toString().contains("design.csv has 24 points"), err.toString());
  }
}
