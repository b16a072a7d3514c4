package org.rissim.chart;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;

/**
 * Small multiples of a comparison: one panel per practice (title in the practice's colour),
 * the base scenario (black, solid) and each counterfactual (its own colour and dash) as mean
 * lines of the regional understanding with bands, and the base's global standard g as a grey
 * dotted reference line. The vertical axis starts a tenth below the lowest value drawn.
 */
public final class CompareChart {
  private CompareChart() {}

  /**
   * Builds the figure.
   *
   * @param scenarios scenario name to its table, base first
   * @param practices practices in institution order
   * @param title     figure title
   * @param bandLabel legend text of the bands
   */
  public static Figure build(Map<String, TimeTable> scenarios,
      List<ResultFolder.Practice> practices, String title, String bandLabel) {
    if (practices.isEmpty()) {
      throw new IllegalArgumentException("no practices (r.<practice> columns) to compare");
    }
    List<String> names = new ArrayList<>(scenarios.keySet());
    List<JFreeChart> panels = new ArrayList<>();
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (TimeTable t : scenarios.values()) {
      for (double v : ChartStyle.years(t)) {
        lo = Math.min(lo, v);
        hi = Math.max(hi, v + 1.0 / 12);
      }
    }
    for (int i = 0; i < practices.size(); i++) {
      ResultFolder.Practice p = practices.get(i);
      XYPlot plot = new XYPlot();
      ChartStyle.style(plot);
      NumberAxis time = ChartStyle.yearAxis();
      time.setRange(lo, hi);
      plot.setDomainAxis(time);
      // Short: the axis of one panel of a one-column figure is about 300 units tall.
      plot.setRangeAxis(ChartStyle.valueAxis("r (1 = strictest)",
          lowerBound(scenarios.values(), p), 1.02));
      plot.setDatasetRenderingOrder(DatasetRenderingOrder.REVERSE);
      TimeTable base = scenarios.get(names.get(0));
      if (base.has("g." + p.id())) {
        ChartStyle.addLine(plot, "g", ChartStyle.years(base), base.mean("g." + p.id()), null,
            null, Color.GRAY, Palette.DOTTED);
      }
      for (int s = 0; s < names.size(); s++) {
        TimeTable t = scenarios.get(names.get(s));
        String col = "r." + p.id();
        if (!t.has(col)) {
          continue;
        }
        ChartStyle.addLine(plot, names.get(s), ChartStyle.years(t), t.mean(col), t.low(col),
            t.high(col), colour(s, practices.size()),
            s == 0 ? Palette.SOLID : Palette.scenarioStroke(s - 1));
      }
      JFreeChart chart = ChartStyle.panel(p.label(), plot);
      chart.getTitle().setPaint(Palette.practice(i));
      panels.add(chart);
    }
    List<Figure.Key> legend = new ArrayList<>();
    for (int s = 0; s < names.size(); s++) {
      legend.add(new Figure.Key(names.get(s) + (s == 0 ? " (base)" : ""),
          colour(s, practices.size()), s == 0 ? Palette.SOLID : Palette.scenarioStroke(s - 1)));
    }
    legend.add(new Figure.Key("global standard g (base)", Color.GRAY, Palette.DOTTED));
    legend.add(new Figure.Key(bandLabel + ", in the scenario's colour", new Color(0, 0, 0, 46),
        null));
    return new Figure(title, legend, panels, practices.size() <= 3 ? practices.size() : 2);
  }

  /** A tenth below the lowest r (or its band) or g drawn in a panel, rounded down, at least 0. */
  static double lowerBound(java.util.Collection<TimeTable> tables, ResultFolder.Practice p) {
    double min = 1;
    for (TimeTable t : tables) {
      for (String c : List.of("r." + p.id(), "g." + p.id())) {
        if (!t.has(c)) {
          continue;
        }
        for (double[] values : new double[][] {t.mean(c), t.low(c)}) {
          if (values == null) {
            continue;
          }
          for (double v : values) {
            if (Double.isFinite(v)) {
              min = Math.min(min, v);
            }
          }
        }
      }
    }
    return Math.max(0, Math.floor((min - 0.05) * 10) / 10);
  }

  private static Color colour(int scenario, int practiceCount) {
    return scenario == 0 ? Color.BLACK : Palette.scenario(scenario - 1, practiceCount);
  }
}
