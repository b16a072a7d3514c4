package org.rissim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rissim.model.Operation;
import org.rissim.model.RegionModel;
import org.rissim.scenario.ScenarioLoader;

class RegionFieldTest {
  @Test
  void fieldsFollowBodiesMembersAndActiveOperationsMonthByMonth() throws Exception {
    var scenario = ScenarioLoader.load(Path.of("scenarios/psris-baseline.yaml"), List.of())
        .scenario();
    RegionModel m = new RegionModel(scenario, 1);
    m.start();
    RegionField field = new RegionField(m, new ExplorerParameters(scenario));
    int sawOperations = 0;
    for (int month = 0; month < 36; month++) {
      m.schedule.step(m);
      field.sync();
      for (BodyView v : field.bodies()) {
        if (v.body().exists()) {
          assertNotNull(field.positions().getObjectLocation(v), v.getId());
          assertEquals(v.body().members().size(), field.memberships().getEdges(v, null).size(),
              v.getId() + " edges = members");
        } else {
          assertNull(field.positions().getObjectLocation(v), v.getId() + " not founded, not shown");
        }
      }
      long active = m.operations().stream().filter(Operation::active)
          .filter(op -> op.actor() != op.crisis().host()).count();
      int edges = 0;
      for (Object node : field.operations().getAllNodes()) {
        edges += field.operations().getEdgesOut(node).size();
      }
      assertEquals(active, edges, "one edge per active operation, month " + month);
      sawOperations += edges;
    }
    assertTrue(sawOperations > 0, "the baseline's first years have operations to draw");
    assertEquals(scenario.states().size(), field.states().size());
  }
}
