package org.rissim.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Stroke;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;

/**
 * The norm-drift chart: regional understanding r (solid) and global standard g (dashed) of each
 * reproducing practice, the principle's acceptance, months classified change-in / change-of
 * shaded, and labelled markers for scripted crises, foundings and passed recognition votes.
 */
public final class DriftChart {
  /** Largest number of label rows in the event track before labels may overlap. */
  private static final int MAX_ROWS = 8;
  /** Height of one label row in pixels. */
  private static final int ROW_PX = 16;
  /** Approximate horizontal space taken by the range axis and padding, in pixels. */
  private static final int AXIS_PX = 90;

  private DriftChart() {}

  /**
   * Builds the figure.
   *
   * @param table     the run's series (a band is drawn when the table has one)
   * @param practices practices in institution order (their colours)
   * @param markers   events to mark
   * @param title     figure title
   * @param bandLabel legend text of the band, or null for a single run
   * @param width     target width in pixels (to stagger labels)
   * @param height    target height in pixels (to size the event track)
   */
  public static Figure build(TimeTable table, List<ResultFolder.Practice> practices,
      List<EventMarker> markers, String title, String bandLabel, int width, int height) {
    return build(table, practices, markers, title, bandLabel, width, height,
        org.rissim.scenario.InstitutionSpec.Vocabulary.DEFAULT.opportunity());
  }

  /**
   * The drift figure, with the institution's word for its opportunities in the legend.
   *
   * @param opportunity the word for an opportunity (scripted ones are marked), e.g. crisis
   */
  public static Figure build(TimeTable table, List<ResultFolder.Practice> practices,
      List<EventMarker> markers, String title, String bandLabel, int width, int height,
      String opportunity) {
    double[] x = ChartStyle.years(table);
    if (x.length == 0) {
      throw new IllegalArgumentException("the series has no months");
    }
    double x0 = x[0];
    double x1 = x[x.length - 1] + 1.0 / 12;
    NumberAxis time = ChartStyle.yearAxis();
    time.setRange(x0, x1);

    XYPlot main = new XYPlot();
    ChartStyle.style(main);
    // The axis starts a little below the lowest value drawn (at 0 at most), so the lines use the
    // height of the figure instead of leaving its lower half empty; the ticks show where it starts.
    NumberAxis strength = ChartStyle.valueAxis("Strength (1 = strictest reading)",
        lowerBound(table, practices), 1.02);
    // Tenths: finer automatic ticks crowd the axis when the figure is scaled into a paper column.
    strength.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(0.1,
        new java.text.DecimalFormat("0.0")));
    main.setRangeAxis(strength);
    main.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
    int[] codes = table.classification();
    double changeInShare = share(codes, 1);
    // A change-in shading over most months says nothing and hides the grid: then only
    // change-of is shaded and the legend gives the share of change-in months instead.
    boolean shadeChangeIn = changeInShare <= 0.5;
    shadeClassification(main, x, codes, shadeChangeIn);
    for (EventMarker m : markers) {
      main.addDomainMarker(line(m), Layer.BACKGROUND);
    }
    List<Figure.Key> legend = new ArrayList<>();
    for (int i = 0; i < practices.size(); i++) {
      ResultFolder.Practice p = practices.get(i);
      Color colour = Palette.practice(i);
      if (table.has("g." + p.id())) {
        ChartStyle.addLine(main, "g." + p.id(), x, table.mean("g." + p.id()), null, null,
            colour, Palette.DASHED);
      }
      if (table.has("r." + p.id())) {
        ChartStyle.addLine(main, "r." + p.id(), x, table.mean("r." + p.id()),
            table.low("r." + p.id()), table.high("r." + p.id()), colour, Palette.SOLID);
      }
      legend.add(new Figure.Key(p.label(), colour, Palette.SOLID));
    }
    if (table.has("principle.acceptance")) {
      ChartStyle.addLine(main, "principle", x, table.mean("principle.acceptance"), null, null,
          Palette.NEUTRAL, Palette.DASH_DOT);
    }
    legend.add(new Figure.Key("regional understanding r", Palette.NEUTRAL, Palette.SOLID));
    legend.add(new Figure.Key("global standard g", Palette.NEUTRAL, Palette.DASHED));
    if (table.has("principle.acceptance")) {
      legend.add(new Figure.Key("principle acceptance", Palette.NEUTRAL, Palette.DASH_DOT));
    }
    if (bandLabel != null) {
      Color first = Palette.practice(0);
      legend.add(new Figure.Key(bandLabel + ", in the practice's colour",
          new Color(first.getRed(), first.getGreen(), first.getBlue(), 46), null));
    }
    if (shadeChangeIn) {
      legend.add(new Figure.Key("change-in", Palette.CHANGE_IN, null));
    } else {
      legend.add(new Figure.Key(String.format(java.util.Locale.ROOT,
          "change-in in %.0f%% of months (not shaded)", 100 * changeInShare), Color.WHITE,
          new java.awt.BasicStroke(0f)));
    }
    legend.add(new Figure.Key(share(codes, 2) > 0 ? "change-of" : "change-of: no month",
        Palette.CHANGE_OF, null));
    if (markers.stream().anyMatch(m -> m.kind() == EventMarker.Kind.CRISIS)) {
      legend.add(new Figure.Key("scripted " + opportunity, Palette.CRISIS,
          stroke(EventMarker.Kind.CRISIS)));
    }
    if (markers.stream().anyMatch(m -> m.kind() == EventMarker.Kind.FOUNDING)) {
      legend.add(new Figure.Key("founding", Palette.FOUNDING, stroke(EventMarker.Kind.FOUNDING)));
    }
    if (markers.stream().anyMatch(m -> m.kind() == EventMarker.Kind.RECOGNITION)) {
      legend.add(new Figure.Key("recognition vote passed", Palette.RECOGNITION,
          stroke(EventMarker.Kind.RECOGNITION)));
    }

    CombinedDomainXYPlot combined = new CombinedDomainXYPlot(time);
    combined.setGap(2);
    if (!markers.isEmpty()) {
      XYPlot track = eventTrack(markers, x0, x1, width);
      int trackPx = ((int) track.getRangeAxis().getUpperBound()) * ROW_PX + 6;
      int mainPx = Math.max(100, height - 220 - trackPx);
      combined.add(track, trackPx);
      combined.add(main, mainPx);
    } else {
      combined.add(main, 1);
    }
    JFreeChart chart = new JFreeChart(null, Palette.TITLE, combined, false);
    ChartStyle.style(chart);
    chart.setPadding(new RectangleInsets(4, 8, 8, 16));
    return new Figure(title, legend, List.of(chart), 1);
  }

  /** Share of months with this classification code (0 for no months). */
  static double share(int[] codes, int code) {
    if (codes.length == 0) {
      return 0;
    }
    long n = java.util.Arrays.stream(codes).filter(c -> c == code).count();
    return (double) n / codes.length;
  }

  /**
   * The lower end of the strength axis: 0.05 below the lowest value drawn (lines and bands),
   * rounded down to a tenth, and never below 0.
   */
  static double lowerBound(TimeTable table, List<ResultFolder.Practice> practices) {
    double min = 1;
    List<double[]> drawn = new ArrayList<>();
    for (ResultFolder.Practice p : practices) {
      for (String c : List.of("g." + p.id(), "r." + p.id())) {
        if (table.has(c)) {
          drawn.add(table.mean(c));
          if (table.low(c) != null) {
            drawn.add(table.low(c));
          }
        }
      }
    }
    if (table.has("principle.acceptance")) {
      drawn.add(table.mean("principle.acceptance"));
    }
    for (double[] values : drawn) {
      for (double v : values) {
        if (Double.isFinite(v)) {
          min = Math.min(min, v);
        }
      }
    }
    return Math.max(0, Math.floor((min - 0.05) * 10) / 10);
  }

  /** Shades consecutive months of change-in and change-of in the plot's background. */
  static void shadeClassification(XYPlot plot, double[] x, int[] codes) {
    shadeClassification(plot, x, codes, true);
  }

  /** As {@link #shadeClassification(XYPlot, double[], int[])}, change-in only if asked. */
  static void shadeClassification(XYPlot plot, double[] x, int[] codes, boolean changeIn) {
    int t = 0;
    while (t < codes.length) {
      int code = codes[t];
      int end = t;
      while (end + 1 < codes.length && codes[end + 1] == code) {
        end++;
      }
      if ((code == 1 && changeIn) || code == 2) {
        IntervalMarker band = new IntervalMarker(x[t], x[end] + 1.0 / 12);
        band.setPaint(code == 1 ? Palette.CHANGE_IN : Palette.CHANGE_OF);
        band.setOutlinePaint(null);
        plot.addDomainMarker(band, Layer.BACKGROUND);
      }
      t = end + 1;
    }
  }

  private static ValueMarker line(EventMarker m) {
    ValueMarker marker = new ValueMarker(TimeTable.year(m.month()));
    marker.setPaint(paint(m.kind()));
    marker.setStroke(stroke(m.kind()));
    return marker;
  }

  private static Paint paint(EventMarker.Kind kind) {
    return switch (kind) {
      case CRISIS -> Palette.CRISIS;
      case FOUNDING -> Palette.FOUNDING;
      case RECOGNITION -> Palette.RECOGNITION;
    };
  }

  private static Stroke stroke(EventMarker.Kind kind) {
    return switch (kind) {
      case CRISIS -> new BasicStroke(1.0f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f,
          new float[] {4f, 3f}, 0f);
      case FOUNDING -> new BasicStroke(1.6f);
      case RECOGNITION -> new BasicStroke(1.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f,
          new float[] {1f, 3f}, 0f);
    };
  }

  /**
   * The event track above the plot: each label sits in the lowest row where it does not overlap
   * an earlier label (greedy interval packing on the label's width in pixels); labels near the
   * right edge extend leftwards.
   */
  static XYPlot eventTrack(List<EventMarker> markers, double x0, double x1, int width) {
    BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
    Graphics2D g2 = scratch.createGraphics();
    g2.setFont(Palette.MARKER);
    FontMetrics fm = g2.getFontMetrics();
    double yearsPerPx = (x1 - x0) / Math.max(100, width - AXIS_PX);
    List<double[]> rowEnds = new ArrayList<>();
    XYPlot track = new XYPlot();
    ChartStyle.style(track);
    track.setDomainGridlinesVisible(false);
    track.setRangeGridlinesVisible(false);
    track.setOutlineVisible(false);
    List<EventMarker> sorted = new ArrayList<>(markers);
    sorted.sort((a, b) -> a.month().compareTo(b.month()));
    int rows = 1;
    for (EventMarker m : sorted) {
      double at = TimeTable.year(m.month());
      double span = (fm.stringWidth(m.label()) + 10) * yearsPerPx;
      boolean leftward = at + span > x1;
      double from = leftward ? at - span : at;
      double to = leftward ? at : at + span;
      int row = -1;
      for (int r = 0; r < rowEnds.size(); r++) {
        if (rowEnds.get(r)[0] <= from) {
          row = r;
          break;
        }
      }
      if (row < 0 && rowEnds.size() < MAX_ROWS) {
        rowEnds.add(new double[] {Double.NEGATIVE_INFINITY});
        row = rowEnds.size() - 1;
      } else if (row < 0) {
        // Too many events close together: reuse the row that frees up first.
        row = 0;
        for (int r = 1; r < rowEnds.size(); r++) {
          if (rowEnds.get(r)[0] < rowEnds.get(row)[0]) {
            row = r;
          }
        }
      }
      rowEnds.get(row)[0] = to;
      rows = Math.max(rows, row + 1);
      double offset = 3 * yearsPerPx;
      XYTextAnnotation text = new XYTextAnnotation(m.label(),
          leftward ? at - offset : at + offset, row + 0.5);
      text.setFont(Palette.MARKER);
      text.setPaint(Color.BLACK);
      text.setTextAnchor(leftward ? TextAnchor.HALF_ASCENT_RIGHT : TextAnchor.HALF_ASCENT_LEFT);
      track.addAnnotation(text);
      track.addDomainMarker(line(m), Layer.BACKGROUND);
    }
    g2.dispose();
    NumberAxis axis = new NumberAxis();
    axis.setRange(0, rows);
    axis.setVisible(false);
    track.setRangeAxis(axis);
    return track;
  }
}
