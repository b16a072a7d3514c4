package org.rissim.gui;

import java.awt.Color;
import java.awt.Container;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import javax.swing.JFrame;

/** Paints windows' contents side by side, two per row, into one PNG (event thread only). */
public final class Snapshot {
  private Snapshot() {}

  /** Writes the frames' contents, in order, two per row, to a PNG file. */
  public static void write(List<JFrame> frames, Path file) throws IOException {
    int n = frames.size();
    int rows = (n + 1) / 2;
    int[] colWidth = new int[2];
    int[] rowHeight = new int[rows];
    for (int i = 0; i < n; i++) {
      Container c = frames.get(i).getContentPane();
      colWidth[i % 2] = Math.max(colWidth[i % 2], c.getWidth());
      rowHeight[i / 2] = Math.max(rowHeight[i / 2], c.getHeight());
    }
    int height = 0;
    for (int h : rowHeight) {
      height += h;
    }
    BufferedImage image = new BufferedImage(Math.max(1, colWidth[0] + colWidth[1]),
        Math.max(1, height), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, image.getWidth(), image.getHeight());
    int y = 0;
    for (int r = 0; r < rows; r++) {
      for (int col = 0; col < 2 && 2 * r + col < n; col++) {
        Container c = frames.get(2 * r + col).getContentPane();
        Graphics2D cell = (Graphics2D) g.create(col == 0 ? 0 : colWidth[0], y, c.getWidth(),
            c.getHeight());
        c.printAll(cell);
        cell.dispose();
      }
      y += rowHeight[r];
    }
    g.dispose();
    if (!ImageIO.write(image, "png", file.toFile())) {
      throw new IOException("no PNG writer available");
    }
  }
}
