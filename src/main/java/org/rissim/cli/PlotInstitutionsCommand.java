package org.rissim.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.rissim.chart.Charts;
import org.rissim.chart.SummaryTable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code rissim plot institutions DIR}: legitimacy, recognition, cohesion, membership per body. */
@Command(name = "institutions", mixinStandardHelpOptions = true,
    description = "Per secondary institution: legitimacy, recognition level, cohesion and "
        + "membership over time; writes institutions.png/institutions.svg.")
public final class PlotInstitutionsCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DIR", description = "A run or replicated-run folder.")
  Path dir;

  @Mixin BandOption band;

  @Mixin PlotOptions options;

  @Override
  public Integer call() {
    SummaryTable.Band b = band.band;
    return PlotRunner.plot(spec, options, dir, "institutions",
        options.heightOr(Charts.institutionsHeight(dir)),
        () -> Charts.institutions(dir, b, options.title));
  }
}
