package org.rissim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real windows on a real (virtual) screen: starts {@code Xvfb} on a free display (or uses
 * {@code DISPLAY}), runs {@code rissim gui --screenshot} on the baseline in a forked JVM (AWT
 * reads DISPLAY once, at start-up) and checks the windows and the picture. Skipped when there is
 * neither a display nor Xvfb.
 */
class GuiScreenshotTest {
  private static Process xvfb;
  private static String display;

  @BeforeAll
  static void display() throws Exception {
    Path binary = onPath("Xvfb");
    String existing = System.getenv("DISPLAY");
    assumeTrue(binary != null || (existing != null && !existing.isBlank()),
        "no DISPLAY and no Xvfb (apt-get install xvfb)");
    if (binary == null) {
      display = existing;
      return;
    }
    for (int n = 90; n < 200 && xvfb == null; n++) {
      if (Files.exists(Path.of("/tmp/.X11-unix/X" + n)) || Files.exists(Path.of("/tmp/.X" + n + "-lock"))) {
        continue;
      }
      Process p = new ProcessBuilder(binary.toString(), ":" + n, "-screen", "0", "1600x1200x24",
          "-nolisten", "tcp").redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      // Ready when its socket appears; gone when another server took the number meanwhile.
      for (int i = 0; i < 100 && p.isAlive() && !Files.exists(Path.of("/tmp/.X11-unix/X" + n)); i++) {
        Thread.sleep(50);
      }
      if (p.isAlive() && Files.exists(Path.of("/tmp/.X11-unix/X" + n))) {
        xvfb = p;
        display = ":" + n;
      } else {
        p.destroyForcibly();
      }
    }
    assumeTrue(xvfb != null, "Xvfb did not start on any display :90..:199");
  }

  @AfterAll
  static void stopXvfb() throws InterruptedException {
    if (xvfb != null) {
      xvfb.destroy();
      if (!xvfb.waitFor(5, TimeUnit.SECONDS)) {
        xvfb.destroyForcibly();
      }
    }
  }

  private static Path onPath(String name) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path p = Path.of(dir, name);
      if (Files.isExecutable(p)) {
        return p;
      }
    }
    return null;
  }

  @Test
  void baselineWindowsAreDrawnIntoAScreenshotWithManyColours(@TempDir Path dir)
      throws Exception {
    Path png = dir.resolve("gui.png");
    Path log = dir.resolve("gui.log");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb = new ProcessBuilder(java, "-Xmx512m", "-Djava.util.prefs.userRoot="
        + dir.resolve("prefs"), "-cp", System.getProperty("java.class.path"),
        "org.rissim.cli.Main", "gui", "scenarios/psris-baseline.yaml", "--seed", "1",
        "--screenshot", png.toString(), "--months", "14");
    pb.environment().put("DISPLAY", display);
    pb.redirectErrorStream(true).redirectOutput(log.toFile());
    Process p = pb.start();
    boolean done = p.waitFor(120, TimeUnit.SECONDS);
    if (!done) {
      p.destroyForcibly();
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    assertTrue(done, "the GUI did not finish: " + output);
    assertEquals(0, p.exitValue(), output);
    for (String title : List.of("Region", "Norm drift", "Bodies", "Events")) {
      assertTrue(output.contains("frame: " + title), title + " window missing: " + output);
    }
    // The Console and the four windows fit a 1600 x 1000 screen, none over another.
    Matcher m = Pattern
        .compile("frame: (.+) (\\d+),(\\d+) (\\d+)x(\\d+)").matcher(output);
    List<Rectangle> bounds = new ArrayList<>();
    while (m.find()) {
      Rectangle r = new Rectangle(Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)),
          Integer.parseInt(m.group(5)));
      assertTrue(new Rectangle(0, 0, 1600, 1000).contains(r), m.group() + " off screen");
      for (Rectangle other : bounds) {
        assertFalse(r.intersects(other), m.group() + " overlaps " + other);
      }
      bounds.add(r);
    }
    assertEquals(5, bounds.size(), output);
    BufferedImage image = ImageIO.read(png.toFile());
    assertTrue(image.getWidth() > 1000 && image.getHeight() > 800,
        image.getWidth() + "x" + image.getHeight());
    Set<Integer> colours = new HashSet<>();
    int bodyPixels = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y) & 0xFFFFFF;
        colours.add(rgb);
        if (rgb == (Palette.BODY.getRGB() & 0xFFFFFF)) {
          bodyPixels++;
        }
      }
    }
    assertTrue(colours.size() >= 50, "a nearly blank picture: " + colours.size() + " colours");
    assertTrue(bodyPixels > 200, "bodies not drawn: " + bodyPixels + " pixels of their colour");
  }
}
