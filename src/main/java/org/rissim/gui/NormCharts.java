package org.rissim.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Stroke;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.rissim.model.RegionModel;
import org.rissim.model.SecondaryInstitution;
import org.rissim.scenario.PracticeSpec;

/**
 * The live charts: norm drift (regional understanding r per practice, global standard g dashed,
 * acceptance of the constitutive principle) and the bodies' legitimacy and cohesion. The model
 * thread samples a month with {@link #record}; the series change only on the event thread.
 */
public final class NormCharts {
  private static final Stroke SOLID = new BasicStroke(2f);
  private static final Stroke DASHED = new BasicStroke(1.5f, BasicStroke.CAP_BUTT,
      BasicStroke.JOIN_ROUND, 1f, new float[] {6f, 4f}, 0f);
  private static final Stroke THICK = new BasicStroke(3f);

  private final XYSeriesCollection drift = new XYSeriesCollection();
  private final XYSeriesCollection legitimacyGlobal = new XYSeriesCollection();
  private final XYSeriesCollection legitimacyRegional = new XYSeriesCollection();
  private final XYSeriesCollection cohesion = new XYSeriesCollection();
  private final XYLineAndShapeRenderer driftRenderer = new XYLineAndShapeRenderer(true, false);
  private final List<XYLineAndShapeRenderer> bodyRenderers = new ArrayList<>();
  private final JFreeChart driftChart;
  private final JFreeChart bodyChart;

  /** Empty charts; {@link #start} sets up their series for a run. */
  public NormCharts() {
    XYPlot driftPlot = new XYPlot(drift, yearAxis(), unitAxis("value"), driftRenderer);
    style(driftPlot);
    driftChart = new JFreeChart("Norm drift: r regional (solid), g global (dashed)",
        JFreeChart.DEFAULT_TITLE_FONT, driftPlot, true);
    driftChart.setBackgroundPaint(Color.WHITE);
    CombinedDomainXYPlot bodies = new CombinedDomainXYPlot(yearAxis());
    String[] labels = {"legit. global", "legit. regional", "cohesion"};
    XYSeriesCollection[] data = {legitimacyGlobal, legitimacyRegional, cohesion};
    for (int i = 0; i < labels.length; i++) {
      XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
      // One legend entry per body: only the first subplot contributes to the legend.
      r.setDefaultSeriesVisibleInLegend(i == 0);
      bodyRenderers.add(r);
      XYPlot sub = new XYPlot(data[i], null, unitAxis(labels[i]), r);
      style(sub);
      bodies.add(sub);
    }
    bodyChart = new JFreeChart("Secondary institutions: legitimacy and cohesion",
        JFreeChart.DEFAULT_TITLE_FONT, bodies, true);
    bodyChart.setBackgroundPaint(Color.WHITE);
  }

  private static NumberAxis yearAxis() {
    NumberAxis x = new NumberAxis("year");
    x.setAutoRangeIncludesZero(false);
    // Years as 1992, not 1,992 (the default format groups thousands).
    x.setNumberFormatOverride(new DecimalFormat("0", DecimalFormatSymbols.getInstance(Locale.ROOT)));
    // Whole years only: early in a run the range is short and ticks fell on 1992.5.
    x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    return x;
  }

  private static NumberAxis unitAxis(String label) {
    NumberAxis y = new NumberAxis(label);
    y.setRange(0, 1.02);
    return y;
  }

  private static void style(XYPlot plot) {
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
    plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
  }

  /** The norm-drift chart. */
  public JFreeChart driftChart() {
    return driftChart;
  }

  /** The bodies' legitimacy and cohesion chart. */
  public JFreeChart bodyChart() {
    return bodyChart;
  }

  /** The two chart windows, ready to register with the Console. */
  public List<JFrame> frames() {
    return List.of(frame("Norm drift", driftChart), frame("Bodies", bodyChart));
  }

  private static JFrame frame(String title, JFreeChart chart) {
    JFrame f = new JFrame(title);
    ChartPanel panel = new ChartPanel(chart);
    panel.setPreferredSize(new java.awt.Dimension(640, 420));
    f.getContentPane().add(panel);
    f.pack();
    return f;
  }

  /** Empties the charts and sets up one series per practice and per body of a started model. */
  public void start(RegionModel m) {
    List<String> practices = new ArrayList<>();
    for (PracticeSpec p : m.institution().practices()) {
      practices.add(p.label());
    }
    List<String> bodies = new ArrayList<>();
    for (SecondaryInstitution b : m.bodies()) {
      bodies.add(b.id());
    }
    SwingUtilities.invokeLater(() -> {
      drift.removeAllSeries();
      int n = practices.size();
      for (int p = 0; p < n; p++) {
        drift.addSeries(new XYSeries("r " + practices.get(p)));
        driftRenderer.setSeriesPaint(p, Palette.series(p));
        driftRenderer.setSeriesStroke(p, SOLID);
      }
      for (int p = 0; p < n; p++) {
        drift.addSeries(new XYSeries("g " + practices.get(p)));
        driftRenderer.setSeriesPaint(n + p, Palette.series(p));
        driftRenderer.setSeriesStroke(n + p, DASHED);
      }
      drift.addSeries(new XYSeries("principle acceptance"));
      driftRenderer.setSeriesPaint(2 * n, Palette.BLACK);
      driftRenderer.setSeriesStroke(2 * n, THICK);
      XYSeriesCollection[] data = {legitimacyGlobal, legitimacyRegional, cohesion};
      for (int k = 0; k < data.length; k++) {
        data[k].removeAllSeries();
        for (int b = 0; b < bodies.size(); b++) {
          data[k].addSeries(new XYSeries(bodies.get(b)));
          bodyRenderers.get(k).setSeriesPaint(b, Palette.series(b));
          bodyRenderers.get(k).setSeriesStroke(b, SOLID);
        }
      }
    });
  }

  /** Samples this month's values (model thread) and adds them to the series (event thread). */
  public void record(RegionModel m) {
    double x = year(m);
    double[] r = m.regional().clone();
    double[] g = m.institution().global().clone();
    double acceptance = m.institution().principleAcceptance();
    int nb = m.bodies().size();
    double[][] bodies = new double[3][nb];
    for (int b = 0; b < nb; b++) {
      SecondaryInstitution s = m.bodies().get(b);
      boolean exists = s.exists();
      bodies[0][b] = exists ? s.legitimacyGlobal() : Double.NaN;
      bodies[1][b] = exists ? s.legitimacyRegional() : Double.NaN;
      bodies[2][b] = exists ? s.cohesion() : Double.NaN;
    }
    SwingUtilities.invokeLater(() -> {
      int n = r.length;
      if (drift.getSeriesCount() != 2 * n + 1) {
        return;
      }
      for (int p = 0; p < n; p++) {
        drift.getSeries(p).add(x, r[p]);
        drift.getSeries(n + p).add(x, g[p]);
      }
      drift.getSeries(2 * n).add(x, acceptance);
      XYSeriesCollection[] data = {legitimacyGlobal, legitimacyRegional, cohesion};
      for (int k = 0; k < data.length; k++) {
        for (int b = 0; b < nb && b < data[k].getSeriesCount(); b++) {
          // A body not founded yet has no point (rather than a gap-making NaN).
          if (!Double.isNaN(bodies[k][b])) {
            data[k].getSeries(b).add(x, bodies[k][b]);
          }
        }
      }
    });
  }

  /** The current month as a decimal year (January 1992 = 1992.0). */
  static double year(RegionModel m) {
    return m.month().getYear() + (m.month().getMonthValue() - 1) / 12.0;
  }
}
