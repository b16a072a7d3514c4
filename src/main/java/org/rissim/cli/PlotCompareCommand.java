package org.rissim.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.rissim.chart.Charts;
import org.rissim.chart.SummaryTable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code rissim plot compare DIR}: small multiples of base and counterfactual scenarios. */
@Command(name = "compare", mixinStandardHelpOptions = true,
    description = "Per practice, the base scenario and each counterfactual as mean lines with "
        + "bands; writes compare.png/compare.svg.")
public final class PlotCompareCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "COMPARE_DIR", description = "A folder written by rissim compare.")
  Path dir;

  @Mixin BandOption band;

  @Mixin PlotOptions options;

  @Override
  public Integer call() {
    SummaryTable.Band b = band.band;
    return PlotRunner.plot(spec, options, dir, "compare", () -> Charts.compare(dir, b, options.title));
  }
}
