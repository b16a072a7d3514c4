package org.rissim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rissim.experiment.design.ParameterSpec;
import picocli.CommandLine;

class DiscoverCommandTest {
  @TempDir Path tmp;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    return cl.execute(args);
  }

  @Test
  void findsTheRegionWhereTheOutcomeIsHigh() throws Exception {
    List<ParameterSpec> params = List.of(ParameterSpec.parse("a=0:1"), ParameterSpec.parse("b=0:1"));
    SweepFolder.write(tmp, "lhs", params, 600, 1, p -> SweepFolder.v(p, "a") > 0.7 ? 1 : 0, 0);
    assertEquals(0, run("discover", tmp.toString(), "--outcome", "y", "--above", "0.5"), err.toString());
    assertTrue(out.toString().contains("chosen box"), out.toString());
    List<CSVRecord> box;
    try (CSVParser p = CSVParser.parse(tmp.resolve("analysis/prim-box.csv"),
        java.nio.charset.StandardCharsets.UTF_8,
        CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
      box = p.getRecords();
    }
    assertEquals(1, box.size(), "only a is restricted");
    assertEquals("a", box.get(0).get("parameter"));
    assertEquals(0.7, Double.parseDouble(box.get(0).get("lower")), 0.02);
    assertTrue(tmp.resolve("analysis/prim-trajectory.csv").toFile().isFile());
  }

  @Test
  void unknownOutcomeExitsTwo() throws Exception {
    SweepFolder.write(tmp, "random", List.of(ParameterSpec.parse("a=0:1")), 20, 1, p -> 0, 0);
    assertEquals(2, run("discover", tmp.toString(), "--outcome", "zzz", "--below", "1"));
    assertTrue(err.toString().startsWith("discover: unknown outcome 'zzz'"), err.toString());
  }

  @Test
  void aboveAndBelowAreExclusive() throws Exception {
    SweepFolder.write(tmp, "random", List.of(ParameterSpec.parse("a=0:1")), 20, 1, p -> 0, 0);
    assertEquals(2, run("discover", tmp.toString(), "--outcome", "y", "--above", "1", "--below", "0"));
  }
}
