package org.rissim.gui;

import java.awt.Rectangle;
import java.util.List;

/**
 * Where the explorer's windows go: side by side without overlap on a 1600 x 1000 screen, shrunk
 * in proportion on a smaller one. The Console (controls and the model inspector) takes the left
 * column at full height, the region view and the event log the middle, the two charts the right.
 *
 * @param console the Console
 * @param region  the region view with its legend
 * @param events  the event log, under the region view
 * @param drift   the norm drift chart
 * @param bodies  the bodies chart, under the drift chart
 */
public record WindowLayout(Rectangle console, Rectangle region, Rectangle events,
    Rectangle drift, Rectangle bodies) {
  /** The screen the layout is drawn for. */
  public static final int WIDTH = 1600;
  /** The screen the layout is drawn for. */
  public static final int HEIGHT = 1000;
  /** Side of the region view's field on the 1600 x 1000 layout, in pixels. */
  public static final int REGION_SIDE = 500;

  /** The layout for a usable screen area of {@code width} x {@code height} pixels. */
  public static WindowLayout of(int width, int height) {
    double f = Math.min(1.0, Math.min(width / (double) WIDTH, height / (double) HEIGHT));
    return new WindowLayout(box(f, 0, 0, 520, 1000), box(f, 520, 0, 560, 690),
        box(f, 520, 690, 560, 310), box(f, 1080, 0, 520, 500), box(f, 1080, 500, 520, 500));
  }

  /** The windows' rectangles: console, region, events, drift, bodies. */
  public List<Rectangle> all() {
    return List.of(console, region, events, drift, bodies);
  }

  /** The side of the region view's field for this layout. */
  public int regionSide() {
    return (int) Math.floor(REGION_SIDE * region.width / 560.0);
  }

  private static Rectangle box(double f, int x, int y, int w, int h) {
    int x0 = (int) Math.floor(x * f);
    int y0 = (int) Math.floor(y * f);
    return new Rectangle(x0, y0, (int) Math.floor((x + w) * f) - x0,
        (int) Math.floor((y + h) * f) - y0);
  }
}
