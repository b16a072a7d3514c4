package org.rissim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rissim.chart.ChartAssertions;
import org.rissim.chart.SyntheticResults;
import picocli.CommandLine;

/** Black-box tests of {@code rissim report}: content per folder kind, and a real headless browser. */
class ReportCommandTest {
  /** A reference to anything outside the page: src/href to a URL, CSS import or url(). */
  private static final Pattern EXTERNAL = Pattern.compile(
      "(src|href)\\s*=\\s*[\"']?(https?:|//)|@import|url\\(\\s*['\"]?(https?:|//)",
      Pattern.CASE_INSENSITIVE);

  @TempDir Path tmp;

  private final StringWriter err = new StringWriter();

  private String report(Path dir) throws Exception {
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(new StringWriter(), true));
    cli.setErr(new PrintWriter(err, true));
    assertEquals(0, cli.execute("report", dir.toString()), err.toString());
    return Files.readString(dir.resolve("report.html"), StandardCharsets.UTF_8);
  }

  @Test
  void runReportHoldsScenarioSeedTablesAndCharts() throws Exception {
    String html = report(SyntheticResults.run(tmp.resolve("run"), 7));
    assertTrue(html.contains("Seed: <b>7</b>"), "seed from run.json");
    assertTrue(html.contains("Synthetic &lt;test&gt; scenario &amp; friends"), "escaped scenario YAML");
    assertFalse(html.contains("<test>"), "no raw markup from the scenario");
    assertEquals(2, count(html, "<svg"), "drift and institutions charts inlined");
    assertTrue(html.contains("Disinterested participation"), "practice labels in the summary table");
    assertFalse(EXTERNAL.matcher(html).find(), "no external requests");
  }

  @Test
  void replicatedCompareAndSweepReportsHaveTheirCharts() throws Exception {
    String reps = report(SyntheticResults.replicated(tmp.resolve("reps"), 3, 5, 0));
    assertTrue(reps.contains("rep-0003"), "seed table of replicates");
    assertEquals(2, count(reps, "<svg"));
    String cmp = report(SyntheticResults.compare(tmp.resolve("cmp")));
    assertTrue(cmp.contains("cf-no-new-institution") && cmp.contains("effectSize"));
    assertEquals(1, count(cmp, "<svg"));
    String sweep = report(SyntheticResults.sweep(tmp.resolve("sweep")));
    assertEquals(2, count(sweep, "<svg"), "heatmap and sensitivity");
    // The runs table wraps (one field a row, in the wrapping key-value style) instead of one
    // line that runs off the page.
    int runs = sweep.indexOf("<h2>Runs</h2>");
    assertTrue(runs > 0 && sweep.indexOf("<div class=\"kv\">", runs) > runs
        && sweep.indexOf("<td>outcomes</td>", runs) > runs, "runs table as key-value rows");
    for (String html : List.of(reps, cmp, sweep)) {
      assertFalse(EXTERNAL.matcher(html).find(), "no external requests");
    }
  }

  @Test
  void reportOpensInHeadlessChromiumWithoutConsoleErrors() throws Exception {
    Optional<Path> chromium = onPath("chromium");
    Assumptions.assumeTrue(chromium.isPresent(), "no chromium binary on the PATH");
    Path run = SyntheticResults.run(tmp.resolve("run"), 7);
    report(run);
    Path shot = tmp.resolve("shot.png");
    Path log = tmp.resolve("chromium.log");
    Process p = new ProcessBuilder(chromium.get().toString(), "--headless", "--no-sandbox",
        "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--user-data-dir=" + tmp.resolve("profile"),
        "--enable-logging=stderr", "--v=0", "--screenshot=" + shot, "--window-size=1200,2000",
        run.resolve("report.html").toUri().toString())
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("chromium did not finish within 60 s");
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    for (String line : output.split("\n")) {
      assertFalse(line.contains("CONSOLE") || line.contains("Uncaught"),
          "console message from the page: " + line);
    }
    assertTrue(Files.exists(shot), "no screenshot; chromium said:\n" + output);
    ChartAssertions.assertNotBlank(ImageIO.read(shot.toFile()), 0.05, "report screenshot");
  }

  private static Optional<Path> onPath(String name) {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String dir : path.split(File.pathSeparator)) {
      Path candidate = Path.of(dir, name);
      if (Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  private static int count(String text, String needle) {
    int n = 0;
    for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
      n++;
    }
    return n;
  }
}
