package org.rissim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class PaletteTest {
  @Test
  void beliefRampRunsFromVermillionThroughGreyToBlueAndClamps() {
    assertEquals(Palette.BELIEF_LOW, Palette.belief(0));
    assertEquals(Palette.BELIEF_MID, Palette.belief(0.5));
    assertEquals(Palette.BELIEF_HIGH, Palette.belief(1));
    assertEquals(Palette.BELIEF_HIGH, Palette.belief(3));
    assertEquals(Palette.BELIEF_LOW, Palette.belief(-1));
    assertNotEquals(Palette.belief(0.3), Palette.belief(0.7));
  }

  @Test
  void aPracticeHasTheSameColourLiveAsInExportedCharts() {
    for (int p = 0; p < 10; p++) {
      assertEquals(org.rissim.chart.Palette.practice(p), Palette.series(p));
    }
    assertNotEquals(Palette.series(0), Palette.series(1));
  }
}
