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
    List<JFreeChart> panels = new ArrayList<>();
    for (Map.Entry<String, List<Row>> e : all.entrySet()) {
      if (outcome == null || outcome.equals(e.getKey())) {
        panels.add(panel(e.getKey(), e.getValue()));
      }
    }
    List<Figure.Key> legend = List.of(
        new Figure.Key("first-order S1", FIRST, null),
        new Figure.Key("total-order ST", TOTAL, null),
        new Figure.Key("95% bootstrap interval", Color.BLACK, new java.awt.BasicStroke(1.2f)));
    return new Figure(title, legend, panels, panels.size() == 1 ? 1 : 2);
  }

  private static JFreeChart panel(String outcome, List<Row> rows) {
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
        sorted.stream().map(Row::parameter).toArray(String[]::new));
    params.setGridBandsVisible(false);
    params.setRange(-0.6, sorted.size() - 0.4);
    ChartStyle.style(params);
    NumberAxis value = ChartStyle.valueAxis("Sobol index (share of output variance)",
        Math.min(0, min - 0.02), Math.max(1.0, max + 0.02));
    XYPlot plot = new XYPlot(bars, params, value, barRenderer);
    plot.setDataset(1, whiskers);
    plot.setRenderer(1, errorRenderer);
    plot.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.FORWARD);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    ChartStyle.style(plot);
    plot.setDomainGridlinesVisible(false);
    return ChartStyle.panel(outcome, plot);
  }
}
