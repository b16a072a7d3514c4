package org.rissim.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.rissim.chart.HtmlReport;
import org.rissim.io.Faults;
import org.rissim.io.OutputFolder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rissim report DIR}: one self-contained report.html for a result folder. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = "Write one self-contained report.html (scenario, seeds, summary tables, every "
        + "chart that applies, inlined as SVG; no network requests).")
public final class ReportCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DIR",
      description = "A run, replicated-run, compare or sweep folder.")
  Path dir;

  @Option(names = "--out", description = "Output file (default: DIR/report.html).")
  Path out;

  @Override
  public Integer call() {
    try {
      Path target = out != null ? out : dir.resolve("report.html");
      if (Files.isDirectory(target)) {
        spec.commandLine().getErr().println("error: --out " + target + " is a folder; expected "
            + "the report's file name");
        return 2;
      }
      Path folderOfTarget = target.toAbsolutePath().normalize().getParent();
      boolean existed = Files.exists(target);
      // One writer per folder; an earlier report is replaced atomically, and the output says so.
      try (OutputFolder folder = OutputFolder.inPlace(folderOfTarget)) {
        HtmlReport.write(dir, target);
        folder.commit();
      }
      spec.commandLine().getOut().println((existed ? "replaced " : "wrote ") + target);
      return 0;
    } catch (IOException | IllegalArgumentException | UncheckedIOException e) {
      spec.commandLine().getErr().println("error: " + Faults.describe(e));
      return 2;
    }
  }
}
