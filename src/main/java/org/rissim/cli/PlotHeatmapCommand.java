package org.rissim.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.rissim.chart.Charts;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rissim plot heatmap SWEEP_DIR --x P --y Q --metric M}: mean outcome per parameter cell. */
@Command(name = "heatmap", mixinStandardHelpOptions = true,
    description = "Mean of an outcome per (x, y) cell of two swept parameters; writes "
        + "heatmap.png/heatmap.svg.")
public final class PlotHeatmapCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SWEEP_DIR", description = "A folder written by rissim sweep.")
  Path dir;

  @Option(names = "--x", required = true, description = "Parameter path on the horizontal axis.")
  String x;

  @Option(names = "--y", required = true, description = "Parameter path on the vertical axis.")
  String y;

  @Option(names = "--metric", required = true, description = "Outcome column of runs.csv.")
  String metric;

  @Option(names = "--bins", defaultValue = "10",
      description = "Bins per continuous parameter (default: ${DEFAULT-VALUE}).")
  int bins;

  @Mixin PlotOptions options;

  @Override
  public Integer call() {
    return PlotRunner.plot(spec, options, dir, "heatmap",
        () -> Charts.heatmap(dir, x, y, metric, bins, options.title));
  }
}
