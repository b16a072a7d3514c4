package org.rissim.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.rissim.calibration.Posterior;
import org.rissim.chart.PosteriorChart;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code rissim plot posterior DIR}: marginal densities with priors and pairwise scatters. */
@Command(name = "posterior", mixinStandardHelpOptions = true,
    description = "The posterior of a calibration folder (rissim calibrate): per parameter the "
        + "weighted density with the prior, per pair of parameters the particles; writes "
        + "posterior.png/posterior.svg.")
public final class PlotPosteriorCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "CALIBRATION_DIR",
      description = "A calibration folder with calibrate.json and posterior.csv.")
  Path dir;

  @Mixin PlotOptions options;

  @Override
  public Integer call() {
    int parameters;
    try {
      parameters = Posterior.read(dir).parameters().size();
    } catch (Exception e) {
      spec.commandLine().getErr().println("error: " + e.getMessage());
      return 2;
    }
    return PlotRunner.plot(spec, options, dir, "posterior",
        options.heightOr(PosteriorChart.height(parameters)),
        () -> PosteriorChart.build(dir, options.title));
  }
}
