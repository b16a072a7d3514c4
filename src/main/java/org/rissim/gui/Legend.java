package org.rissim.gui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.GradientPaint;
import java.awt.Graphics;
import java.awt.Graphics2D;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;

/** The region view's legend: the belief colour ramp, the practice it shows, and the symbols. */
final class Legend extends JPanel {
  private static final long serialVersionUID = 1L;
  private final JLabel practice = new JLabel();

  /** A legend showing {@code practiceLabel}. */
  Legend(String practiceLabel) {
    super(new BorderLayout(8, 2));
    setBackground(Color.WHITE);
    setBorder(BorderFactory.createEmptyBorder(4, 8, 4, 8));
    add(practice, BorderLayout.NORTH);
    add(new Ramp(), BorderLayout.CENTER);
    add(new JLabel("<html>circle: state (area = power) &nbsp; red ring: active crisis &nbsp;"
        + " diamond: regional body &nbsp; square: global body<br>grey line: membership &nbsp;"
        + " orange wedge: active operation, acting state or body &rarr; host.<br>"
        + "Double-click a state or body to inspect it; choose the practice in the Model tab.</html>"),
        BorderLayout.SOUTH);
    setPractice(practiceLabel);
  }

  /** Shows which practice the colours refer to. */
  void setPractice(String label) {
    practice.setText("Colour: belief in \"" + label + "\" (0 rejected ... 1 global standard)");
  }

  /** The colour ramp from belief 0 to 1. */
  private static final class Ramp extends JComponent {
    private static final long serialVersionUID = 1L;

    Ramp() {
      setPreferredSize(new Dimension(300, 18));
    }

    @Override
    protected void paintComponent(Graphics g) {
      Graphics2D g2 = (Graphics2D) g;
      int w = getWidth();
      int h = getHeight();
      g2.setPaint(new GradientPaint(0, 0, Palette.BELIEF_LOW, w / 2f, 0, Palette.BELIEF_MID));
      g2.fillRect(30, 2, w / 2 - 30, h - 4);
      g2.setPaint(new GradientPaint(w / 2f, 0, Palette.BELIEF_MID, w - 30, 0, Palette.BELIEF_HIGH));
      g2.fillRect(w / 2, 2, w / 2 - 30, h - 4);
      g2.setPaint(Color.BLACK);
      g2.drawString("0", 18, h - 5);
      g2.drawString("1", w - 24, h - 5);
    }
  }
}
