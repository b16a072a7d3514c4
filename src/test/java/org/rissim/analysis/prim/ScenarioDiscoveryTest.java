package org.rissim.analysis.prim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rissim.analysis.sensitivity.SweepData;
import org.rissim.experiment.design.ParameterSpec;

class ScenarioDiscoveryTest {
  /** Runs over a category (red, green, blue) and a number b; the outcome is 0 for red, else 1. */
  private static SweepData redIsLow() {
    List<ParameterSpec> params = List.of(ParameterSpec.parse("mode=red,green,blue"),
        ParameterSpec.parse("b=0:1"));
    List<Map<String, String>> points = new ArrayList<>();
    List<SweepData.Run> runs = new ArrayList<>();
    for (String mode : List.of("red", "green", "blue")) {
      for (int i = 0; i < 40; i++) {
        runs.add(new SweepData.Run(points.size(), 0,
            new double[] {mode.equals("red") ? 0 : 1}));
        points.add(Map.of("mode", mode, "b", Double.toString(i / 39.0)));
      }
    }
    return new SweepData("grid", 40, 1, 1, params, List.of("mode", "b"), points, List.of("y"),
        runs);
  }

  @Test
  void boxTableNamesTheCategoriesOfInterestAndTrajectoryMarksTheChosenBox() {
    ScenarioDiscovery found = ScenarioDiscovery.of(redIsLow(), "y", v -> v > 0.5, 0.4, 0.05);
    assertEquals(List.of(List.of("mode", "green", "blue", "red", "blue")), found.box().rows(),
        "only mode is restricted, to green..blue, its bounds named");
    List<List<Object>> chosen = found.trajectory().rows().stream()
        .filter(r -> r.get(7).equals(1)).toList();
    assertEquals(1, chosen.size(), "one chosen box");
    assertEquals(found.result().box().step(), chosen.get(0).get(0));
    assertEquals(1, chosen.get(0).get(6), "the chosen box restricts one parameter");
    assertEquals(120, found.input().x().length);
  }

  @Test
  void unknownOutcomeIsRefusedWithTheOutcomesThereAre() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ScenarioDiscovery.of(redIsLow(), "z", v -> v > 0, 0.05, 0.05));
    assertEquals("unknown outcome 'z'; runs.csv has y", e.getMessage());
  }
}
