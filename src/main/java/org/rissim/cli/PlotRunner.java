package org.rissim.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.rissim.chart.Figure;
import picocli.CommandLine;

/** Shared steps of the plot subcommands: validate options, write the figure, report files. */
final class PlotRunner {
  /** Builds a figure from the input; throws IOException or IllegalArgumentException on bad input. */
  interface Builder {
    Figure build() throws IOException;
  }

  private PlotRunner() {}

  /** Validates, builds, writes {@code name.png/svg}, prints the files; returns the exit code. */
  static int plot(CommandLine.Model.CommandSpec spec, PlotOptions options, Path input,
      String name, Builder builder) {
    return plot(spec, options, input, name, options.heightOr(800), builder);
  }

  /** As {@link #plot(CommandLine.Model.CommandSpec, PlotOptions, Path, String, Builder)} at this height. */
  static int plot(CommandLine.Model.CommandSpec spec, PlotOptions options, Path input,
      String name, int height, Builder builder) {
    String bad = options.validate();
    if (bad != null) {
      spec.commandLine().getErr().println("error: " + bad);
      return 2;
    }
    try {
      Figure figure = builder.build();
      List<Path> files = figure.write(options.outOr(input), name, options.formats(),
          options.width, height);
      files.forEach(f -> spec.commandLine().getOut().println("wrote " + f));
      return 0;
    } catch (IOException | IllegalArgumentException | UncheckedIOException e) {
      spec.commandLine().getErr().println("error: " + e.getMessage());
      return 2;
    }
  }
}
