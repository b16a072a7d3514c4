package org.rissim.chart;

import java.awt.Color;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * The mean of an outcome per cell of two swept parameters: a grid parameter (at most
 * {@link #MAX_LEVELS} distinct values) keeps its levels, drawn as equal cells named by their
 * values; a continuous one is cut into equal bins. Each cell shows its mean and its n.
 */
public final class HeatmapChart {
  /** A parameter with at most this many distinct values is treated as a grid, not binned. */
  public static final int MAX_LEVELS = 12;

  private HeatmapChart() {}

  /** How one parameter's values map to cells: cell centres and a common cell width. */
  record Axis(double[] centres, double width, boolean binned) {
    int cell(double v) {
      if (binned) {
        double lo = centres[0] - width / 2;
        return (int) Math.min(centres.length - 1, Math.max(0, Math.floor((v - lo) / width)));
      }
      int best = 0;
      for (int i = 1; i < centres.length; i++) {
        if (Math.abs(centres[i] - v) < Math.abs(centres[best] - v)) {
          best = i;
        }
      }
      return best;
    }

    static Axis of(double[] values, int bins) {
      TreeSet<Double> distinct = new TreeSet<>();
      for (double v : values) {
        distinct.add(v);
      }
      if (distinct.size() <= MAX_LEVELS) {
        double[] c = distinct.stream().mapToDouble(Double::doubleValue).toArray();
        double w = 1;
        for (int i = 1; i < c.length; i++) {
          w = i == 1 ? c[1] - c[0] : Math.min(w, c[i] - c[i - 1]);
        }
        return new Axis(c, c.length == 1 ? Math.max(1e-9, Math.abs(c[0]) * 0.1 + 0.1) : w, false);
      }
      double lo = distinct.first();
      double hi = distinct.last();
      double w = (hi - lo) / bins;
      double[] c = new double[bins];
      for (int i = 0; i < bins; i++) {
        c[i] = lo + (i + 0.5) * w;
      }
      return new Axis(c, w, true);
    }
  }

  /**
   * Builds the heatmap from a sweep's {@code runs.csv}.
   *
   * @param runs   the runs file
   * @param x      parameter path on the horizontal axis
   * @param y      parameter path on the vertical axis
   * @param metric outcome column
   * @param bins   bins per continuous parameter
   * @param title  chart title (null: derived)
   */
  public static Figure build(Path runs, String x, String y, String metric, int bins, String title)
      throws IOException {
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    List<double[]> rows = new ArrayList<>();
    try (Reader in = Files.newBufferedReader(runs, StandardCharsets.UTF_8);
         CSVParser parser = CSVParser.parse(in, format)) {
      for (String need : List.of(x, y, metric)) {
        if (!parser.getHeaderNames().contains(need)) {
          throw new IllegalArgumentException(runs + " has no column '" + need + "' (columns: "
              + String.join(", ", parser.getHeaderNames()) + ")");
        }
      }
      int line = 1;
      for (CSVRecord r : parser) {
        line++;
        double[] v = {
          RunTable.parseNumber(r.get(x), runs, line, x),
          RunTable.parseNumber(r.get(y), runs, line, y),
          RunTable.parseNumber(r.get(metric), runs, line, metric)};
        if (Double.isFinite(v[0]) && Double.isFinite(v[1]) && Double.isFinite(v[2])) {
          rows.add(v);
        }
      }
    }
    if (rows.isEmpty()) {
      throw new IllegalArgumentException(runs + ": no run has finite values of " + x + ", " + y
          + " and " + metric);
    }
    Axis ax = Axis.of(rows.stream().mapToDouble(r -> r[0]).toArray(), bins);
    Axis ay = Axis.of(rows.stream().mapToDouble(r -> r[1]).toArray(), bins);
    SummaryStatistics[][] cells = new SummaryStatistics[ax.centres().length][ay.centres().length];
    for (double[] r : rows) {
      int i = ax.cell(r[0]);
      int j = ay.cell(r[1]);
      if (cells[i][j] == null) {
        cells[i][j] = new SummaryStatistics();
      }
      cells[i][j].addValue(r[2]);
    }
    List<double[]> xyz = new ArrayList<>();
    List<double[]> shown = new ArrayList<>();
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < cells.length; i++) {
      for (int j = 0; j < cells[i].length; j++) {
        if (cells[i][j] != null) {
          double m = cells[i][j].getMean();
          // A grid axis is drawn in level space (cell i at i), named by its levels.
          double cx = ax.binned() ? ax.centres()[i] : i;
          double cy = ay.binned() ? ay.centres()[j] : j;
          xyz.add(new double[] {cx, cy, m});
          shown.add(new double[] {cx, cy, m, cells[i][j].getN()});
          lo = Math.min(lo, m);
          hi = Math.max(hi, m);
        }
      }
    }
    DefaultXYZDataset data = new DefaultXYZDataset();
    data.addSeries("mean", new double[][] {
        xyz.stream().mapToDouble(v -> v[0]).toArray(),
        xyz.stream().mapToDouble(v -> v[1]).toArray(),
        xyz.stream().mapToDouble(v -> v[2]).toArray()});
    ViridisScale scale = new ViridisScale(lo, hi);
    XYBlockRenderer renderer = new XYBlockRenderer();
    renderer.setBlockWidth(ax.binned() ? ax.width() : 1);
    renderer.setBlockHeight(ay.binned() ? ay.width() : 1);
    renderer.setPaintScale(scale);
    NumberAxis xAxis = axis(x, ax);
    NumberAxis yAxis = axis(y, ay);
    XYPlot plot = new XYPlot(data, xAxis, yAxis, renderer);
    // The number of runs per cell: once in a subtitle when every cell has the same, else in
    // each cell under its value (a cell at one column's width holds about seven characters).
    long[] counts = shown.stream().mapToLong(c -> (long) c[3]).distinct().toArray();
    boolean sameN = counts.length == 1;
    for (double[] c : shown) {
      // Cell values for readers in greyscale print: white on the dark half of the scale.
      Color ink = c[2] < (lo + hi) / 2 ? Color.WHITE : Color.BLACK;
      XYTextAnnotation value = new XYTextAnnotation(String.format(java.util.Locale.ROOT,
          "%.3g", c[2]), c[0], c[1]);
      value.setFont(Palette.MARKER);
      value.setPaint(ink);
      if (!sameN) {
        value.setTextAnchor(org.jfree.chart.ui.TextAnchor.BOTTOM_CENTER);
        XYTextAnnotation n = new XYTextAnnotation("n=" + (long) c[3], c[0], c[1]);
        n.setFont(Palette.MARKER);
        n.setPaint(ink);
        n.setTextAnchor(org.jfree.chart.ui.TextAnchor.TOP_CENTER);
        plot.addAnnotation(n);
      }
      plot.addAnnotation(value);
    }
    ChartStyle.style(plot);
    plot.setBackgroundPaint(new Color(0xF2F2F2));
    plot.setDomainGridlinesVisible(false);
    plot.setRangeGridlinesVisible(false);
    String t = title != null ? title : "Mean " + metric + " by " + x + " and " + y;
    JFreeChart chart = new JFreeChart(t, Palette.TITLE, plot, false);
    ChartStyle.style(chart);
    NumberAxis legendAxis = new NumberAxis("mean " + metric);
    ChartStyle.style(legendAxis);
    legendAxis.setRange(scale.getLowerBound(), scale.getUpperBound());
    legendAxis.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(
        niceStep((scale.getUpperBound() - scale.getLowerBound()) / 6)));
    PaintScaleLegend legend = new PaintScaleLegend(scale, legendAxis);
    legend.setPosition(RectangleEdge.RIGHT);
    legend.setStripWidth(18);
    legend.setSubdivisionCount(64);
    legend.setMargin(new RectangleInsets(10, 10, 10, 10));
    legend.setBackgroundPaint(Color.WHITE);
    chart.addSubtitle(legend);
    if (sameN) {
      org.jfree.chart.title.TextTitle perCell = new org.jfree.chart.title.TextTitle(
          "n = " + counts[0] + (counts[0] == 1 ? " run" : " runs") + " in every cell; light grey: no run",
          Palette.TICK);
      perCell.setPosition(RectangleEdge.TOP);
      chart.addSubtitle(perCell);
    }
    chart.setPadding(new RectangleInsets(6, 8, 8, 8));
    return Figure.of(chart);
  }

  /** A numeric axis for a binned parameter, a level axis (named cells) for a grid parameter. */
  private static NumberAxis axis(String label, Axis a) {
    NumberAxis axis;
    if (a.binned()) {
      axis = new NumberAxis(label + " (binned)");
      double lo = a.centres()[0] - a.width() / 2;
      double hi = a.centres()[a.centres().length - 1] + a.width() / 2;
      axis.setRange(lo, hi);
      // About six ticks: one per bin boundary crowds the axis (40 labels for 10 bins).
      axis.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(niceStep((hi - lo) / 6)));
    } else {
      String[] names = java.util.Arrays.stream(a.centres())
          .mapToObj(v -> new java.math.BigDecimal(String.format(java.util.Locale.ROOT, "%.6g", v))
              .stripTrailingZeros().toPlainString()).toArray(String[]::new);
      SymbolAxis levels = new SymbolAxis(label, names);
      levels.setGridBandsVisible(false);
      levels.setRange(-0.5, names.length - 0.5);
      axis = levels;
    }
    axis.setAutoRangeIncludesZero(false);
    axis.setLowerMargin(0);
    axis.setUpperMargin(0);
    ChartStyle.style(axis);
    return axis;
  }

  /** The smallest step of the form 1, 2 or 5 times a power of ten that is at least {@code raw}. */
  static double niceStep(double raw) {
    double power = Math.pow(10, Math.floor(Math.log10(raw)));
    for (double m : new double[] {1, 2, 5, 10}) {
      if (m * power >= raw) {
        return m * power;
      }
    }
    return 10 * power;
  }
}
