package org.rissim.chart;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The size a figure is laid out at and the size it is written at (docs/CHARTS.md).
 *
 * <p>Charts are laid out on a canvas of {@code width x height} layout units, the unit their
 * fonts (11 to 18 units) and strokes are given in. By default a unit is one pixel of the PNG,
 * one unit of the SVG and one point of the PDF, so a 1200 x 800 figure is a 1200 x 800 px
 * image. A journal size ({@code single}, {@code double} or {@code WxH} millimetres) fixes the
 * printed size instead: the canvas is scaled by {@link #PRINT_SCALE} points per unit, so the
 * smallest text (11 units) prints at 6 pt and tick labels (12 units) at 6.5 pt; the SVG and PDF
 * are that many points wide, the PNG is rendered at {@link #DPI} dots per inch.
 *
 * @param width       layout width in units
 * @param height      layout height in units
 * @param scale       points per layout unit in the SVG and PDF (1 for a pixel size)
 * @param pngScale    PNG pixels per layout unit (1 for a pixel size)
 * @param printed     whether a physical size was asked for (SVG width and height in points)
 */
public record FigureSize(int width, int height, double scale, double pngScale, boolean printed) {
  /** Points per millimetre. */
  public static final double PT_PER_MM = 72 / 25.4;
  /** Points per layout unit at a journal size: 11-unit text prints at 6 pt. */
  public static final double PRINT_SCALE = 6.0 / 11.0;
  /** Resolution of a PNG at a journal size. */
  public static final int DPI = 300;
  /** Width of a one-column figure, mm (89 mm: the one-column width of most two-column journals). */
  public static final double SINGLE_MM = 89;
  /** Width of a two-column (full-page-width) figure, mm. */
  public static final double DOUBLE_MM = 183;
  /**
   * Default height of a one-column figure, mm: taller than wide, because at one column's width
   * the drift chart's legend and event labels wrap into more rows.
   */
  public static final double SINGLE_HEIGHT_MM = 110;
  /** Default height of a two-column figure, mm (2:3, as the default 1200 x 800). */
  public static final double DOUBLE_HEIGHT_MM = 122;

  private static final Pattern MM = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)x([0-9]+(?:\\.[0-9]+)?)");

  public FigureSize {
    if (width < 1 || height < 1 || !(scale > 0) || !(pngScale > 0)) {
      throw new IllegalArgumentException("figure size must be positive: " + width + " x " + height);
    }
  }

  /** A size in pixels: one layout unit is one pixel (one point in the PDF). */
  public static FigureSize pixels(int width, int height) {
    return new FigureSize(width, height, 1, 1, false);
  }

  /** A printed size in millimetres. */
  public static FigureSize millimetres(double widthMm, double heightMm) {
    int w = (int) Math.round(widthMm * PT_PER_MM / PRINT_SCALE);
    // The scale that makes the width exact (within 0.1% of PRINT_SCALE); the height follows it.
    double scale = widthMm * PT_PER_MM / w;
    int h = (int) Math.round(heightMm * PT_PER_MM / scale);
    return new FigureSize(w, h, scale, scale * DPI / 72.0, true);
  }

  /**
   * A journal size: {@code single} (89 x 110 mm), {@code double} (183 x 122 mm) or
   * {@code WxH} in millimetres (each 20..500); throws IllegalArgumentException naming the
   * accepted forms.
   */
  public static FigureSize parse(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    if (t.equals("single")) {
      return millimetres(SINGLE_MM, SINGLE_HEIGHT_MM);
    }
    if (t.equals("double")) {
      return millimetres(DOUBLE_MM, DOUBLE_HEIGHT_MM);
    }
    Matcher m = MM.matcher(t);
    if (m.matches()) {
      double w = Double.parseDouble(m.group(1));
      double h = Double.parseDouble(m.group(2));
      if (w >= 20 && w <= 500 && h >= 20 && h <= 500) {
        return millimetres(w, h);
      }
    }
    throw new IllegalArgumentException("--size: expected single, double or WxH in millimetres"
        + " (each 20..500, e.g. 120x80), found `" + text + "`");
  }

  /** The same scales with another layout height (charts whose height grows with their panels). */
  public FigureSize withHeight(int layoutHeight) {
    return new FigureSize(width, layoutHeight, scale, pngScale, printed);
  }

  /** Width of the SVG and PDF in points (pixels for a pixel size). */
  public double printWidth() {
    return width * scale;
  }

  /** Height of the SVG and PDF in points (pixels for a pixel size). */
  public double printHeight() {
    return height * scale;
  }

  /** Width of the PNG in pixels. */
  public int pngWidth() {
    return (int) Math.round(width * pngScale);
  }

  /** Height of the PNG in pixels. */
  public int pngHeight() {
    return (int) Math.round(height * pngScale);
  }
}
