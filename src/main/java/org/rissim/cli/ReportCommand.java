package org.rissim.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.rissim.chart.HtmlReport;
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
      HtmlReport.write(dir, target);
      spec.commandLine().getOut().println("wrote " + target);
      return 0;
    } catch (IOException | IllegalArgumentException | UncheckedIOException e) {
      spec.commandLine().getErr().println("error: " + e.getMessage());
      return 2;
    }
  }
}
