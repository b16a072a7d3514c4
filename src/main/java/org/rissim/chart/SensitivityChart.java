package org.rissim.chart;

import java.awt.Color;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Sobol sensitivity indices from {@code analysis/sobol.csv}: per outcome, first-order (S1,
 * light) and total-order (ST, dark) index of each parameter as horizontal bars with 95%
 * bootstrap whiskers, parameters sorted by ST (largest on top).
 */
public final class SensitivityChart {
  /** Fill of first-order bars. */
  static final Color FIRST = new Color(0xAAAAAA);
  /** Fill of total-order bars. */
  static final Color TOTAL = new Color(0x444444);

  /**
   * Axis limits: indices lie in [0, 1]; bootstrap intervals far outside it only say that the
   * sample is too small, and would squash the bars.
   */
  static final double LOWEST = -0.5;
  /** Upper axis limit (see {@link #LOWEST}). */
  static final double HIGHEST = 1.5;

  /** One row of sobol.csv. */
  record Row(String outcome, String parameter, double s1, double s1Low, double s1High, double st,
      double stLow, double stHigh) {}

  private SensitivityChart() {}

  /** Reads sobol.csv rows grouped by outcome, in file order. */
  static Map<String, List<Row>> read(Path file) throws IOException {
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    Map<String, List<Row>> out = new LinkedHashMap<>();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
         CSVParser parser = CSVParser.parse(in, format)) {
      for (String need : List.of("outcome", "parameter", "S1", "S1Low", "S1High", "ST", "STLow", "STHigh")) {
        if (!parser.getHeaderNames().contains(need)) {
          throw new IOException(file + ": missing column '" + need + "' (docs/OUTPUTS.md)");
        }
      }
      int line = 1;
      for (CSVRecord r : parser) {
        line++;
        Row row = new Row(r.get("outcome"), r.get("parameter"),
            RunTable.parseNumber(r.get("S1"), file, line, "S1"),
            RunTable.parseNumber(r.get("S1Low"), file, line, "S1Low"),
            RunTable.parseNumber(r.get("S1High"), file, line, "S1High"),
            RunTable.parseNumber(r.get("ST"), file, line, "ST"),
            RunTable.parseNumber(r.get("STLow"), file, line, "STLow"),
            RunTable.parseNumber(r.get("STHigh"), file, line, "STHigh"));
        out.computeIfAbsent(row.outcome(), k -> new ArrayList<>()).add(row);
      }
    }
    return out;
  }

  /**
   * Builds the figure.
   *
   * @param sobol   the sobol.csv file
   * @param outcome only this outcome, or null for one panel per outcome
   * @param title   figure title
   */
  public static Figure build(Path sobol, String outcome, String title) throws IOException {
    Map<String, List<Row>> all = read(sobol);
    if (all.isEmpty()) {
      throw new IllegalArgumentException(sobol + ": no indices");
    }
    if (outcome != null && !all.containsKey(outcome)) {
      throw new IllegalArgumentException(sobol + " has no outcome '" + outcome + "' (outcomes: "
          + String.join(", ", all.keySet()) + ")");
    }
    String prefix = commonPrefix(all);
    // One value range for every panel, so that bars compare across outcomes.
    double min = 0;
    double max = 1.0;
    for (List<Row> rows : all.values()) {
      for (Row r : rows) {
        for (double v : new double[] {r.s1(), r.st(), r.s1Low(), r.stLow(), r.s1High(),
            r.stHigh()}) {
          if (Double.isFinite(v)) {
            min = Math.min(min, v - 0.02);
            max = Math.max(max, v + 0.02);
          }
        }
      }
    }
    double lower = Math.max(LOWEST, min);
    double upper = Math.min(HIGHEST, max);
    List<JFreeChart> panels = new ArrayList<>();
    for (Map.Entry<String, List<Row>> e : all.entrySet()) {
      // An outcome that does not vary (e.g. cohesion of a body that never changes) has no
      // finite index: an empty panel would only take room.
      boolean finite = e.getValue().stream().anyMatch(r -> Double.isFinite(r.st()));
      if (outcome == null ? finite : outcome.equals(e.getKey())) {
        panels.add(panel(e.getKey(), e.getValue(), prefix, lower, upper));
      }
    }
    if (panels.isEmpty()) {
      throw new IllegalArgumentException(sobol + ": no outcome has a finite Sobol index");
    }
    List<Figure.Key> legend = new ArrayList<>(List.of(
        new Figure.Key("first-order S1", FIRST, null),
        new Figure.Key("total-order ST", TOTAL, null),
        new Figure.Key("95% bootstrap interval; an arrow marks one cut at the axis end",
            Color.BLACK, new java.awt.BasicStroke(1.2f))));
    if (!prefix.isEmpty()) {
      legend.add(new Figure.Key("parameters shown without the prefix " + prefix, Color.WHITE,
          new java.awt.BasicStroke(0f)));
    }
    return new Figure(title, legend, panels, columns(panels.size()));
  }

  /** A small arrow at the axis end where a whisker is cut. */
  private static org.jfree.chart.annotations.XYTextAnnotation clipped(String arrow, double row,
      double value, org.jfree.chart.ui.TextAnchor anchor) {
    org.jfree.chart.annotations.XYTextAnnotation a =
        new org.jfree.chart.annotations.XYTextAnnotation(arrow, row, value);
    a.setFont(new java.awt.Font("SansSerif", java.awt.Font.PLAIN, 9));
    a.setTextAnchor(anchor);
    return a;
  }

  /** The dotted path prefix every parameter shares (e.g. {@code parameters.}), or empty. */
  static String commonPrefix(Map<String, List<Row>> all) {
    List<String> names = all.values().stream().flatMap(List::stream).map(Row::parameter).toList();
    String prefix = names.get(0);
    for (String n : names) {
      while (!n.startsWith(prefix)) {
        prefix = prefix.substring(0, prefix.length() - 1);
      }
    }
    int dot = prefix.lastIndexOf('.');
    prefix = dot < 0 ? "" : prefix.substring(0, dot + 1);
    String p = prefix;
    // Keep at least one segment of every name.
    return names.stream().anyMatch(n -> n.length() == p.length()) ? "" : prefix;
  }

  /** Grid columns for this many panels. */
  static int columns(int panels) {
    return panels == 1 ? 1 : panels <= 4 ? 2 : 3;
  }

  /** A height in pixels that gives each row of panels about 240 pixels. */
  public static int height(Path sobol, String outcome) {
    try {
      Map<String, List<Row>> all = read(sobol);
      long n = outcome != null ? 1 : all.values().stream()
          .filter(rows -> rows.stream().anyMatch(r -> Double.isFinite(r.st()))).count();
      int rows = (int) ((n + columns((int) n) - 1) / columns((int) Math.max(1, n)));
      return Math.max(500, rows * 240 + 110);
    } catch (IOException | RuntimeException unreadable) {
      // The build step reports the real problem; any height will do here.
      return 800;
    }
  }

  private static JFreeChart panel(String outcome, List<Row> rows, String prefix, double lower,
      double upper) {
    List<Row> sorted = new ArrayList<>(rows);
    // Ascending ST: index 0 is drawn at the bottom, so the most influential parameter is on top.
    sorted.sort(Comparator.comparingDouble(r -> Double.isNaN(r.st()) ? -1 : r.st()));
    XYIntervalSeries s1 = new XYIntervalSeries("S1");
    XYIntervalSeries st = new XYIntervalSeries("ST");
    YIntervalSeries s1Ci = new YIntervalSeries("S1 CI");
    YIntervalSeries stCi = new YIntervalSeries("ST CI");
    double max = 0.1;
    double min = 0;
    for (int i = 0; i < sorted.size(); i++) {
      Row r = sorted.get(i);
      s1.add(i + 0.18, i + 0.02, i + 0.34, r.s1(), r.s1(), r.s1());
      st.add(i - 0.18, i - 0.34, i - 0.02, r.st(), r.st(), r.st());
      s1Ci.add(i + 0.18, r.s1(), r.s1Low(), r.s1High());
      stCi.add(i - 0.18, r.st(), r.stLow(), r.stHigh());
      for (double v : new double[] {r.s1High(), r.stHigh(), r.s1(), r.st()}) {
        if (Double.isFinite(v)) {
          max = Math.max(max, v);
        }
      }
      for (double v : new double[] {r.s1Low(), r.stLow(), r.s1(), r.st()}) {
        if (Double.isFinite(v)) {
          min = Math.min(min, v);
        }
      }
    }
    XYIntervalSeriesCollection bars = new XYIntervalSeriesCollection();
    bars.addSeries(s1);
    bars.addSeries(st);
    XYBarRenderer barRenderer = new XYBarRenderer();
    barRenderer.setBarPainter(new StandardXYBarPainter());
    barRenderer.setShadowVisible(false);
    barRenderer.setDrawBarOutline(false);
    barRenderer.setSeriesPaint(0, FIRST);
    barRenderer.setSeriesPaint(1, TOTAL);
    YIntervalSeriesCollection whiskers = new YIntervalSeriesCollection();
    whiskers.addSeries(s1Ci);
    whiskers.addSeries(stCi);
    XYErrorRenderer errorRenderer = new XYErrorRenderer();
    errorRenderer.setDefaultLinesVisible(false);
    errorRenderer.setDefaultShapesVisible(false);
    errorRenderer.setDrawXError(false);
    errorRenderer.setErrorPaint(Color.BLACK);
    errorRenderer.setCapLength(6);
    SymbolAxis params = new SymbolAxis(null,
        sorted.stream().map(r -> r.parameter().substring(prefix.length())).toArray(String[]::new));
    params.setGridBandsVisible(false);
    params.setRange(-0.6, sorted.size() - 0.4);
    ChartStyle.style(params);
    NumberAxis value = ChartStyle.valueAxis("Sobol index", lower, upper);
    XYPlot plot = new XYPlot(bars, params, value, barRenderer);
    for (int i = 0; i < sorted.size(); i++) {
      Row r = sorted.get(i);
      double[][] ends = {{i + 0.18, r.s1Low(), r.s1High()}, {i - 0.18, r.stLow(), r.stHigh()}};
      for (double[] w : ends) {
        if (w[1] < lower) {
          plot.addAnnotation(clipped("\u25C0", w[0], lower, org.jfree.chart.ui.TextAnchor.CENTER_LEFT));
        }
        if (w[2] > upper) {
          plot.addAnnotation(clipped("\u25B6", w[0], upper, org.jfree.chart.ui.TextAnchor.CENTER_RIGHT));
        }
      }
    }
    plot.setDataset(1, whiskers);
    plot.setRenderer(1, errorRenderer);
    plot.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.FORWARD);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    ChartStyle.style(plot);
    plot.setDomainGridlinesVisible(false);
    return ChartStyle.panel(outcome, plot);
  }
}
