package org.rissim.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.rissim.chart.Charts;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rissim plot sensitivity DIR}: Sobol indices per parameter with intervals. */
@Command(name = "sensitivity", mixinStandardHelpOptions = true,
    description = "First- and total-order Sobol indices per parameter from analysis/sobol.csv; "
        + "writes sensitivity.png/sensitivity.svg.")
public final class PlotSensitivityCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "ANALYZE_DIR",
      description = "A sweep folder with analysis/sobol.csv (or a folder holding sobol.csv).")
  Path dir;

  @Option(names = "--outcome", description = "Only this outcome (default: one panel per outcome).")
  String outcome;

  @Mixin PlotOptions options;

  @Override
  public Integer call() {
    return PlotRunner.plot(spec, options, dir, "sensitivity",
        options.heightOr(Charts.sensitivityHeight(dir, outcome)),
        () -> Charts.sensitivity(dir, outcome, options.title));
  }
}
