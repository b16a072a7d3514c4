package org.rissim.cli;

import java.nio.file.Path;
import java.util.List;
import org.rissim.chart.Figure;
import picocli.CommandLine.Option;

/** Options every {@code plot} subcommand shares: format, size, title, output folder. */
public final class PlotOptions {
  /** Which files to write. */
  public enum Formats {
    /** PNG only. */
    png,
    /** SVG only. */
    svg,
    /** PNG and SVG. */
    both
  }

  @Option(names = "--format", defaultValue = "both",
      description = "png, svg or both (default: ${DEFAULT-VALUE}).")
  Formats format;

  @Option(names = "--width", defaultValue = "1200", description = "Width in pixels (default: ${DEFAULT-VALUE}).")
  int width;

  @Option(names = "--height",
      description = "Height in pixels (default: 800; institutions and sensitivity: grow with the panels).")
  Integer height;

  @Option(names = "--title", description = "Figure title (default: derived from the folder).")
  String title;

  @Option(names = "--out", description = "Output folder (default: the input folder).")
  Path out;

  /** The formats to write. */
  List<Figure.Format> formats() {
    return switch (format) {
      case png -> List.of(Figure.Format.PNG);
      case svg -> List.of(Figure.Format.SVG);
      case both -> List.of(Figure.Format.PNG, Figure.Format.SVG);
    };
  }

  /** The title given, or the fallback. */
  String titleOr(String fallback) {
    return title == null ? fallback : title;
  }

  /** The output folder: {@code --out}, or the input folder. */
  Path outOr(Path input) {
    return out == null ? input : out;
  }

  /** The height given, or the fallback. */
  int heightOr(int fallback) {
    return height == null ? fallback : height;
  }

  /** Checks the size; returns an error message or null. */
  String validate() {
    int height = heightOr(800);
    if (width < 200 || height < 150 || width > 10000 || height > 10000) {
      return "--width must be in 200..10000 and --height in 150..10000 pixels (got "
          + width + " x " + height + ")";
    }
    return null;
  }
}
