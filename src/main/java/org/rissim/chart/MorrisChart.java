package org.rissim.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/**
 * Morris elementary effects from {@code analysis/morris.csv}: per outcome, each parameter at
 * (μ*, σ) with its 95% bootstrap interval of μ* as a horizontal whisker, labelled, and the line
 * σ = μ* (Morris 1991; Campolongo et al. 2007): parameters far right matter; above the line their
 * effect is mostly nonlinear or through interactions, below it mostly linear and additive.
 */
public final class MorrisChart {
  /** One row of morris.csv. */
  record Row(String outcome, String parameter, double muStar, double sigma, double low,
      double high) {}

  private MorrisChart() {}

  /** Reads morris.csv rows grouped by outcome, in file order. */
  static Map<String, List<Row>> read(Path file) throws IOException {
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    Map<String, List<Row>> out = new LinkedHashMap<>();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
         CSVParser parser = CSVParser.parse(in, format)) {
      for (String need : List.of("outcome", "parameter", "muStar", "sigma", "muStarLow",
          "muStarHigh")) {
        if (!parser.getHeaderNames().contains(need)) {
          throw new IOException(file + ": missing column '" + need + "' (docs/OUTPUTS.md)");
        }
      }
      int line = 1;
      for (CSVRecord r : parser) {
        line++;
        Row row = new Row(r.get("outcome"), r.get("parameter"),
            RunTable.parseNumber(r.get("muStar"), file, line, "muStar"),
            RunTable.parseNumber(r.get("sigma"), file, line, "sigma"),
            RunTable.parseNumber(r.get("muStarLow"), file, line, "muStarLow"),
            RunTable.parseNumber(r.get("muStarHigh"), file, line, "muStarHigh"));
        out.computeIfAbsent(row.outcome(), k -> new ArrayList<>()).add(row);
      }
    }
    return out;
  }

  /**
   * Builds the figure: one panel per outcome with a finite μ* (or only {@code outcome}).
   *
   * @param morris  the morris.csv file
   * @param outcome only this outcome, or null
   * @param title   figure title
   */
  public static Figure build(Path morris, String outcome, String title) throws IOException {
    Map<String, List<Row>> all = read(morris);
    if (outcome != null && !all.containsKey(outcome)) {
      throw new IllegalArgumentException(morris + " has no outcome '" + outcome + "' (outcomes: "
          + String.join(", ", all.keySet()) + ")");
    }
    List<JFreeChart> panels = new ArrayList<>();
    for (Map.Entry<String, List<Row>> e : all.entrySet()) {
      boolean finite = e.getValue().stream().anyMatch(r -> Double.isFinite(r.muStar())
          && r.muStar() > 0);
      if (outcome == null ? finite : outcome.equals(e.getKey())) {
        panels.add(panel(e.getKey(), e.getValue()));
      }
    }
    if (panels.isEmpty()) {
      throw new IllegalArgumentException(morris + ": no outcome has a non-zero Morris mu*");
    }
    List<Figure.Key> legend = List.of(
        new Figure.Key("parameter at (mu*, sigma), named by its last path segment", Color.BLACK,
            null),
        new Figure.Key("95% bootstrap interval of mu*", Color.BLACK, new BasicStroke(1.2f)),
        new Figure.Key("sigma = mu*: above, nonlinear or interacting", Color.GRAY,
            new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {4f, 4f}, 0f)));
    return new Figure(title, legend, panels, SensitivityChart.columns(panels.size()));
  }

  /** A height in pixels that gives each row of panels about 300 pixels. */
  public static int height(Path morris, String outcome) {
    try {
      long n = outcome != null ? 1 : read(morris).values().stream()
          .filter(rows -> rows.stream().anyMatch(r -> Double.isFinite(r.muStar())
              && r.muStar() > 0)).count();
      int columns = SensitivityChart.columns((int) Math.max(1, n));
      return Math.max(500, (int) ((n + columns - 1) / columns) * 300 + 110);
    } catch (IOException | RuntimeException unreadable) {
      return 800;
    }
  }

  private static JFreeChart panel(String outcome, List<Row> rows) {
    XYIntervalSeries points = new XYIntervalSeries("mu*, sigma");
    double max = 0;
    for (Row r : rows) {
      if (Double.isFinite(r.muStar()) && Double.isFinite(r.sigma())) {
        double lo = Double.isFinite(r.low()) ? r.low() : r.muStar();
        double hi = Double.isFinite(r.high()) ? r.high() : r.muStar();
        points.add(r.muStar(), lo, hi, r.sigma(), r.sigma(), r.sigma());
        max = Math.max(max, Math.max(hi, r.sigma()));
      }
    }
    double top = max <= 0 ? 1 : max * 1.15;
    XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
    data.addSeries(points);
    XYErrorRenderer renderer = new XYErrorRenderer();
    renderer.setDrawYError(false);
    renderer.setDefaultLinesVisible(false);
    renderer.setDefaultShapesVisible(true);
    renderer.setSeriesPaint(0, Color.BLACK);
    renderer.setErrorPaint(Color.BLACK);
    renderer.setCapLength(5);
    // Room on the right for the labels of the most influential parameters.
    // About five ticks: mu* and sigma may be a few hundredths (two fixed ticks) or hundreds.
    NumberAxis x = new NumberAxis("mu* (mean absolute elementary effect)");
    x.setRange(0, top * 1.35);
    x.setTickUnit(niceTicks(top * 1.35));
    ChartStyle.style(x);
    NumberAxis y = new NumberAxis("sigma (sd of elementary effects)");
    y.setRange(0, top);
    y.setTickUnit(niceTicks(top));
    ChartStyle.style(y);
    XYPlot plot = new XYPlot(data, x, y, renderer);
    ChartStyle.style(plot);
    plot.addAnnotation(new XYLineAnnotation(0, 0, top, top, new BasicStroke(1f,
        BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 4f}, 0f),
        Color.GRAY));
    for (Row r : rows) {
      if (Double.isFinite(r.muStar()) && Double.isFinite(r.sigma())) {
        XYTextAnnotation label = new XYTextAnnotation(" " + shortName(r.parameter(), rows),
            r.muStar(), r.sigma());
        label.setTextAnchor(TextAnchor.BOTTOM_LEFT);
        label.setFont(Palette.MARKER);
        plot.addAnnotation(label);
      }
    }
    return ChartStyle.panel(outcome, plot);
  }

  /** A tick unit of 1, 2, 2.5 or 5 times a power of ten giving four to eight ticks over the range. */
  static org.jfree.chart.axis.NumberTickUnit niceTicks(double range) {
    double raw = range / 5;
    double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
    double step = magnitude;
    for (double m : new double[] {1, 2, 2.5, 5, 10}) {
      if (m * magnitude >= raw) {
        step = m * magnitude;
        break;
      }
    }
    int decimals = (int) Math.max(0, -Math.floor(Math.log10(step) + 1e-9) + (step / magnitude == 2.5 ? 1 : 0));
    return new org.jfree.chart.axis.NumberTickUnit(step,
        new java.text.DecimalFormat(decimals == 0 ? "0" : "0." + "0".repeat(decimals)));
  }

  /**
   * The last segment of a dotted parameter path, or the last two when another parameter of the
   * panel ends in the same segment.
   */
  static String shortName(String parameter, List<Row> rows) {
    String last = last(parameter, 1);
    long same = rows.stream().filter(r -> last(r.parameter(), 1).equals(last)).count();
    return same > 1 ? last(parameter, 2) : last;
  }

  private static String last(String parameter, int segments) {
    String[] parts = parameter.split("\\.");
    int from = Math.max(0, parts.length - segments);
    return String.join(".", java.util.Arrays.asList(parts).subList(from, parts.length));
  }
}
