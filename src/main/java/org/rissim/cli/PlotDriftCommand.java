package org.rissim.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.rissim.chart.Charts;
import org.rissim.chart.SummaryTable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code rissim plot drift DIR}: the norm-drift chart of a run or replicated run. */
@Command(name = "drift", mixinStandardHelpOptions = true,
    description = "Regional understanding vs global standard per practice, with crises, foundings "
        + "and recognition votes; writes drift.png/drift.svg.")
public final class PlotDriftCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DIR", description = "A run or replicated-run folder.")
  Path dir;

  @Mixin BandOption band;

  @Mixin PlotOptions options;

  @Override
  public Integer call() {
    SummaryTable.Band b = band.band;
    return PlotRunner.plot(spec, options, dir, "drift",
        () -> Charts.drift(dir, b, options.title, options.layoutWidth(), options.layoutHeight()));
  }
}
