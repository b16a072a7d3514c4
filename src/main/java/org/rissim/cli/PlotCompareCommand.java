package org.rissim.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.rissim.chart.Charts;
import org.rissim.chart.SummaryTable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rissim plot compare DIR}: small multiples of base and counterfactual scenarios. */
@Command(name = "compare", mixinStandardHelpOptions = true,
    description = "Per practice, the base scenario and each counterfactual as mean lines with "
        + "bands; writes compare.png/compare.svg.")
public final class PlotCompareCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "COMPARE_DIR", description = "A folder written by rissim compare.")
  Path dir;

  @Option(names = "--band", defaultValue = "spread",
      description = "spread (p025..p975) or ci (ciLow..ciHigh of the mean).")
  String band;

  @Mixin PlotOptions options;

  /** Parses a band name, or null when it is not one. */
  static SummaryTable.Band band(String name) {
    return switch (name) {
      case "spread" -> SummaryTable.Band.SPREAD;
      case "ci" -> SummaryTable.Band.CI;
      default -> null;
    };
  }

  @Override
  public Integer call() {
    SummaryTable.Band b = band(band);
    if (b == null) {
      spec.commandLine().getErr().println("error: --band must be spread or ci, not '" + band + "'");
      return 2;
    }
    return PlotRunner.plot(spec, options, dir, "compare", () -> Charts.compare(dir, b, options.title));
  }
}
