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
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.TextAnchor;

/** The drift chart's event strip: labelled markers of crises, foundings and recognition votes. */
final class EventTrack {
  /** Largest number of label rows in the event track before labels may overlap. */
  private static final int MAX_ROWS = 8;
  /** Height of one label row in pixels. */
  static final int ROW_PX = 16;
  /** Approximate horizontal space taken by the range axis and padding, in pixels. */
  private static final int AXIS_PX = 90;

  private EventTrack() {}

  /** The vertical line of an event. */
  static ValueMarker line(EventMarker m) {
    ValueMarker marker = new ValueMarker(TimeTable.year(m.month()));
    marker.setPaint(paint(m.kind()));
    marker.setStroke(stroke(m.kind()));
    return marker;
  }

  private static Paint paint(EventMarker.Kind kind) {
    return switch (kind) {
      case CRISIS -> Palette.CRISIS;
      case FOUNDING, DISSOLUTION -> Palette.FOUNDING;
      case RECOGNITION -> Palette.RECOGNITION;
    };
  }

  /** The line style of an event kind (also its legend key). */
  static Stroke stroke(EventMarker.Kind kind) {
    return switch (kind) {
      case CRISIS -> new BasicStroke(1.0f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f,
          new float[] {4f, 3f}, 0f);
      case FOUNDING -> new BasicStroke(1.6f);
      case DISSOLUTION -> new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f,
          new float[] {8f, 3f}, 0f);
      case RECOGNITION -> new BasicStroke(1.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f,
          new float[] {1f, 3f}, 0f);
    };
  }

  /**
   * The event track above the plot: each label sits in the lowest row where it does not overlap
   * an earlier label (greedy interval packing on the label's width in pixels); labels near the
   * right edge extend leftwards.
   */
  static XYPlot build(List<EventMarker> markers, double x0, double x1, int width) {
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
