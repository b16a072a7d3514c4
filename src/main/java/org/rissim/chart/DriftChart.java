package org.rissim.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.rissim.model.Classification;

/**
 * The norm-drift chart: regional understanding r (solid) and global standard g (dashed) of each
 * reproducing practice, the principle's acceptance, months classified change-in / change-of
 * shaded, and labelled markers for scripted crises, foundings and passed recognition votes.
 */
public final class DriftChart {
  /** Height of one label row in pixels. */
  private static final int ROW_PX = EventTrack.ROW_PX;

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

    int[] codes = table.classification();
    double changeInShare = share(codes, 1);
    // A change-in shading over most months says nothing and hides the grid: then only
    // change-of is shaded and the legend gives the share of change-in months instead.
    boolean shadeChangeIn = changeInShare <= 0.5;
    // The axis starts a little below the lowest value drawn (at 0 at most), so the lines use the
    // height of the figure instead of leaving its lower half empty; the ticks show where it starts.
    double lower = lowerBound(table, practices);
    // Replicated runs: the practices' bands overlap into one muddy area when drawn together, so
    // each practice gets its own panel (same axis) and the principle a panel of its own.
    boolean stacked = bandLabel != null && practices.size() > 1;
    List<XYPlot> plots = new ArrayList<>();
    if (!stacked) {
      XYPlot main = valuePlot("Strength (1 = strictest reading)", lower, 1.02, x, codes,
          shadeChangeIn, markers);
      for (int i = 0; i < practices.size(); i++) {
        addPractice(main, table, practices.get(i), Palette.practice(i), x);
      }
      if (table.has("principle.acceptance")) {
        ChartStyle.addLine(main, "principle", x, table.mean("principle.acceptance"), null, null,
            Palette.NEUTRAL, Palette.DASH_DOT);
      }
      plots.add(main);
    } else {
      for (int i = 0; i < practices.size(); i++) {
        ResultFolder.Practice p = practices.get(i);
        // Headroom above 1 for the practice's name, clear of a global standard near 1. A short
        // axis label: a long one runs into the next panel's at one column's width.
        XYPlot panel = valuePlot("r, g", lower, 1.06, x, codes, shadeChangeIn, markers);
        addPractice(panel, table, p, Palette.practice(i), x);
        panel.addAnnotation(panelLabel(p.label(), Palette.practice(i), x[0], 1.06));
        plots.add(panel);
      }
      if (table.has("principle.acceptance")) {
        double[] acceptance = table.mean("principle.acceptance");
        double min = java.util.Arrays.stream(acceptance).filter(Double::isFinite).min().orElse(1);
        XYPlot principle = valuePlot("a", Math.max(0, Math.floor((min - 0.02) * 10) / 10),
            1.02, x, codes, shadeChangeIn, markers);
        principle.addAnnotation(panelLabel("principle acceptance a", Palette.NEUTRAL, x[0],
            principle.getRangeAxis().getLowerBound()));
        ((XYTextAnnotation) principle.getAnnotations().get(0))
            .setTextAnchor(TextAnchor.BOTTOM_LEFT);
        ChartStyle.addLine(principle, "principle", x, acceptance, null, null, Palette.NEUTRAL,
            Palette.DASH_DOT);
        plots.add(principle);
      }
    }
    List<Figure.Key> legend = new ArrayList<>();
    for (int i = 0; i < practices.size(); i++) {
      legend.add(new Figure.Key(practices.get(i).label(), Palette.practice(i), Palette.SOLID));
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
      legend.add(new Figure.Key(Classification.CHANGE_IN.label(), Palette.CHANGE_IN, null));
    } else {
      legend.add(new Figure.Key(String.format(java.util.Locale.ROOT,
          "change-in in %.0f%% of months (not shaded)", 100 * changeInShare), Color.WHITE,
          new java.awt.BasicStroke(0f)));
    }
    legend.add(new Figure.Key(share(codes, 2) > 0 ? Classification.CHANGE_OF.label()
        : Classification.CHANGE_OF.label() + ": no month",
        Palette.CHANGE_OF, null));
    if (markers.stream().anyMatch(m -> m.kind() == EventMarker.Kind.CRISIS)) {
      legend.add(new Figure.Key("scripted " + opportunity, Palette.CRISIS,
          EventTrack.stroke(EventMarker.Kind.CRISIS)));
    }
    if (markers.stream().anyMatch(m -> m.kind() == EventMarker.Kind.FOUNDING)) {
      legend.add(new Figure.Key("founding", Palette.FOUNDING, EventTrack.stroke(EventMarker.Kind.FOUNDING)));
    }
    if (markers.stream().anyMatch(m -> m.kind() == EventMarker.Kind.DISSOLUTION)) {
      legend.add(new Figure.Key("dissolution", Palette.FOUNDING,
          EventTrack.stroke(EventMarker.Kind.DISSOLUTION)));
    }
    if (markers.stream().anyMatch(m -> m.kind() == EventMarker.Kind.RECOGNITION)) {
      legend.add(new Figure.Key("recognition vote passed", Palette.RECOGNITION,
          EventTrack.stroke(EventMarker.Kind.RECOGNITION)));
    }

    if (!stacked) {
      // Practices drawn later hide earlier ones where their lines coincide: say so.
      for (String note : hidden(table, practices)) {
        legend.add(new Figure.Key(note, Color.WHITE, new BasicStroke(0f)));
      }
    }

    CombinedDomainXYPlot combined = new CombinedDomainXYPlot(time);
    // Stacked panels: room between them so one panel's top tick clears the next one's bottom.
    combined.setGap(stacked ? 10 : 2);
    if (!markers.isEmpty()) {
      XYPlot track = eventTrack(markers, x0, x1, width);
      int trackPx = ((int) track.getRangeAxis().getUpperBound()) * ROW_PX + 6;
      int mainPx = Math.max(100, height - 220 - trackPx);
      combined.add(track, trackPx);
      addStacked(combined, plots, mainPx);
    } else {
      addStacked(combined, plots, 1000);
    }
    JFreeChart chart = new JFreeChart(null, Palette.TITLE, combined, false);
    ChartStyle.style(chart);
    chart.setPadding(new RectangleInsets(4, 8, 8, 16));
    return new Figure(title, legend, List.of(chart), 1);
  }

  /**
   * Notes for practices whose regional understanding lies under a later practice's line (drawn
   * on top) for at least a tenth of the months, within 0.002: "Consent hidden under
   * Impartiality in 69% of months".
   */
  static List<String> hidden(TimeTable table, List<ResultFolder.Practice> practices) {
    List<String> notes = new ArrayList<>();
    for (int i = 0; i < practices.size(); i++) {
      String ri = "r." + practices.get(i).id();
      if (!table.has(ri)) {
        continue;
      }
      double[] a = table.mean(ri);
      for (int j = practices.size() - 1; j > i; j--) {
        String rj = "r." + practices.get(j).id();
        if (!table.has(rj)) {
          continue;
        }
        double[] b = table.mean(rj);
        int same = 0;
        int both = 0;
        for (int t = 0; t < a.length; t++) {
          if (Double.isFinite(a[t]) && Double.isFinite(b[t])) {
            both++;
            same += Math.abs(a[t] - b[t]) < 0.002 ? 1 : 0;
          }
        }
        if (both > 0 && same >= 0.1 * both) {
          notes.add(String.format(java.util.Locale.ROOT, "%s hidden under %s in %.0f%% of months",
              practices.get(i).label(), practices.get(j).label(), 100.0 * same / both));
          break;
        }
      }
    }
    return notes;
  }

  /** A value plot on the shared time axis: classification shading and event lines behind. */
  private static XYPlot valuePlot(String label, double lower, double upper, double[] x,
      int[] codes, boolean shadeChangeIn, List<EventMarker> markers) {
    XYPlot plot = new XYPlot();
    ChartStyle.style(plot);
    NumberAxis axis = ChartStyle.valueAxis(label, lower, upper);
    // Tenths: finer automatic ticks crowd the axis when the figure is scaled into a paper column.
    axis.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(0.1,
        new java.text.DecimalFormat("0.0")));
    plot.setRangeAxis(axis);
    plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
    shadeClassification(plot, x, codes, shadeChangeIn);
    for (EventMarker m : markers) {
      plot.addDomainMarker(EventTrack.line(m), Layer.BACKGROUND);
    }
    return plot;
  }

  /** A practice's global standard g (dashed) and regional understanding r (solid, band). */
  private static void addPractice(XYPlot plot, TimeTable table, ResultFolder.Practice p,
      Color colour, double[] x) {
    if (table.has("g." + p.id())) {
      ChartStyle.addLine(plot, "g." + p.id(), x, table.mean("g." + p.id()), null, null,
          colour, Palette.DASHED);
    }
    if (table.has("r." + p.id())) {
      ChartStyle.addLine(plot, "r." + p.id(), x, table.mean("r." + p.id()),
          table.low("r." + p.id()), table.high("r." + p.id()), colour, Palette.SOLID);
    }
  }

  /** The practice's name in its colour in the panel's top left corner. */
  private static XYTextAnnotation panelLabel(String text, Color colour, double x, double y) {
    XYTextAnnotation label = new XYTextAnnotation(" " + text, x, y);
    label.setFont(Palette.SUBTITLE);
    label.setPaint(colour);
    label.setTextAnchor(TextAnchor.TOP_LEFT);
    return label;
  }

  /** Adds the value plots under the track: practice panels alike, the principle's half as tall. */
  private static void addStacked(CombinedDomainXYPlot combined, List<XYPlot> plots, int px) {
    if (plots.size() == 1) {
      combined.add(plots.get(0), px);
      return;
    }
    boolean principle = plots.get(plots.size() - 1).getRangeAxis().getLabel().equals("a");
    double units = plots.size() - (principle ? 0.5 : 0);
    for (int i = 0; i < plots.size(); i++) {
      boolean half = principle && i == plots.size() - 1;
      combined.add(plots.get(i), (int) Math.max(1, Math.round(px / units * (half ? 0.5 : 1))));
    }
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

  /**
   * The event track above the plot (see {@link EventTrack#build}); kept here for the drift
   * chart's tests.
   */
  static XYPlot eventTrack(List<EventMarker> markers, double x0, double x1, int width) {
    return EventTrack.build(markers, x0, x1, width);
  }
}
