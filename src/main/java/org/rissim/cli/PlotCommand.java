package org.rissim.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code rissim plot}: charts from result folders (drift, compare, institutions, heatmap, sensitivity). */
@Command(
    name = "plot",
    mixinStandardHelpOptions = true,
    description = "Draw charts (PNG, SVG, PDF) from a result folder; see docs/CHARTS.md.",
    subcommands = {
      PlotDriftCommand.class, PlotPosteriorCommand.class,
      PlotCompareCommand.class,
      PlotInstitutionsCommand.class,
      PlotHeatmapCommand.class,
      PlotSensitivityCommand.class,
    })
public final class PlotCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
