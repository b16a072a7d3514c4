package org.rissim.analysis.prim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

class PrimTest {
  @Test
  void recoversPlantedBox() {
    RandomGenerator rng = new Well19937c(17);
    int n = 2000;
    double[][] x = new double[n][3];
    boolean[] y = new boolean[n];
    for (int i = 0; i < n; i++) {
      for (int d = 0; d < 3; d++) {
        x[i][d] = rng.nextDouble();
      }
      boolean inBox = x[i][0] >= 0.2 && x[i][0] <= 0.6 && x[i][1] >= 0.5;
      // 5% label noise so the box is not trivially pure.
      y[i] = rng.nextDouble() < 0.05 ? !inBox : inBox;
    }
    Prim.Result r = new Prim(0.05, 0.05).find(x, y);
    PrimBox box = r.box();
    assertEquals(0.2, box.lower()[0], 0.05);
    assertEquals(0.6, box.upper()[0], 0.05);
    assertEquals(0.5, box.lower()[1], 0.05);
    assertFalse(box.restricts(1, r.min()[1], r.max()[1]) && box.upper()[1] < 0.95, "x1 open above");
    assertTrue(box.density() > 0.85, "dense box, got " + box.density());
    assertTrue(box.coverage() > 0.6, "covers most of the planted box, got " + box.coverage());
    assertEquals("start", r.trajectory().get(0).phase());
    assertEquals(1.0, r.trajectory().get(0).mass());
    for (PrimBox b : r.trajectory()) {
      assertTrue(b.mass() >= 0.05);
    }
  }

  @Test
  void rejectsBadArguments() {
    assertThrows(IllegalArgumentException.class, () -> new Prim(0.6, 0.05));
    assertThrows(IllegalArgumentException.class, () -> new Prim(0.05, 0));
    assertThrows(IllegalArgumentException.class,
        () -> new Prim(0.05, 0.05).find(new double[][] {{1}, {2}}, new boolean[] {false, false}));
  }
}
