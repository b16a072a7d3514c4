package org.rissim.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.pdf.PDFDocument;
import org.jfree.pdf.PDFGraphics2D;
import org.jfree.pdf.PDFHints;
import org.jfree.pdf.Page;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUnits;
import org.jfree.svg.ViewBox;

/**
 * A figure: one chart, or small multiples in a grid under a shared title and legend; drawn
 * the same way to PNG, SVG and PDF.
 *
 * @param title   figure title above the grid (null when the single chart carries its own)
 * @param legend  shared legend entries drawn under the title (may be empty)
 * @param panels  the charts, row by row
 * @param columns number of grid columns (at least 1)
 */
public record Figure(String title, List<Key> legend, List<JFreeChart> panels, int columns) {
  /**
   * One entry of a shared legend: a line sample (stroke non-null) or a filled box.
   *
   * @param label  text
   * @param paint  colour of the line or box
   * @param stroke line style, or null for a filled box
   */
  public record Key(String label, Paint paint, Stroke stroke) {}

  /** Output formats. */
  public enum Format {
    /** Raster image. */
    PNG,
    /** Vector image. */
    SVG,
    /** Vector PDF document of one page (JFreePDF; text outlined). */
    PDF
  }

  public Figure {
    legend = List.copyOf(legend);
    panels = List.copyOf(panels);
    if (panels.isEmpty()) {
      throw new IllegalArgumentException("a figure needs at least one panel");
    }
    columns = Math.max(1, Math.min(columns, panels.size()));
  }

  /** A figure of one chart that carries its own title and legend. */
  public static Figure of(JFreeChart chart) {
    return new Figure(null, List.of(), List.of(chart), 1);
  }

  /** Draws the figure into the rectangle (0, 0, width, height). */
  public void draw(Graphics2D g2, int width, int height) {
    g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g2.setPaint(Color.WHITE);
    g2.fill(new Rectangle2D.Double(0, 0, width, height));
    double top = 0;
    if (title != null && !title.isBlank()) {
      g2.setFont(Palette.TITLE);
      g2.setPaint(Color.BLACK);
      FontMetrics fm = g2.getFontMetrics();
      // A title wider than the figure (one column of a paper) wraps at spaces.
      List<String> lines = wrap(title, fm, width - 16);
      for (int k = 0; k < lines.size(); k++) {
        String line = lines.get(k);
        g2.drawString(line, (float) (width - fm.stringWidth(line)) / 2f,
            8f + fm.getAscent() + k * fm.getHeight());
      }
      top = 14 + lines.size() * fm.getHeight();
    }
    if (!legend.isEmpty()) {
      top = drawLegend(g2, width, top);
    }
    int rows = (panels.size() + columns - 1) / columns;
    double cellW = (double) width / columns;
    double cellH = (height - top) / rows;
    for (int i = 0; i < panels.size(); i++) {
      Rectangle2D cell = new Rectangle2D.Double((i % columns) * cellW, top + (i / columns) * cellH,
          cellW, cellH);
      panels.get(i).draw(g2, cell);
    }
  }

  /** The text in lines no wider than {@code max} pixels, broken at spaces (a long word alone). */
  static List<String> wrap(String text, FontMetrics fm, int max) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      String candidate = line.length() == 0 ? word : line + " " + word;
      if (line.length() > 0 && fm.stringWidth(candidate) > max) {
        lines.add(line.toString());
        line = new StringBuilder(word);
      } else {
        line = new StringBuilder(candidate);
      }
    }
    lines.add(line.toString());
    return lines;
  }

  private double drawLegend(Graphics2D g2, int width, double top) {
    g2.setFont(Palette.TICK);
    FontMetrics fm = g2.getFontMetrics();
    double sample = 28;
    double gap = 18;
    List<List<Key>> lines = new ArrayList<>();
    List<Double> lineWidths = new ArrayList<>();
    List<Key> current = new ArrayList<>();
    double used = 0;
    for (Key k : legend) {
      double w = sample + 6 + fm.stringWidth(k.label());
      if (!current.isEmpty() && used + gap + w > width - 40) {
        lines.add(current);
        lineWidths.add(used);
        current = new ArrayList<>();
        used = 0;
      }
      used += (current.isEmpty() ? 0 : gap) + w;
      current.add(k);
    }
    lines.add(current);
    lineWidths.add(used);
    double y = top + 4;
    for (int l = 0; l < lines.size(); l++) {
      double x = (width - lineWidths.get(l)) / 2;
      double mid = y + fm.getHeight() / 2.0;
      for (Key k : lines.get(l)) {
        g2.setPaint(k.paint());
        if (k.stroke() == null) {
          g2.fill(new Rectangle2D.Double(x + 4, mid - 6, sample - 8, 12));
          g2.setPaint(Color.GRAY);
          g2.setStroke(new BasicStroke(0.5f));
          g2.draw(new Rectangle2D.Double(x + 4, mid - 6, sample - 8, 12));
        } else {
          g2.setStroke(k.stroke());
          g2.draw(new Line2D.Double(x, mid, x + sample, mid));
        }
        g2.setPaint(Color.BLACK);
        g2.drawString(k.label(), (float) (x + sample + 6), (float) (mid + fm.getAscent() / 2.0 - 1));
        x += sample + 6 + fm.stringWidth(k.label()) + gap;
      }
      y += fm.getHeight() + 4;
    }
    return y + 4;
  }

  /** Renders to a PNG image of the given size. */
  public BufferedImage toImage(int width, int height) {
    return toImage(FigureSize.pixels(width, height));
  }

  /** Renders to an image of {@code size.pngWidth() x size.pngHeight()} pixels. */
  public BufferedImage toImage(FigureSize size) {
    BufferedImage image = new BufferedImage(size.pngWidth(), size.pngHeight(),
        BufferedImage.TYPE_INT_RGB);
    Graphics2D g2 = image.createGraphics();
    try {
      if (size.pngScale() != 1) {
        g2.scale((double) size.pngWidth() / size.width(), (double) size.pngHeight() / size.height());
      }
      draw(g2, size.width(), size.height());
    } finally {
      g2.dispose();
    }
    return image;
  }

  /**
   * Renders to a one-page vector PDF of {@code size.printWidth() x size.printHeight()} points:
   * lines, areas and text as PDF paths (text outlined in the figure's own font), no raster.
   */
  public byte[] toPdf(FigureSize size) {
    PDFDocument pdf = new PDFDocument();
    pdf.setTitle(title == null ? "" : title);
    pdf.setAuthor("rissim");
    Page page = pdf.createPage(new Rectangle2D.Double(0, 0, size.printWidth(), size.printHeight()));
    PDFGraphics2D g2 = page.getGraphics2D();
    // Text as outlines of the same font the PNG and SVG use: the PDF's standard fonts carry no
    // character beyond ASCII (JFreePDF writes "?" for ô or σ) and have other widths than the
    // ones the layout measured.
    g2.setRenderingHint(PDFHints.KEY_DRAW_STRING_TYPE, PDFHints.VALUE_DRAW_STRING_TYPE_VECTOR);
    g2.scale(size.scale(), size.scale());
    draw(g2, size.width(), size.height());
    return pdf.getPDFBytes();
  }

  /**
   * Renders to an SVG element with a view box (scales with its container); the id prefix keeps
   * clip paths of several figures in one HTML page apart.
   */
  public String toSvgElement(int width, int height, String idPrefix) {
    SVGGraphics2D g2 = new SVGGraphics2D(width, height);
    g2.setDefsKeyPrefix(idPrefix);
    draw(g2, width, height);
    return g2.getSVGElement(idPrefix, true, new ViewBox(0, 0, width, height), null, null);
  }

  /** Renders to a standalone SVG document. */
  public String toSvgDocument(int width, int height) {
    SVGGraphics2D g2 = new SVGGraphics2D(width, height);
    draw(g2, width, height);
    return g2.getSVGDocument();
  }

  /**
   * Renders to a standalone SVG document; at a printed size its width and height are in points
   * and a view box maps the layout units onto them.
   */
  public String toSvgDocument(FigureSize size) {
    if (!size.printed()) {
      return toSvgDocument(size.width(), size.height());
    }
    SVGGraphics2D g2 = new SVGGraphics2D(size.printWidth(), size.printHeight(), SVGUnits.PT);
    draw(g2, size.width(), size.height());
    String document = g2.getSVGDocument();
    // The document's XML declaration and DOCTYPE, then the element with its view box.
    return document.substring(0, document.indexOf("<svg"))
        + g2.getSVGElement(null, true, new ViewBox(0, 0, size.width(), size.height()), null, null);
  }

  /** Writes a PNG that records its resolution (the pHYs chunk), so layout programs size it. */
  private static void writePng(java.io.OutputStream out, BufferedImage image, int dpi)
      throws IOException {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
    try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
      ImageWriteParam param = writer.getDefaultWriteParam();
      IIOMetadata meta = writer.getDefaultImageMetadata(
          ImageTypeSpecifier.createFromRenderedImage(image), param);
      // The PNG's own pHYs node: the standard tree's pixel size is misread by some JDKs.
      String perMetre = Long.toString(Math.round(dpi / 0.0254));
      IIOMetadataNode phys = new IIOMetadataNode("pHYs");
      phys.setAttribute("pixelsPerUnitXAxis", perMetre);
      phys.setAttribute("pixelsPerUnitYAxis", perMetre);
      phys.setAttribute("unitSpecifier", "meter");
      IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
      root.appendChild(phys);
      meta.mergeTree("javax_imageio_png_1.0", root);
      writer.setOutput(stream);
      writer.write(null, new IIOImage(image, null, meta), param);
    } finally {
      writer.dispose();
    }
  }

  /**
   * Writes {@code name.png} and/or {@code name.svg} into the folder (to a temporary name first,
   * then renamed, so a file that exists is whole) and returns the files written.
   */
  public List<Path> write(Path dir, String name, List<Format> formats, int width, int height)
      throws IOException {
    return write(dir, name, formats, FigureSize.pixels(width, height));
  }

  /** As {@link #write(Path, String, List, int, int)}, at the given size. */
  public List<Path> write(Path dir, String name, List<Format> formats, FigureSize size)
      throws IOException {
    Files.createDirectories(dir);
    List<Path> written = new ArrayList<>();
    for (Format f : formats) {
      Path target = dir.resolve(name + "." + f.name().toLowerCase(java.util.Locale.ROOT));
      switch (f) {
        case PNG -> org.rissim.io.OutputDirectory.writeBytesAtomically(target, out -> {
          if (size.printed()) {
            writePng(out, toImage(size), FigureSize.DPI);
          } else {
            ChartUtils.writeBufferedImageAsPNG(out, toImage(size));
          }
        });
        case SVG -> {
          String svg = toSvgDocument(size);
          org.rissim.io.OutputDirectory.writeAtomically(target, w -> w.write(svg));
        }
        case PDF -> {
          byte[] pdf = toPdf(size);
          org.rissim.io.OutputDirectory.writeBytesAtomically(target, out -> out.write(pdf));
        }
        default -> throw new IllegalStateException("format " + f);
      }
      written.add(target);
    }
    return written;
  }
}
