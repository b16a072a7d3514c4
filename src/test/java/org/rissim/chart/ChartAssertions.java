package org.rissim.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;

/** Assertions shared by chart tests: a PNG of the right size that is not blank, well-formed SVG. */
public final class ChartAssertions {
  private ChartAssertions() {}

  /** The PNG has this size, several distinct colours and a share of non-white pixels. */
  public static void assertPngNotBlank(Path png, int width, int height) throws IOException {
    BufferedImage image = ImageIO.read(png.toFile());
    assertEquals(width, image.getWidth(), "width of " + png);
    assertEquals(height, image.getHeight(), "height of " + png);
    assertNotBlank(image, 0.03, png.toString());
  }

  /** The image has at least 8 distinct colours and more than minShare non-white pixels. */
  public static void assertNotBlank(BufferedImage image, double minShare, String what) {
    Set<Integer> colours = new HashSet<>();
    long nonWhite = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y) & 0xFFFFFF;
        colours.add(rgb);
        if (rgb != 0xFFFFFF) {
          nonWhite++;
        }
      }
    }
    double share = (double) nonWhite / ((long) image.getWidth() * image.getHeight());
    assertTrue(colours.size() >= 8, what + " has only " + colours.size() + " colours");
    assertTrue(share > minShare, what + " is nearly blank: non-white share " + share);
  }

  /** The SVG file parses as well-formed XML with an svg root element. */
  public static Document assertWellFormedSvg(Path svg) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    // Well-formedness only: do not fetch the SVG 1.1 DTD over the network.
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    Document doc = f.newDocumentBuilder().parse(svg.toFile());
    assertEquals("svg", doc.getDocumentElement().getLocalName(), "root of " + svg);
    return doc;
  }
}
