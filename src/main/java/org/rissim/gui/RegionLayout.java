package org.rissim.gui;

import java.util.ArrayList;
import java.util.List;
import sim.util.Double2D;

/**
 * Where the region view places things, in a square field: regional states on a circle (scenario
 * order, clockwise from the top), regional bodies on a small ring inside it, global bodies and
 * external states in two columns to the right.
 */
public final class RegionLayout {
  /** Side of the square field, in field units. */
  public static final double SIDE = 100;

  private static final double CENTRE_X = 0.40 * SIDE;
  private static final double CENTRE_Y = 0.50 * SIDE;
  private static final double STATE_RADIUS = 0.32 * SIDE;
  private static final double BODY_RADIUS = 0.12 * SIDE;
  private static final double GLOBAL_BODY_X = 0.79 * SIDE;
  private static final double EXTERNAL_X = 0.88 * SIDE;  // room for a label right of it

  private RegionLayout() {}

  /** The circle's centre, where the regional states are arranged around. */
  public static Double2D centre() {
    return new Double2D(CENTRE_X, CENTRE_Y);
  }

  /** Positions of states: {@code regional[i]} says whether state i is on the circle. */
  public static List<Double2D> states(List<Boolean> regional) {
    return arrange(regional, STATE_RADIUS, EXTERNAL_X);
  }

  /** Positions of bodies: {@code regional[i]} says whether body i is on the inner ring. */
  public static List<Double2D> bodies(List<Boolean> regional) {
    return arrange(regional, BODY_RADIUS, GLOBAL_BODY_X);
  }

  private static List<Double2D> arrange(List<Boolean> onRing, double radius, double columnX) {
    int ring = (int) onRing.stream().filter(b -> b).count();
    int column = onRing.size() - ring;
    List<Double2D> out = new ArrayList<>();
    int r = 0;
    int c = 0;
    for (boolean inside : onRing) {
      if (inside) {
        double angle = -Math.PI / 2 + 2 * Math.PI * r++ / ring;
        out.add(new Double2D(CENTRE_X + radius * Math.cos(angle),
            CENTRE_Y + radius * Math.sin(angle)));
      } else {
        // Evenly spread over the middle 80% of the height.
        double y = 0.1 * SIDE + 0.8 * SIDE * (c++ + 0.5) / column;
        out.add(new Double2D(columnX, y));
      }
    }
    return out;
  }
}
