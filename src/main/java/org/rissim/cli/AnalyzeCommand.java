package org.rissim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.rissim.io.Faults;
import org.rissim.io.OutputFolder;
import java.util.concurrent.Callable;
import org.rissim.analysis.sensitivity.CsvTable;
import org.rissim.analysis.sensitivity.SweepAnalysis;
import org.rissim.analysis.sensitivity.SweepData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rissim analyze SWEEP_DIR}: sensitivity indices and summaries of a finished sweep. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
    description = {"Sensitivity analysis of a sweep: Sobol or Morris indices (by design), rank"
        + " correlations, replicate-noise share of variance, grid cell means.",
        "Writes SWEEP_DIR/analysis/*.csv and prints the tables."})
public final class AnalyzeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "SWEEP_DIR", description = "Folder written by 'rissim sweep'.")
  Path sweepDir;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      SweepData data = SweepData.read(sweepDir);
      SweepAnalysis.Report report = new SweepAnalysis(data).run();
      out.printf("sweep %s: design %s, %d points, %d runs, %d outcomes%n", sweepDir, data.design(),
          data.points().size(), data.runs().size(), data.outcomes().size());
      report.notes().forEach(n -> out.println("note: " + n));
      Path dir = sweepDir.resolve("analysis");
      // One writer per folder; earlier tables are replaced atomically (docs/OUTPUTS.md).
      try (OutputFolder folder = OutputFolder.inPlace(dir)) {
        for (CsvTable t : report.tables()) {
          out.println();
          out.println("== " + t.file() + " ==");
          t.print(out);
          t.write(dir);
        }
        folder.commit();
      }
      report.warnings().forEach(w -> err.println("warning: " + w));
      out.println();
      out.println("written to " + dir);
      out.flush();
      err.flush();
      return 0;
    } catch (IllegalArgumentException e) {
      err.println("analyze: " + e.getMessage());
      return 2;
    } catch (IOException | UncheckedIOException e) {
      err.println("analyze: " + Faults.describe(e));
      return 2;
    }
  }
}
