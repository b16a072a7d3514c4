package org.rissim.cli;

import java.nio.file.Path;
import java.util.List;
import org.rissim.chart.Figure;
import org.rissim.chart.FigureSize;
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
    both,
    /** Vector PDF only. */
    pdf,
    /** PNG, SVG and PDF. */
    all
  }

  /** Default width in pixels. */
  static final int DEFAULT_WIDTH = 1200;

  @Option(names = "--format", defaultValue = "both",
      description = "png, svg, pdf, both (png and svg) or all (png, svg and pdf) (default: ${DEFAULT-VALUE}).")
  Formats format;

  @Option(names = "--width", description = "Width in pixels (default: 1200).")
  Integer width;

  @Option(names = "--height",
      description = "Height in pixels (default: 800; institutions, sensitivity and posterior grow with the panels).")
  Integer height;

  @Option(names = "--size", paramLabel = "single|double|WxH",
      description = "Printed size for a journal instead of --width/--height: single (89 x 110 mm, "
          + "one column), double (183 x 122 mm, two columns) or WxH in millimetres; text prints at "
          + "6 to 10 pt, PNG at 300 dpi, SVG and PDF sized in points. See docs/CHARTS.md.")
  String size;

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
      case pdf -> List.of(Figure.Format.PDF);
      case all -> List.of(Figure.Format.PNG, Figure.Format.SVG, Figure.Format.PDF);
    };
  }

  /** The layout width: of {@code --size}, else {@code --width}, else 1200. Call after {@link #validate()}. */
  int layoutWidth() {
    return figureSize(null).width();
  }

  /** The layout height of a chart of fixed height: of {@code --size}, else {@code --height}, else 800. */
  int layoutHeight() {
    return figureSize(null).height();
  }

  /**
   * The figure's size. With {@code --size}: that size, except that for {@code single} and
   * {@code double} a chart whose height grows with its panels ({@code grownHeight} not null)
   * gets at least that layout height. Else {@code --width} x {@code --height} pixels, a missing
   * height being {@code grownHeight} or 800. Call after {@link #validate()}.
   */
  FigureSize figureSize(Integer grownHeight) {
    if (size == null) {
      return FigureSize.pixels(width == null ? DEFAULT_WIDTH : width,
          heightOr(grownHeight == null ? 800 : grownHeight));
    }
    FigureSize s = FigureSize.parse(size);
    boolean named = !size.trim().toLowerCase(java.util.Locale.ROOT).contains("x");
    return named && grownHeight != null ? s.withHeight(Math.max(s.height(), grownHeight)) : s;
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
    if (size != null) {
      if (width != null || height != null) {
        return "--size sets the printed size: give --size or --width/--height, not both";
      }
      try {
        FigureSize.parse(size);
      } catch (IllegalArgumentException e) {
        return e.getMessage();
      }
      return null;
    }
    int w = width == null ? DEFAULT_WIDTH : width;
    int height = heightOr(800);
    if (w < 200 || height < 150 || w > 10000 || height > 10000) {
      return "--width must be in 200..10000 and --height in 150..10000 pixels (got "
          + w + " x " + height + ")";
    }
    return null;
  }
}
