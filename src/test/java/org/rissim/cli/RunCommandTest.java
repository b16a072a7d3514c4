package org.rissim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code rissim run}: options reach the runs, single and replicated alike. */
class RunCommandTest {
  @TempDir Path tmp;

  @Test
  void runWithRepsAndUntilWrites37MonthsPerReplicate() throws IOException {
    StringWriter err = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(new StringWriter(), true));
    cl.setErr(new PrintWriter(err, true));
    Path out = tmp.resolve("until");
    int code = cl.execute("run", "scenarios/psris-baseline.yaml", "--reps", "2",
        "--until", "1995-01", "--threads", "1", "--out", out.toString());
    assertEquals(0, code, err.toString());
    // The baseline starts 1992-01: 1992-01 .. 1995-01 is 37 months.
    for (String rep : List.of("rep-0001", "rep-0002")) {
      List<String> lines = Files.readAllLines(out.resolve(rep).resolve("timeseries.csv"));
      assertEquals(1 + 37, lines.size(), rep);
      assertEquals("1995-01", lines.get(lines.size() - 1).substring(0, 7), rep);
    }
    long summaryMonths = Files.readAllLines(out.resolve("summary.csv")).stream().skip(1)
        .map(l -> l.substring(0, 7)).distinct().count();
    assertEquals(37, summaryMonths);
  }

  @Test
  void compareWithUntilStopsEveryRunOfEveryScenarioThere() throws IOException {
    StringWriter err = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(new StringWriter(), true));
    cl.setErr(new PrintWriter(err, true));
    Path out = tmp.resolve("compare");
    String small = "src/test/resources/scenarios/small.yaml";
    assertEquals(0, cl.execute("compare", small, small, "--reps", "2", "--until", "2001-06",
        "--out", out.toString(), "--quiet"), err.toString());
    // small starts 2000-01: 2000-01 .. 2001-06 is 18 months, in both scenarios' summaries.
    for (String scenario : List.of("small", "small-2")) {
      List<String> months = Files.readAllLines(out.resolve(scenario).resolve("summary.csv"))
          .stream().skip(1).map(l -> l.substring(0, 7)).distinct().toList();
      assertEquals(18, months.size(), scenario);
      assertEquals("2001-06", months.get(months.size() - 1), scenario);
    }
    assertEquals(2, cl.execute("compare", small, small, "--reps", "2", "--until", "1999-06",
        "--out", tmp.resolve("early").toString()));
    org.junit.jupiter.api.Assertions.assertTrue(err.toString().contains("--until: expected a month in [2000-01, 2005-12]"),
        err.toString());
  }
}
