package org.rissim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The windows fit the screen without overlap; the Console counts months, not steps. */
class WindowLayoutTest {
  private static void fitsWithoutOverlap(WindowLayout layout, int width, int height) {
    List<Rectangle> all = layout.all();
    Rectangle screen = new Rectangle(0, 0, width, height);
    for (int i = 0; i < all.size(); i++) {
      assertTrue(screen.contains(all.get(i)), all.get(i) + " leaves " + screen);
      assertTrue(all.get(i).width > 0 && all.get(i).height > 0, all.get(i).toString());
      for (int j = 0; j < i; j++) {
        assertFalse(all.get(i).intersects(all.get(j)), all.get(i) + " overlaps " + all.get(j));
      }
    }
  }

  @Test
  void fillsA1600By1000ScreenWithoutOverlap() {
    WindowLayout l = WindowLayout.of(1600, 1000);
    fitsWithoutOverlap(l, 1600, 1000);
    long area = l.all().stream().mapToLong(r -> (long) r.width * r.height).sum();
    assertEquals(1600L * 1000, area, "the windows should tile the whole screen");
    // The region view's field and the legend fit in its window.
    assertTrue(l.regionSide() < l.region().width && l.regionSide() < l.region().height);
  }

  @Test
  void shrinksOnASmallerScreenAndStaysWithinIt() {
    fitsWithoutOverlap(WindowLayout.of(1280, 800), 1280, 800);
    fitsWithoutOverlap(WindowLayout.of(1366, 768), 1366, 768);
    // A larger screen keeps the 1600 x 1000 layout.
    assertEquals(WindowLayout.of(1600, 1000), WindowLayout.of(2560, 1440));
  }

  @Test
  void theConsolesTimeIsTheMonth() {
    YearMonth start = YearMonth.of(1992, 1);
    DatedSchedule s = new DatedSchedule(start);
    assertEquals("1992-01", s.getTimestamp(0, "At Start", "At End"));
    assertEquals("2012-08", s.getTimestamp(247, "At Start", "At End"));
    assertEquals("At Start", s.getTimestamp(sim.engine.Schedule.BEFORE_SIMULATION, "At Start",
        "At End"));
    assertEquals("At End", s.getTimestamp(sim.engine.Schedule.AFTER_SIMULATION, "At Start",
        "At End"));
  }
}
