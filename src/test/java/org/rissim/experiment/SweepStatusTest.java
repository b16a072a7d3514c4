package org.rissim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rissim.analysis.Outcomes;

class SweepStatusTest {
  @TempDir Path tmp;

  private static SweepSpec shard(int k, int n) {
    List<Map<String, String>> points = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      Map<String, String> p = new LinkedHashMap<>();
      p.put("parameters.belief.eta", Double.toString(0.1 * i));
      points.add(p);
    }
    return new SweepSpec("base", "abc", Fixtures.template("base"),
        List.of(Map.of("path", "parameters.belief.eta", "spec", "0:0.5", "kind", "continuous")),
        List.of("parameters.belief.eta"), points, Outcomes.names(Fixtures.scenario("base", "")),
        "grid", 5, 2, 3, k, n, false, "rissim sweep test");
  }

  @Test
  void aShardNotYetStartedIsListedWithTheRunsItOwes() throws Exception {
    for (int k : new int[] {1, 3}) {
      Sweep.run(shard(k, 3), tmp.resolve("shard-" + k), 1, false, false, Fixtures::fakeRun, Fixtures.MEASURE,
          SweepProgress.NONE);
    }
    List<SweepStatus.Part> parts = SweepStatus.of(tmp);
    assertEquals(3, parts.size());
    SweepStatus.Part second = parts.get(1);
    assertEquals(tmp.resolve("shard-2"), second.dir());
    assertFalse(second.started());
    assertFalse(second.complete());
    assertEquals(SweepSpec.countInShard(10, 2, 3), second.expected());
    assertTrue(parts.get(0).complete() && parts.get(2).complete());
  }
}
