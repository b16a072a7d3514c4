package org.rissim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.rissim.bench.Bench;
import org.rissim.bench.BenchReport;
import org.rissim.scenario.ScenarioException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rissim bench}: measures performance and scale, prints a table, with --write writes it. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Measure speed and memory (baseline vs engine floor, threads, region size,"
        + " sweep heap, start-up) and judge each target; --write puts it in docs/PERFORMANCE.md.")
public final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--quick", description = "fewer repeats, no 100,000-state region, 2,000-run sweep")
  boolean quick;

  @Option(names = "--baseline", defaultValue = "scenarios/psris-baseline.yaml",
      description = "baseline scenario (default ${DEFAULT-VALUE})")
  Path baseline;

  @Option(names = "--synthetic", defaultValue = "scenarios/synthetic-1k.yaml",
      description = "synthetic-region scenario (default ${DEFAULT-VALUE})")
  Path synthetic;

  @Option(names = "--out", defaultValue = "docs/PERFORMANCE.md",
      description = "Markdown report written with --write (default ${DEFAULT-VALUE})")
  Path out;

  @Option(names = "--sweep-runs", defaultValue = "0", paramLabel = "RUNS",
      description = "runs of the sweep of (d) (default 100,000; 2,000 with --quick); 1000000 "
          + "measures the 1,000,000-run target (several minutes)")
  int sweepRuns;

  @Option(names = "--write", description = "write the table into --out (notes below it kept)")
  boolean write;

  /** Hand-written notes below this line of the report are kept when the table is rewritten. */
  static final String NOTES = "<!-- notes: kept by rissim bench -->";

  private static String notesAfterTable(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      return "";
    }
    String old = Files.readString(file);
    int at = old.indexOf(NOTES);
    return at < 0 ? "" : "\n" + old.substring(at);
  }

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    for (Path p : new Path[] {baseline, synthetic}) {
      if (!Files.isRegularFile(p)) {
        err.println("rissim bench: no scenario file " + p + " (run from the rissim folder or"
            + " pass --baseline/--synthetic)");
        return 2;
      }
    }
    BenchReport report;
    try {
      report = new Bench(new Bench.Options(baseline, synthetic, quick, Main.class, sweepRuns), err).run();
    } catch (ScenarioException e) {
      err.println(e.getMessage());
      return 2;
    }
    String md = report.markdown();
    spec.commandLine().getOut().print(md);
    spec.commandLine().getOut().flush();
    if (!write) {
      return 0;
    }
    if (out.getParent() != null) {
      Files.createDirectories(out.getParent());
    }
    Files.writeString(out, md + notesAfterTable(out));
    err.println("Written to " + out);
    return 0;
  }
}
