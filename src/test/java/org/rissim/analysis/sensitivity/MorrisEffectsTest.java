package org.rissim.analysis.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rissim.experiment.design.Designs;
import org.rissim.experiment.design.MorrisDesign;
import org.rissim.experiment.design.ParameterSpec;

class MorrisEffectsTest {
  @Test
  void muStarRanksFactorsOfKnownFunction() {
    // f = 10 a - 5 b^2 + c + 0 d: importance a > b > c > d; a's effect is linear (sigma 0),
    // b's is non-linear (sigma > 0) and negative (mu < 0).
    List<ParameterSpec> params = List.of(ParameterSpec.parse("a=0:1"), ParameterSpec.parse("b=0:1"),
        ParameterSpec.parse("c=0:1"), ParameterSpec.parse("d=0:1"));
    MorrisDesign design = (MorrisDesign) Designs.of("morris");
    int r = 30;
    int k = 4;
    List<Map<String, String>> pts = design.points(params, r, 11);
    double[] f = pts.stream().mapToDouble(p -> 10 * v(p, "a") - 5 * v(p, "b") * v(p, "b") + v(p, "c"))
        .toArray();
    int[][] dir = new int[r][k];
    for (int t = 0; t < r; t++) {
      for (int i = 0; i < k; i++) {
        String key = params.get(i).path();
        dir[t][i] = (int) Math.signum(v(pts.get(t * (k + 1) + i + 1), key) - v(pts.get(t * (k + 1) + i), key));
      }
    }
    List<ElementaryEffects> ee = new MorrisEffects(200, 3).estimate(List.of("a", "b", "c", "d"), f, dir,
        design.delta());
    assertTrue(ee.get(0).muStar() > ee.get(1).muStar());
    assertTrue(ee.get(1).muStar() > ee.get(2).muStar());
    assertTrue(ee.get(2).muStar() > ee.get(3).muStar());
    assertEquals(10.0, ee.get(0).mu(), 1e-9);
    assertEquals(0.0, ee.get(0).sigma(), 1e-9);
    assertTrue(ee.get(1).mu() < 0 && ee.get(1).sigma() > 0);
    assertEquals(0.0, ee.get(3).muStar(), 1e-12);
    assertTrue(ee.get(1).muStarLow() <= ee.get(1).muStar() && ee.get(1).muStar() <= ee.get(1).muStarHigh());
  }

  private static double v(Map<String, String> p, String key) {
    return Double.parseDouble(p.get(key));
  }
}
