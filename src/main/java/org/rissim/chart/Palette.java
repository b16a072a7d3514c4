package org.rissim.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;

/**
 * The one colour-blind-safe palette (Okabe and Ito 2008) and the strokes and fonts every chart
 * uses, so that practice k has the same colour in every figure.
 */
public final class Palette {
  /** Okabe-Ito colours in the order practices take them (yellow last: weak on white). */
  private static final Color[] OKABE_ITO = {
    new Color(0x0072B2), // blue
    new Color(0xE69F00), // orange
    new Color(0x009E73), // bluish green
    new Color(0xCC79A7), // reddish purple
    new Color(0x56B4E9), // sky blue
    new Color(0xD55E00), // vermillion
    new Color(0xF0E442), // yellow
  };

  /** Colour of the constitutive principle's acceptance and other neutral series. */
  public static final Color NEUTRAL = new Color(0x333333);
  /** Light grid lines. */
  public static final Color GRID = new Color(0xDDDDDD);
  /** Background of months classified change-in (Okabe-Ito yellow, light). */
  public static final Color CHANGE_IN = new Color(0xF0, 0xE4, 0x42, 70);
  /**
   * Background of months classified change-of: a neutral grey, so it is not mistaken for the
   * coloured band of a practice.
   */
  public static final Color CHANGE_OF = new Color(0x80, 0x80, 0x80, 70);
  /** Line of a scripted crisis marker. */
  public static final Color CRISIS = new Color(0x666666);
  /** Line of a founding marker. */
  public static final Color FOUNDING = new Color(0x000000);
  /** Line of a passed recognition vote marker. */
  public static final Color RECOGNITION = new Color(0x555555);

  /** Solid line for regional understandings and means. */
  public static final Stroke SOLID = new BasicStroke(2.0f);
  /** Dashed line for the global standard of the same practice. */
  public static final Stroke DASHED = new BasicStroke(1.8f, BasicStroke.CAP_BUTT,
      BasicStroke.JOIN_ROUND, 1f, new float[] {7f, 4f}, 0f);
  /** Dash-dot line for the principle's acceptance. */
  public static final Stroke DASH_DOT = new BasicStroke(2.2f, BasicStroke.CAP_BUTT,
      BasicStroke.JOIN_ROUND, 1f, new float[] {10f, 3f, 2f, 3f}, 0f);
  /** Dotted line. */
  public static final Stroke DOTTED = new BasicStroke(1.6f, BasicStroke.CAP_ROUND,
      BasicStroke.JOIN_ROUND, 1f, new float[] {1.5f, 3.5f}, 0f);

  /** Chart title font. */
  public static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 18);
  /** Panel title font. */
  public static final Font SUBTITLE = new Font(Font.SANS_SERIF, Font.BOLD, 14);
  /** Axis label font. */
  public static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
  /** Tick label and legend font. */
  public static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
  /** Event marker label font. */
  public static final Font MARKER = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

  private Palette() {}

  /** Colour of the practice at this position in the institution's practice list (0-based). */
  public static Color practice(int index) {
    return OKABE_ITO[Math.floorMod(index, OKABE_ITO.length)];
  }

  /**
   * Colour of the k-th counterfactual scenario (0-based) in a comparison: the palette colours
   * after those the practices take, so that a scenario is not mistaken for a practice.
   */
  public static Color scenario(int k, int practiceCount) {
    return OKABE_ITO[Math.floorMod(practiceCount + k, OKABE_ITO.length)];
  }

  /** Dash pattern of the k-th counterfactual scenario, so the lines survive greyscale print. */
  public static Stroke scenarioStroke(int k) {
    return switch (Math.floorMod(k, 3)) {
      case 0 -> DASHED;
      case 1 -> DOTTED;
      default -> DASH_DOT;
    };
  }
}
