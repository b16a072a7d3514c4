package org.rissim.gui;

import java.awt.Color;

/**
 * The GUI's colours in one place: the Okabe–Ito palette (distinguishable with the common colour
 * vision deficiencies) keyed by practice or body order, and the belief ramp of the region view.
 */
public final class Palette {
  /** Okabe–Ito black, for the constitutive principle and outlines. */
  public static final Color BLACK = Color.BLACK;
  /** Belief 0: the practice rejected (Okabe–Ito vermillion). */
  public static final Color BELIEF_LOW = new Color(0xD5, 0x5E, 0x00);
  /** Belief 0.5: undecided (light grey). */
  public static final Color BELIEF_MID = new Color(0xDD, 0xDD, 0xDD);
  /** Belief 1: the global standard held (Okabe–Ito blue). */
  public static final Color BELIEF_HIGH = new Color(0x00, 0x72, 0xB2);
  /** Edges from a body to its members. */
  public static final Color MEMBERSHIP = new Color(0x99, 0x99, 0x99);
  /** Edges of an active operation, from the acting state or body to the host. */
  public static final Color OPERATION = new Color(0xD5, 0x5E, 0x00);
  /** Bodies' fill. */
  public static final Color BODY = new Color(0x00, 0x9E, 0x73);
  /** Ring around a state hosting an active crisis. */
  public static final Color CRISIS = new Color(0xCC, 0x00, 0x00);

  private Palette() {}

  /**
   * The series colour of the i-th practice or body: the charts' Okabe–Ito palette, so that a
   * practice has the same colour in the live charts as in every exported figure.
   */
  public static Color series(int i) {
    return org.rissim.chart.Palette.practice(i);
  }

  /** The colour of a belief in [0,1] (clamped): vermillion through grey to blue. */
  public static Color belief(double b) {
    double v = Double.isNaN(b) ? 0.5 : Math.max(0, Math.min(1, b));
    return v < 0.5 ? mix(BELIEF_LOW, BELIEF_MID, v / 0.5) : mix(BELIEF_MID, BELIEF_HIGH, (v - 0.5) / 0.5);
  }

  private static Color mix(Color a, Color b, double t) {
    return new Color(
        (int) Math.round(a.getRed() + t * (b.getRed() - a.getRed())),
        (int) Math.round(a.getGreen() + t * (b.getGreen() - a.getGreen())),
        (int) Math.round(a.getBlue() + t * (b.getBlue() - a.getBlue())));
  }
}
