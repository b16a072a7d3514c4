package org.rissim.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.rissim.chart.Figure;
import org.rissim.chart.FigureSize;
import org.rissim.io.Faults;
import org.rissim.io.OutputFolder;
import picocli.CommandLine;

/** Shared steps of the plot subcommands: validate options, write the figure, report files. */
final class PlotRunner {
  /** Builds a figure from the input; throws IOException or IllegalArgumentException on bad input. */
  interface Builder {
    Figure build() throws IOException;
  }

  private PlotRunner() {}

  /** Validates, builds, writes {@code name.png/svg/pdf}, prints the files; returns the exit code. */
  static int plot(CommandLine.Model.CommandSpec spec, PlotOptions options, Path input,
      String name, Builder builder) {
    return plot(spec, options, input, name, null, builder);
  }

  /**
   * As {@link #plot(CommandLine.Model.CommandSpec, PlotOptions, Path, String, Builder)} for a
   * chart whose height grows with its panels to {@code grownHeight} layout units (null: fixed).
   */
  static int plot(CommandLine.Model.CommandSpec spec, PlotOptions options, Path input,
      String name, Integer grownHeight, Builder builder) {
    String bad = options.validate();
    if (bad != null) {
      spec.commandLine().getErr().println("error: " + bad);
      return 2;
    }
    try {
      FigureSize size = options.figureSize(grownHeight);
      Figure figure = builder.build();
      Path dir = options.outOr(input);
      // Derived outputs: one writer per folder; an earlier figure of the same name is replaced
      // atomically (each file whole), and the output says so (docs/CHARTS.md).
      try (OutputFolder folder = OutputFolder.inPlace(dir)) {
        List<Path> before = new ArrayList<>();
        for (Figure.Format f : options.formats()) {
          Path p = dir.resolve(name + "." + f.name().toLowerCase(Locale.ROOT));
          if (Files.exists(p)) {
            before.add(p);
          }
        }
        List<Path> files = figure.write(dir, name, options.formats(), size);
        folder.commit();
        files.forEach(f -> spec.commandLine().getOut().println(
            (before.contains(f) ? "replaced " : "wrote ") + f));
      }
      return 0;
    } catch (IOException | IllegalArgumentException | UncheckedIOException e) {
      spec.commandLine().getErr().println("error: " + Faults.describe(e));
      return 2;
    }
  }
}
