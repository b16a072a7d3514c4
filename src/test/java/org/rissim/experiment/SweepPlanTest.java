package org.rissim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rissim.scenario.ScenarioError;
import org.rissim.scenario.ScenarioException;
import org.rissim.scenario.ScenarioTemplate;

/** A sweep assembled from what was asked: its shard, its points, and what it refuses. */
class SweepPlanTest {
  private static SweepPlan plan(ScenarioTemplate template, List<String> params, Shard shard) {
    return new SweepPlan(template, params, List.of(), "GRID", 2, 3, 7, shard, false,
        "rissim sweep", SweepSpec.Extras.NONE);
  }

  @Test
  void aShardIsReadAsKOverNAndRefusedOutsideOneToN() {
    assertEquals(new Shard(2, 3), Shard.parse("2/3"));
    assertEquals("2/3", Shard.parse("2/3").toString());
    for (String bad : List.of("4/3", "0/2", "x", "1/2/3", "2/", "/2", "1/99999999999")) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> Shard.parse(bad), bad);
      assertEquals("expected K/N with 1 <= K <= N, found '" + bad + "'", e.getMessage());
    }
    assertThrows(IllegalArgumentException.class, () -> new Shard(3, 2));
  }

  @Test
  void theSpecHoldsTheDesignPointsTheShardAndTheMeasures() throws Exception {
    SweepSpec s = plan(Fixtures.template("base"), List.of("a=x,y"), new Shard(2, 3))
        .spec(Fixtures.MEASURE);
    assertEquals(List.of("a"), s.columns());
    assertEquals(2, s.points().size());
    assertEquals(List.of(2, 3), List.of(s.shard(), s.shards()));
    assertEquals("grid", s.design());
    assertEquals(6, s.runs());
    assertEquals(Fixtures.MEASURE.names(Fixtures.scenario("base", "{}"), List.of()),
        s.measures());
  }

  @Test
  void noParameterIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> plan(Fixtures.template("base"), List.of(), Shard.ALL).spec(Fixtures.MEASURE));
    assertEquals("give at least one --param PATH=SPEC or --mix STATE_ID", e.getMessage());
  }

  @Test
  void aValueTheScenarioRefusesIsReportedWithItsErrors() {
    ScenarioTemplate refusesY = overrides -> {
      if ("y".equals(overrides.get("a"))) {
        throw new ScenarioException(List.of(new ScenarioError("--set", 0, 0, "a",
            "expected x, found y")));
      }
      return Fixtures.template("base").with(overrides);
    };
    SweepPlan.RejectedValue e = assertThrows(SweepPlan.RejectedValue.class,
        () -> plan(refusesY, List.of("a=x,y"), Shard.ALL).spec(Fixtures.MEASURE));
    assertEquals("expected x, found y", e.errors().get(0).message());
  }
}
