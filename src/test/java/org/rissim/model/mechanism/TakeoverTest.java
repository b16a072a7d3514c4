package org.rissim.model.mechanism;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rissim.model.Crisis;
import org.rissim.model.Operation;
import org.rissim.model.RegionModel;
import org.rissim.model.StateAgent;
import org.rissim.observe.Event;
import org.rissim.observe.EventFormat;
import org.rissim.scenario.Strategy;
import org.rissim.scenario.ActScoring;
import org.rissim.scenario.CrisisSpec;

/** The global body re-hats a regional body's consented operation (docs/MODEL.md 6.1). */
class TakeoverTest {
  private static final CrisisSpec.CrisisType UNREST =
      new CrisisSpec.CrisisType(0, 0.5, 0.1, 0.02, 24, 0, true, true);

  private static RegionModel world(String... overrides) {
    return ActsTest.world(overrides);
  }

  /** HEG's operation through REG in A, launched {@code age} months ago, consented or not. */
  private static Operation regional(RegionModel m, Crisis c, int age, boolean imposed) {
    StateAgent heg = m.state("HEG");
    Operation op = new Operation("op-1", c, heg, m.body("REG"), Strategy.THROUGH_BODY,
        List.of(heg), new double[] {1}, new ActScoring.Scored(new Object[] {
            imposed ? "coerced" : "host-government", "government"}, new double[] {0.5, 0.4}, 0,
            imposed, true, 0), 0, m.tick() - age);
    op.setLegitimacy(1.0, 0.5);
    m.operations().add(op);
    c.setOperation(op);
    return op;
  }

  @Test
  void noTakeoverWithoutTheParameterOrForAnImposedOrYoungOperation() {
    RegionModel off = world();
    Crisis c = off.openCrisis("c", "c", "unrest", UNREST, off.state("A"), null, true, 0.5);
    Operation op = regional(off, c, 24, false);
    for (int i = 0; i < 100; i++) {
      assertFalse(CrisisDynamics.takesOver(off, op), "takeover is 0 by default");
    }
    RegionModel on = world("parameters.deployments.takeover=1",
        "parameters.deployments.takeoverAfter=6");
    Crisis d = on.openCrisis("d", "d", "unrest", UNREST, on.state("A"), null, true, 0.5);
    assertFalse(CrisisDynamics.takesOver(on, regional(on, d, 24, true)), "imposed");
    assertFalse(CrisisDynamics.takesOver(on, regional(on, d, 3, false)), "too young");
    assertTrue(CrisisDynamics.takesOver(on, regional(on, d, 6, false)), "legitimacy 1, rate 1");
  }

  @Test
  void theGlobalBodysMostPowerfulDisinterestedMemberFieldsAConformingOperation() {
    RegionModel m = world("parameters.deployments.takeover=1", "states.HEG.sphere=[A]");
    List<Event> events = new ArrayList<>();
    m.addEventListener(EventFormat.listener(m, events::add));
    Crisis c = m.openCrisis("c", "c", "unrest", UNREST, m.state("A"), null, true, 0.5);
    Operation op = regional(m, c, 12, false);
    CrisisDynamics.takeOver(m, c, op);
    assertEquals("taken-over", op.outcome());
    assertFalse(op.active());
    Operation un = c.operation();
    assertSame(m.globalBody(), un.body());
    assertSame(m.state("WEST"), un.actor(), "WEST: the most powerful member not interested in A");
    assertEquals("all-parties", un.features()[0]);
    Event t = events.stream().filter(e -> e.type().equals("takeover")).findFirst().orElseThrow();
    assertEquals("REG", t.fields().get("from"));
    assertEquals("UN", t.fields().get("by"));
    assertEquals("op-1", t.fields().get("act"));
  }
}
