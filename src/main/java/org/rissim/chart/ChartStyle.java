package org.rissim.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.awt.Stroke;
import java.text.DecimalFormat;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/** The shared look of every chart: white background, light grid, readable fonts, year axis. */
public final class ChartStyle {
  private ChartStyle() {}

  /** A time axis in fractional years, labelled with whole years. */
  public static NumberAxis yearAxis() {
    NumberAxis axis = new NumberAxis("Year");
    axis.setAutoRangeIncludesZero(false);
    axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    axis.setNumberFormatOverride(new DecimalFormat("0"));
    axis.setLowerMargin(0.0);
    axis.setUpperMargin(0.01);
    style(axis);
    return axis;
  }

  /** A value axis with the given label and fixed range. */
  public static NumberAxis valueAxis(String label, double lower, double upper) {
    NumberAxis axis = new NumberAxis(label);
    axis.setRange(lower, upper);
    if (upper - lower <= 1.5) {
      // Tenths: finer ticks crowd the axis when the figure is scaled into a paper column.
      // Every tick label with the same decimals (0.90, 0.95, 1.00 rather than 0.9, 0.95, 1).
      boolean tenths = upper - lower > 0.6;
      axis.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(tenths ? 0.1 : 0.05,
          new DecimalFormat(tenths ? "0.0" : "0.00")));
    }
    style(axis);
    return axis;
  }

  /** Applies the shared fonts and colours to an axis. */
  public static void style(ValueAxis axis) {
    axis.setLabelFont(Palette.LABEL);
    axis.setTickLabelFont(Palette.TICK);
    axis.setLabelPaint(Color.BLACK);
    axis.setTickLabelPaint(Color.BLACK);
    axis.setAxisLinePaint(Color.GRAY);
  }

  /** Applies the shared background and grid to a plot. */
  public static void style(XYPlot plot) {
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinePaint(Palette.GRID);
    plot.setRangeGridlinePaint(Palette.GRID);
    plot.setDomainGridlineStroke(new BasicStroke(0.8f));
    plot.setRangeGridlineStroke(new BasicStroke(0.8f));
    plot.setOutlinePaint(Color.GRAY);
    plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
  }

  /** Applies the shared chart background and title font. */
  public static JFreeChart style(JFreeChart chart) {
    chart.setBackgroundPaint(Color.WHITE);
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(true);
    TextTitle title = chart.getTitle();
    if (title != null) {
      title.setFont(Palette.TITLE);
    }
    if (chart.getLegend() != null) {
      chart.getLegend().setItemFont(Palette.TICK);
      chart.getLegend().setBackgroundPaint(Color.WHITE);
      chart.getLegend().setFrame(org.jfree.chart.block.BlockBorder.NONE);
    }
    return chart;
  }

  /** A panel chart (small multiple) with a smaller title and no legend of its own. */
  public static JFreeChart panel(String title, XYPlot plot) {
    JFreeChart chart = new JFreeChart(title, Palette.SUBTITLE, plot, false);
    style(chart);
    chart.getTitle().setFont(Palette.SUBTITLE);
    chart.setPadding(new RectangleInsets(4, 4, 4, 8));
    return chart;
  }

  /**
   * Adds one line (and, when low/high are given, a shaded band) to the plot as its own
   * dataset; NaN values leave gaps.
   */
  public static void addLine(XYPlot plot, String key, double[] x, double[] y, double[] low,
      double[] high, Paint paint, Stroke stroke) {
    int index = plot.getDatasetCount();
    if (low != null && high != null) {
      YIntervalSeriesCollection data = new YIntervalSeriesCollection();
      YIntervalSeries segment = null;
      int part = 0;
      for (int t = 0; t < x.length; t++) {
        boolean ok = Double.isFinite(y[t]) && Double.isFinite(low[t]) && Double.isFinite(high[t]);
        if (!ok) {
          segment = null;
          continue;
        }
        if (segment == null) {
          segment = new YIntervalSeries(key + "#" + part++, false, true);
          data.addSeries(segment);
        }
        segment.add(x[t], y[t], low[t], high[t]);
      }
      DeviationRenderer renderer = new DeviationRenderer(true, false);
      renderer.setAlpha(0.18f);
      renderer.setDefaultSeriesVisibleInLegend(false);
      for (int s = 0; s < data.getSeriesCount(); s++) {
        renderer.setSeriesPaint(s, paint);
        renderer.setSeriesFillPaint(s, paint);
        renderer.setSeriesStroke(s, stroke);
      }
      plot.setDataset(index, data);
      plot.setRenderer(index, renderer);
    } else {
      XYSeries series = new XYSeries(key, false, true);
      for (int t = 0; t < x.length; t++) {
        series.add(x[t], Double.isFinite(y[t]) ? Double.valueOf(y[t]) : null);
      }
      XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
      renderer.setSeriesPaint(0, paint);
      renderer.setSeriesStroke(0, stroke);
      renderer.setDrawSeriesLineAsPath(true);
      plot.setDataset(index, new XYSeriesCollection(series));
      plot.setRenderer(index, renderer);
    }
  }

  /** Fractional years of the months of a table. */
  public static double[] years(TimeTable table) {
    return table.months().stream().mapToDouble(TimeTable::year).toArray();
  }
}
