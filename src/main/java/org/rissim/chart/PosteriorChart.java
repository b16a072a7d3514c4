package org.rissim.chart;

import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.rissim.calibration.CalibrationException;
import org.rissim.calibration.Generation;
import org.rissim.calibration.Parameter;
import org.rissim.calibration.Particle;
import org.rissim.calibration.Posterior;
import org.rissim.calibration.PosteriorSummary;
import org.rissim.calibration.Prior;

/**
 * The posterior of a calibration ({@code rissim plot posterior DIR}): per parameter, the weighted
 * kernel density of the particles (solid) with the prior density (dashed); then, for every pair of
 * parameters, a scatter of the particles, the heavier ones darker.
 */
public final class PosteriorChart {
  private static final int GRID = 200;

  private PosteriorChart() {}

  /** The figure of the calibration folder {@code dir}. */
  public static Figure build(Path dir, String title) throws IOException {
    Posterior p;
    try {
      p = Posterior.read(dir);
    } catch (CalibrationException e) {
      throw new IllegalArgumentException(e.getMessage());
    }
    List<Parameter> ps = p.parameters();
    Generation g = p.last();
    List<JFreeChart> panels = new ArrayList<>();
    for (int i = 0; i < ps.size(); i++) {
      panels.add(marginal(ps.get(i), g, i));
    }
    for (int i = 0; i < ps.size(); i++) {
      for (int j = i + 1; j < ps.size(); j++) {
        panels.add(pair(ps.get(i), ps.get(j), g, i, j));
      }
    }
    List<Figure.Key> legend = List.of(
        new Figure.Key("posterior (weighted kernel density)", Palette.practice(0), Palette.SOLID),
        new Figure.Key("prior", Palette.NEUTRAL, Palette.DASHED),
        new Figure.Key("particle (pairs; darker = heavier weight)", Palette.practice(0), null));
    return new Figure(title != null ? title : "Posterior of the calibration (" + g.particles()
        .size() + " particles)", legend, panels, Math.max(2, ps.size()));
  }

  /** The figure's height for a calibration of k parameters at the usual panel size. */
  public static int height(int parameters) {
    int panels = parameters + parameters * (parameters - 1) / 2;
    int columns = Math.max(2, parameters);
    return 120 + 300 * ((panels + columns - 1) / columns);
  }

  private static JFreeChart marginal(Parameter par, Generation g, int i) {
    Prior prior = par.prior();
    double[] x = new double[GRID];
    double[] post = new double[GRID];
    double[] pri = new double[GRID];
    double sd = PosteriorSummary.stats(g, i)[1];
    double ess = 1 / g.particles().stream().mapToDouble(q -> q.weight() * q.weight()).sum();
    // Silverman's rule with the weighted sd and the effective sample size; a floor keeps the
    // kernel visible when the particles have collapsed on one value.
    double h = Math.max(1.06 * sd * Math.pow(ess, -0.2), 1e-3 * (prior.hi() - prior.lo()));
    for (int k = 0; k < GRID; k++) {
      x[k] = prior.lo() + (prior.hi() - prior.lo()) * k / (GRID - 1);
      pri[k] = prior.density(x[k]);
      double d = 0;
      for (Particle q : g.particles()) {
        double z = (x[k] - q.theta()[i]) / h;
        d += q.weight() * Math.exp(-0.5 * z * z) / (h * Math.sqrt(2 * Math.PI));
      }
      post[k] = d;
    }
    XYPlot plot = new XYPlot();
    NumberAxis xAxis = new NumberAxis(shortName(par.path()));
    xAxis.setRange(prior.lo(), prior.hi());
    ChartStyle.style(xAxis);
    NumberAxis yAxis = new NumberAxis("density");
    ChartStyle.style(yAxis);
    plot.setDomainAxis(xAxis);
    plot.setRangeAxis(yAxis);
    ChartStyle.style(plot);
    ChartStyle.addLine(plot, "posterior", x, post, null, null, Palette.practice(0), Palette.SOLID);
    ChartStyle.addLine(plot, "prior", x, pri, null, null, Palette.NEUTRAL, Palette.DASHED);
    return ChartStyle.panel(shortName(par.path()), plot);
  }

  private static JFreeChart pair(Parameter a, Parameter b, Generation g, int i, int j) {
    // Five weight classes, darker for heavier particles (relative to the heaviest).
    double max = g.particles().stream().mapToDouble(Particle::weight).max().orElse(1);
    XYSeriesCollection data = new XYSeriesCollection();
    XYSeries[] classes = new XYSeries[5];
    for (int c = 0; c < classes.length; c++) {
      classes[c] = new XYSeries("w" + c, false, true);
      data.addSeries(classes[c]);
    }
    for (Particle q : g.particles()) {
      int c = (int) Math.min(4, Math.floor(5 * q.weight() / max));
      classes[c].add(q.theta()[i], q.theta()[j]);
    }
    XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
    Color base = Palette.practice(0);
    for (int c = 0; c < classes.length; c++) {
      r.setSeriesPaint(c, new Color(base.getRed(), base.getGreen(), base.getBlue(),
          60 + 48 * c));
      r.setSeriesShape(c, new Ellipse2D.Double(-2.5, -2.5, 5, 5));
      r.setSeriesVisibleInLegend(c, false);
    }
    NumberAxis x = new NumberAxis(shortName(a.path()));
    x.setRange(a.prior().lo(), a.prior().hi());
    NumberAxis y = new NumberAxis(shortName(b.path()));
    y.setRange(b.prior().lo(), b.prior().hi());
    ChartStyle.style(x);
    ChartStyle.style(y);
    XYPlot plot = new XYPlot(data, x, y, r);
    ChartStyle.style(plot);
    return ChartStyle.panel(shortName(a.path()) + " x " + shortName(b.path()), plot);
  }

  /**
   * The name of a parameter in titles and on axes, the same everywhere: its path without the
   * {@code parameters.} section, and at most its last two segments (enough to tell parameters
   * apart; the full paths are in calibrate.json).
   */
  static String shortName(String path) {
    String p = path.startsWith("parameters.") ? path.substring("parameters.".length()) : path;
    String[] s = p.split("\\.");
    return s.length <= 2 ? p : s[s.length - 2] + "." + s[s.length - 1];
  }
}
