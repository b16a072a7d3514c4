package org.rissim.chart;

import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Small multiples of the secondary institutions: one row per body, columns for legitimacy
 * (global solid, regional dashed), recognition level (step line), cohesion and membership.
 * A body that does not exist yet has empty cells, drawn as gaps. A body whose four series never
 * change gets no row (it would take a row to say nothing); the legend names it.
 */
public final class InstitutionsChart {
  private InstitutionsChart() {}

  /** The body ids that have columns {@code body.<id>.*}, in column order. */
  public static List<String> bodies(TimeTable table) {
    Set<String> ids = new LinkedHashSet<>();
    for (String c : table.columns()) {
      if (c.startsWith("body.") && c.endsWith(".members")) {
        ids.add(c.substring(5, c.length() - ".members".length()));
      }
    }
    return List.copyOf(ids);
  }

  /**
   * Builds the figure.
   *
   * @param table     series of one run or means of replicated runs
   * @param names     display names by body id (missing: the id)
   * @param rungs     recognition rung ids, lowest first (may be empty)
   * @param title     figure title
   */
  public static Figure build(TimeTable table, Map<String, String> names, List<String> rungs,
      String title) {
    return build(table, names, rungs, title, null);
  }

  /**
   * Builds the figure; {@code bandLabel} names the grey bands of replicated runs in the legend
   * (null for a single run).
   */
  public static Figure build(TimeTable table, Map<String, String> names, List<String> rungs,
      String title, String bandLabel) {
    List<String> all = bodies(table);
    if (all.isEmpty()) {
      throw new IllegalArgumentException("no body.<id>.* columns: no secondary institutions to draw");
    }
    List<String> bodies = drawn(table);
    List<String> unchanged = all.stream().filter(b -> !bodies.contains(b))
        .map(b -> shortName(b, names)).toList();
    double[] x = ChartStyle.years(table);
    int maxMembers = 1;
    for (String b : bodies) {
      for (double v : table.mean("body." + b + ".members")) {
        if (Double.isFinite(v)) {
          maxMembers = Math.max(maxMembers, (int) Math.ceil(v));
        }
      }
    }
    List<JFreeChart> panels = new ArrayList<>();
    String[] rows = {"legitimacy", "recognition", "cohesion", "members"};
    for (String b : bodies) {
      for (String row : rows) {
        String name = shortName(b, names);
        String prefix = "body." + b + ".";
        XYPlot plot = new XYPlot();
        ChartStyle.style(plot);
        NumberAxis time = ChartStyle.yearAxis();
        time.setRange(x[0], x[x.length - 1] + 1.0 / 12);
        time.setLabel(null);
        plot.setDomainAxis(time);
        switch (row) {
          case "legitimacy" -> {
            plot.setRangeAxis(unitAxis("legitimacy"));
            line(plot, table, x, prefix + "legitimacy.global", Palette.SOLID);
            line(plot, table, x, prefix + "legitimacy.regional", Palette.DASHED);
          }
          case "recognition" -> {
            plot.setRangeAxis(recognitionAxis(rungs));
            step(plot, x, table.mean(prefix + "recognition"));
          }
          case "cohesion" -> {
            plot.setRangeAxis(unitAxis("cohesion"));
            line(plot, table, x, prefix + "cohesion", Palette.SOLID);
          }
          default -> {
            NumberAxis axis = ChartStyle.valueAxis("members (states)", 0, maxMembers + 1);
            axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
            plot.setRangeAxis(axis);
            step(plot, x, table.mean(prefix + "members"));
          }
        }
        panels.add(ChartStyle.panel(name + ": " + row, plot));
      }
    }
    List<Figure.Key> legend = new ArrayList<>(List.of(
        new Figure.Key("legitimacy before the global audience", Palette.NEUTRAL, Palette.SOLID),
        new Figure.Key("before the regional audience", Palette.NEUTRAL, Palette.DASHED),
        new Figure.Key("empty: body not (yet) in existence", Color.WHITE, null)));
    if (bandLabel != null) {
      legend.add(new Figure.Key(bandLabel, new Color(0x33, 0x33, 0x33, 46), null));
    }
    if (!unchanged.isEmpty()) {
      legend.add(new Figure.Key("not drawn, unchanged throughout: " + String.join(", ", unchanged),
          Color.WHITE, new java.awt.BasicStroke(0f)));
    }
    return new Figure(title, legend, panels, rows.length);
  }

  /** The bodies that get a row: those that change during the run (all, if none does). */
  public static List<String> drawn(TimeTable table) {
    List<String> changing = bodies(table).stream().filter(b -> !constant(table, b)).toList();
    return changing.isEmpty() ? bodies(table) : changing;
  }

  /** Whether every series of the body (mean and band) keeps its first value in every month. */
  static boolean constant(TimeTable table, String body) {
    for (String s : List.of("legitimacy.global", "legitimacy.regional", "recognition", "cohesion",
        "members")) {
      String c = "body." + body + "." + s;
      if (!table.has(c)) {
        continue;
      }
      for (double[] values : new double[][] {table.mean(c), table.low(c), table.high(c)}) {
        if (values == null) {
          continue;
        }
        for (double v : values) {
          if (Double.compare(v, values[0]) != 0) {
            return false;
          }
        }
      }
    }
    return true;
  }

  /** The body's display name, or its id when the name is too long for a panel title. */
  public static String shortName(String id, Map<String, String> names) {
    String name = names.getOrDefault(id, id);
    return name.length() <= 16 ? name : id;
  }

  private static NumberAxis unitAxis(String label) {
    NumberAxis axis = ChartStyle.valueAxis(label + " (0-1)", 0, 1.02);
    // Quarters: small panels have room for few tick labels.
    axis.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(0.25));
    return axis;
  }

  /** Recognition level axis: the rungs by name when the scenario names them, else integers. */
  private static ValueAxis recognitionAxis(List<String> rungs) {
    if (!rungs.isEmpty()) {
      List<String> names = new ArrayList<>(List.of("none"));
      // Rung ids as words (regionalArrangement: regional arrangement), as "none".
      rungs.forEach(r -> names.add(ResultFolder.readable(r).toLowerCase(java.util.Locale.ROOT)));
      // No axis label: the panel title says "recognition" and the rung names take the room.
      org.jfree.chart.axis.SymbolAxis axis = new org.jfree.chart.axis.SymbolAxis(
          null, names.toArray(String[]::new));
      axis.setGridBandsVisible(false);
      axis.setRange(-0.1, rungs.size() + 0.2);
      ChartStyle.style(axis);
      return axis;
    }
    NumberAxis axis = new NumberAxis("recognition level");
    axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    axis.setRange(-0.1, (rungs.isEmpty() ? 4 : rungs.size()) + 0.2);
    ChartStyle.style(axis);
    return axis;
  }

  private static void line(XYPlot plot, TimeTable table, double[] x, String column,
      java.awt.Stroke stroke) {
    if (table.has(column)) {
      ChartStyle.addLine(plot, column, x, table.mean(column), table.low(column),
          table.high(column), Palette.NEUTRAL, stroke);
    }
  }

  private static void step(XYPlot plot, double[] x, double[] y) {
    XYSeries series = new XYSeries("step", false, true);
    for (int t = 0; t < x.length; t++) {
      series.add(x[t], Double.isFinite(y[t]) ? Double.valueOf(y[t]) : null);
    }
    XYStepRenderer renderer = new XYStepRenderer();
    renderer.setSeriesPaint(0, Palette.NEUTRAL);
    renderer.setSeriesStroke(0, Palette.SOLID);
    plot.setDataset(plot.getDatasetCount(), new XYSeriesCollection(series));
    plot.setRenderer(plot.getDatasetCount() - 1, renderer);
  }
}
