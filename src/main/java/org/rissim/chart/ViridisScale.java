package org.rissim.chart;

import java.awt.Color;
import java.awt.Paint;
import org.jfree.chart.renderer.PaintScale;

/**
 * A perceptually uniform, colour-blind-safe sequential scale (viridis, interpolated between
 * nine of its published anchor colours) over [lower, upper].
 */
public final class ViridisScale implements PaintScale {
  private static final int[] ANCHORS = {
    0x440154, 0x472D7B, 0x3B528B, 0x2C728E, 0x21918C, 0x28AE80, 0x5EC962, 0xADDC30, 0xFDE725,
  };
  private final double lower;
  private final double upper;

  /** A scale over [lower, upper]; a degenerate range is widened by one unit. */
  public ViridisScale(double lower, double upper) {
    if (!(upper > lower)) {
      upper = lower + 1;
    }
    this.lower = lower;
    this.upper = upper;
  }

  @Override
  public double getLowerBound() {
    return lower;
  }

  @Override
  public double getUpperBound() {
    return upper;
  }

  @Override
  public Paint getPaint(double value) {
    if (Double.isNaN(value)) {
      return Color.WHITE;
    }
    double f = Math.max(0, Math.min(1, (value - lower) / (upper - lower))) * (ANCHORS.length - 1);
    int i = Math.min((int) Math.floor(f), ANCHORS.length - 2);
    double w = f - i;
    Color a = new Color(ANCHORS[i]);
    Color b = new Color(ANCHORS[i + 1]);
    return new Color(mix(a.getRed(), b.getRed(), w), mix(a.getGreen(), b.getGreen(), w),
        mix(a.getBlue(), b.getBlue(), w));
  }

  private static int mix(int a, int b, double w) {
    return (int) Math.round(a + (b - a) * w);
  }
}
