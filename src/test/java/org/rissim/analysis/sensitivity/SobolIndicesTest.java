package org.rissim.analysis.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rissim.experiment.design.Designs;
import org.rissim.experiment.design.ParameterSpec;

class SobolIndicesTest {
  private static final double A = 7;
  private static final double B = 0.1;

  private static double ishigami(double x1, double x2, double x3) {
    return Math.sin(x1) + A * Math.pow(Math.sin(x2), 2) + B * Math.pow(x3, 4) * Math.sin(x1);
  }

  @Test
  void ishigamiIndicesMatchPublishedValues() {
    List<ParameterSpec> params = List.of(ParameterSpec.parse("x1=-3.141592653589793:3.141592653589793"),
        ParameterSpec.parse("x2=-3.141592653589793:3.141592653589793"),
        ParameterSpec.parse("x3=-3.141592653589793:3.141592653589793"));
    int n = 4096;
    int k = 3;
    List<Map<String, String>> pts = Designs.of("sobol").points(params, n, 0);
    double[] fA = new double[n];
    double[] fB = new double[n];
    double[][] fAB = new double[k][n];
    for (int j = 0; j < n; j++) {
      fA[j] = eval(pts.get(j * (k + 2)));
      for (int i = 0; i < k; i++) {
        fAB[i][j] = eval(pts.get(j * (k + 2) + 1 + i));
      }
      fB[j] = eval(pts.get(j * (k + 2) + k + 1));
    }
    List<SobolIndex> idx = new SobolIndices(100, 1).estimate(List.of("x1", "x2", "x3"), fA, fB, fAB);
    double[] s1 = {0.3139, 0.4424, 0.0};
    double[] st = {0.5576, 0.4424, 0.2437};
    for (int i = 0; i < k; i++) {
      SobolIndex s = idx.get(i);
      assertEquals(s1[i], s.s1(), 0.03, "S1 of x" + (i + 1));
      assertEquals(st[i], s.st(), 0.03, "ST of x" + (i + 1));
      assertTrue(s.s1Low() <= s.s1() && s.s1() <= s.s1High(), "S1 inside its interval");
      assertTrue(s.stLow() <= s.st() && s.st() <= s.stHigh(), "ST inside its interval");
      assertTrue(s.stHigh() - s.stLow() < 0.1, "ST interval narrow at N = 4096");
    }
  }

  private static double eval(Map<String, String> p) {
    return ishigami(Double.parseDouble(p.get("x1")), Double.parseDouble(p.get("x2")),
        Double.parseDouble(p.get("x3")));
  }
}
