package org.rissim.experiment.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DesignsTest {
  private static final List<ParameterSpec> THREE = List.of(ParameterSpec.parse("a=0:10"),
      ParameterSpec.parse("b=1:3:1"), ParameterSpec.parse("c=x,y"));

  private static double num(Map<String, String> p, String key) {
    return Double.parseDouble(p.get(key));
  }

  @Test
  void gridIsFullFactorialWithFirstParameterSlowest() {
    List<Map<String, String>> pts = Designs.of("grid").points(THREE, 4, 1);
    assertEquals(4 * 3 * 2, pts.size());
    assertEquals(Map.of("a", "0.0", "b", "1", "c", "x"), pts.get(0));
    assertEquals(Map.of("a", "0.0", "b", "1", "c", "y"), pts.get(1));
    assertEquals("10.0", pts.get(pts.size() - 1).get("a"));
    assertEquals(24, new HashSet<>(pts).size());
  }

  @Test
  void gridOfMixIsTheSimplexLattice() {
    List<Map<String, String>> pts = Designs.of("grid").points(List.of(ParameterSpec.mix("R")), 3, 1);
    // Compositions of 2 into 8 parts: C(9, 7) = 36.
    assertEquals(36, pts.size());
    pts.forEach(p -> assertEquals(1.0, sum(p), 1e-12));
  }

  @Test
  void gridRefusesContinuousWithOneLevel() {
    assertThrows(IllegalArgumentException.class, () -> Designs.of("grid").points(THREE, 1, 1));
  }

  @Test
  void randomPointsStayInBoundsAndDependOnSeed() {
    List<Map<String, String>> pts = Designs.of("random").points(THREE, 200, 5);
    assertEquals(200, pts.size());
    for (Map<String, String> p : pts) {
      assertTrue(num(p, "a") >= 0 && num(p, "a") <= 10);
      assertTrue(Set.of("1", "2", "3").contains(p.get("b")));
    }
    assertEquals(pts, Designs.of("random").points(THREE, 200, 5));
    assertNotEquals(pts, Designs.of("random").points(THREE, 200, 6));
  }

  @Test
  void latinHypercubeHasOnePointPerStratumPerDimension() {
    int n = 50;
    List<ParameterSpec> params = List.of(ParameterSpec.parse("a=0:10"), ParameterSpec.parse("b=-1:1"));
    List<Map<String, String>> pts = Designs.of("lhs").points(params, n, 42);
    assertEquals(n, pts.size());
    for (String key : List.of("a", "b")) {
      ParameterSpec p = key.equals("a") ? params.get(0) : params.get(1);
      boolean[] hit = new boolean[n];
      for (Map<String, String> pt : pts) {
        int stratum = (int) Math.floor((num(pt, key) - p.lo()) / (p.hi() - p.lo()) * n);
        hit[Math.min(n - 1, stratum)] = true;
      }
      for (boolean h : hit) {
        assertTrue(h, "every stratum of " + key + " holds a point");
      }
    }
  }

  @Test
  void sobolHasSaltelliStructure() {
    List<ParameterSpec> params = List.of(ParameterSpec.parse("a=0:1"), ParameterSpec.parse("b=0:1"),
        ParameterSpec.parse("c=0:1"));
    int n = 16;
    int k = params.size();
    List<Map<String, String>> pts = Designs.of("sobol").points(params, n, 0);
    assertEquals(n * (k + 2), pts.size());
    int differ = 0;
    for (int j = 0; j < n; j++) {
      Map<String, String> a = pts.get(j * (k + 2));
      Map<String, String> b = pts.get(j * (k + 2) + k + 1);
      for (int i = 0; i < k; i++) {
        Map<String, String> ab = pts.get(j * (k + 2) + 1 + i);
        for (int c = 0; c < k; c++) {
          String key = params.get(c).path();
          assertEquals(c == i ? b.get(key) : a.get(key), ab.get(key));
        }
      }
      if (!a.get("a").equals(b.get("a"))) {
        differ++;
      }
    }
    // A and B come from different coordinates of the sequence; they coincide only by chance
    // (row 0 is the point (1/2, ..., 1/2), where they always do, as in SALib).
    assertTrue(differ >= n / 2, "A and B differ in most rows");
    // The skipped first point of the sequence is all zeros: no base row is.
    assertNotEquals("0.0", pts.get(0).get("a"));
  }

  @Test
  void morrisTrajectoriesMoveOneFactorByDelta() {
    List<ParameterSpec> params = List.of(ParameterSpec.parse("a=0:1"), ParameterSpec.parse("b=0:2"),
        ParameterSpec.mix("R"));
    MorrisDesign design = (MorrisDesign) Designs.of("morris");
    int r = 10;
    int k = params.size();
    List<Map<String, String>> pts = design.points(params, r, 3);
    assertEquals(r * (k + 1), pts.size());
    double delta = design.delta();
    for (int t = 0; t < r; t++) {
      for (int i = 0; i < k; i++) {
        Map<String, String> before = pts.get(t * (k + 1) + i);
        Map<String, String> after = pts.get(t * (k + 1) + i + 1);
        for (int c = 0; c < k; c++) {
          ParameterSpec p = params.get(c);
          boolean changed = p.paths().stream().anyMatch(x -> !before.get(x).equals(after.get(x)));
          assertEquals(c == i, changed, "only parameter " + i + " moves at step " + i);
        }
        if (i < 2) {
          ParameterSpec p = params.get(i);
          double du = Math.abs(num(after, p.path()) - num(before, p.path())) / (p.hi() - p.lo());
          assertEquals(delta, du, 1e-12);
        }
      }
    }
  }

  @Test
  void mixPointsLieOnTheSimplexWithUniformDirichletMarginals() {
    List<Map<String, String>> pts = Designs.of("random").points(List.of(ParameterSpec.mix("R")), 4000, 9);
    double[] mean = new double[8];
    double[] sq = new double[8];
    for (Map<String, String> p : pts) {
      assertEquals(1.0, sum(p), 1e-12);
      List<String> keys = ParameterSpec.mix("R").paths();
      for (int i = 0; i < 8; i++) {
        double x = num(p, keys.get(i));
        assertTrue(x >= 0);
        mean[i] += x / pts.size();
        sq[i] += x * x / pts.size();
      }
    }
    for (int i = 0; i < 8; i++) {
      assertEquals(1.0 / 8, mean[i], 0.006, "mean share " + i);
      // Flat Dirichlet(1^8): each share is Beta(1,7), variance 7 / (64 * 9).
      assertEquals(7.0 / (64 * 9), sq[i] - mean[i] * mean[i], 0.002, "variance of share " + i);
    }
  }

  @Test
  void unknownDesignIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> Designs.of("taguchi"));
    assertThrows(IllegalArgumentException.class, () -> Designs.of("morris:3"));
    assertThrows(IllegalArgumentException.class,
        () -> Designs.of("lhs").points(List.of(ParameterSpec.parse("a=0:1"), ParameterSpec.parse("a=1:2")), 5, 1));
  }

  private static double sum(Map<String, String> p) {
    return p.values().stream().mapToDouble(Double::parseDouble).sum();
  }
}
