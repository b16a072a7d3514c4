package org.rissim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.Inflater;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rissim.chart.ChartAssertions;
import org.rissim.chart.SyntheticResults;

/** {@code plot --format pdf|all} and {@code --size single|double|WxH} (docs/CHARTS.md). */
class PlotFormatsTest {
  @TempDir Path tmp;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int execute(String... args) {
    picocli.CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void pdfIsOneVectorPageOfTheFigure() throws Exception {
    Path run = SyntheticResults.run(tmp.resolve("run"), 7);
    assertEquals(0, execute("plot", "drift", run.toString(), "--format", "pdf"), err.toString());
    assertFalse(Files.exists(run.resolve("drift.png")), "--format pdf writes no PNG");
    assertFalse(Files.exists(run.resolve("drift.svg")), "--format pdf writes no SVG");
    byte[] bytes = Files.readAllBytes(run.resolve("drift.pdf"));
    String pdf = new String(bytes, StandardCharsets.ISO_8859_1);
    assertTrue(pdf.startsWith("%PDF-1."), "PDF header");
    assertTrue(pdf.stripTrailing().endsWith("%%EOF"), "PDF trailer");
    assertTrue(pdf.contains("/Type /Page\n") || pdf.contains("/Type /Page "), "a page object");
    assertFalse(pdf.contains("/Subtype /Image"), "no raster image: the figure is vector");
    double[] box = mediaBox(pdf);
    assertEquals(1200, box[0], 1e-6, "default: one point per pixel of --width");
    assertEquals(800, box[1], 1e-6);
    String content = pageContent(bytes, pdf);
    // Path construction and painting operators (lines of the chart), and text drawn as text.
    assertTrue(Pattern.compile("(?m) m$").matcher(content).find(), "moveto operators");
    assertTrue(Pattern.compile("(?m) l$").matcher(content).find(), "lineto operators");
    assertTrue(Pattern.compile("(?m)^S$").matcher(content).find(), "stroke operators");
    // Text is outlined in the figure's font (curves), not set in a standard PDF font whose
    // encoding would turn characters beyond ASCII into "?".
    assertTrue(Pattern.compile("(?m) c$").matcher(content).find(), "curveto operators (glyphs)");
    assertFalse(content.contains("Tj"), "no text in the standard fonts");
    assertFalse(content.contains("Transnistria war"), "the crisis label is outlined");
  }

  @Test
  void allWritesPngSvgAndPdf() throws Exception {
    Path run = SyntheticResults.run(tmp.resolve("run"), 3);
    assertEquals(0, execute("plot", "institutions", run.toString(), "--format", "all"),
        err.toString());
    for (String ext : new String[] {"png", "svg", "pdf"}) {
      assertTrue(Files.size(run.resolve("institutions." + ext)) > 0, ext);
    }
  }

  @Test
  void singleColumnIs89MillimetresWide() throws Exception {
    Path run = SyntheticResults.run(tmp.resolve("run"), 7);
    assertEquals(0, execute("plot", "drift", run.toString(), "--format", "all", "--size",
        "single"), err.toString());
    double widthPt = 89 / 25.4 * 72;
    // PNG at 300 dpi: 89 mm = 1051 px; 110 mm high = 1299 px (rounded through the layout grid).
    ChartAssertions.assertPngNotBlank(run.resolve("drift.png"), 1051,
        readPngHeight(run.resolve("drift.png")));
    assertEquals(1299, readPngHeight(run.resolve("drift.png")), 2);
    String pdf = Files.readString(run.resolve("drift.pdf"), StandardCharsets.ISO_8859_1);
    double[] box = mediaBox(pdf);
    assertEquals(widthPt, box[0], 1e-6, "PDF width in points");
    assertEquals(110 / 25.4 * 72, box[1], 0.5, "PDF height in points");
    ChartAssertions.assertWellFormedSvg(run.resolve("drift.svg"));
    String svg = Files.readString(run.resolve("drift.svg"));
    Matcher w = Pattern.compile("width='([0-9.]+)pt'").matcher(svg);
    assertTrue(w.find(), "SVG width in points");
    assertEquals(widthPt, Double.parseDouble(w.group(1)), 1e-6);
    assertTrue(svg.contains("viewBox='0.0 0.0 "), "a view box maps the layout onto the points");
  }

  @Test
  void doubleColumnAndMillimetreSizes() throws Exception {
    Path run = SyntheticResults.run(tmp.resolve("run"), 7);
    assertEquals(0, execute("plot", "drift", run.toString(), "--format", "png", "--size",
        "double"), err.toString());
    ChartAssertions.assertPngNotBlank(run.resolve("drift.png"), 2161,
        readPngHeight(run.resolve("drift.png")));
    assertEquals(1441, readPngHeight(run.resolve("drift.png")), 2, "122 mm at 300 dpi");
    assertEquals(0, execute("plot", "drift", run.toString(), "--format", "pdf", "--size",
        "120x80"), err.toString());
    double[] box = mediaBox(Files.readString(run.resolve("drift.pdf"), StandardCharsets.ISO_8859_1));
    assertEquals(120 / 25.4 * 72, box[0], 1e-6);
    assertEquals(80 / 25.4 * 72, box[1], 0.5);
  }

  @Test
  void badSizesExitTwo() throws Exception {
    Path run = SyntheticResults.run(tmp.resolve("run"), 7);
    Cli.Result tooSmall = new Cli.Result(execute("plot", "drift", run.toString(), "--size",
        "3x3"), out.toString(), err.toString());
    tooSmall.failsWith("--size: expected single, double or WxH in millimetres");
    assertTrue(err.toString().contains("`3x3`"), err.toString());
    err.getBuffer().setLength(0);
    Cli.Result both = new Cli.Result(execute("plot", "drift", run.toString(), "--size",
        "single", "--width", "900"), out.toString(), err.toString());
    both.failsWith("give --size or --width/--height, not both");
    assertFalse(Files.exists(run.resolve("drift.png")), "nothing written");
  }

  private static int readPngHeight(Path png) throws Exception {
    return javax.imageio.ImageIO.read(png.toFile()).getHeight();
  }

  private static double[] mediaBox(String pdf) {
    Matcher m = Pattern.compile("/MediaBox \\[([-0-9.]+) ([-0-9.]+) ([-0-9.]+) ([-0-9.]+)\\]")
        .matcher(pdf);
    assertTrue(m.find(), "a MediaBox");
    return new double[] {Double.parseDouble(m.group(3)) - Double.parseDouble(m.group(1)),
        Double.parseDouble(m.group(4)) - Double.parseDouble(m.group(2))};
  }

  /** The page's content stream, inflated when it is Flate-compressed. */
  private static String pageContent(byte[] bytes, String pdf) throws Exception {
    int contents = pdf.indexOf("/Contents ");
    assertTrue(contents > 0, "the page names its content stream");
    String ref = pdf.substring(contents + 10, pdf.indexOf(" R", contents)).trim();
    int object = pdf.indexOf("\n" + ref + " obj");
    assertTrue(object > 0, "content object " + ref);
    int start = pdf.indexOf("stream", object) + "stream".length();
    while (bytes[start] == '\r' || bytes[start] == '\n') {
      start++;
    }
    int end = pdf.indexOf("endstream", start);
    boolean flate = pdf.substring(object, start).contains("/FlateDecode");
    if (!flate) {
      return pdf.substring(start, end);
    }
    Inflater inflater = new Inflater();
    inflater.setInput(bytes, start, end - start);
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    byte[] chunk = new byte[65536];
    while (!inflater.finished()) {
      int n = inflater.inflate(chunk);
      if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
        break;
      }
      buffer.write(chunk, 0, n);
    }
    inflater.end();
    return buffer.toString(StandardCharsets.ISO_8859_1);
  }
}
