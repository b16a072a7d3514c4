package org.rissim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rissim.model.mechanism.CrisisDynamics;
import org.rissim.scenario.ActScoring;
import org.rissim.scenario.CrisisSpec;
import org.rissim.scenario.Strategy;

/** How a frozen deployment ends (docs/MODEL.md 6.1): settlement, cost, a mandate's end. */
class DeploymentEndTest {
  private static final CrisisSpec.CrisisType WAR =
      new CrisisSpec.CrisisType(0, 0.5, 0.1, 0.02, 24, 0, true, false);

  /** A frozen conflict in B with HEG's deployment launched {@code age} months ago. */
  private static Operation frozen(TinyWorld w, double intensity, int age, String consent) {
    Crisis c = w.model.openCrisis("c", "c", "war", WAR, w.state("B"), null, true, intensity);
    StateAgent heg = w.state("HEG");
    Operation op = new Operation("op-1", c, heg, null, Strategy.BEHAVIOURAL, List.of(heg),
        new double[] {1}, new ActScoring.Scored(new Object[] {consent, "government"},
            new double[] {0.5, 0.5}, 0, consent.equals("coerced"), true, 0), 0, -age);
    w.model.operations().add(op);
    c.setOperation(op);
    op.end("frozen", -1);
    c.freeze();
    return op;
  }

  private static String reason(TinyWorld w) {
    var ends = w.events("deployment-end");
    assertEquals(1, ends.size(), "one deployment-end event");
    return (String) ends.get(0).fields().get("reason");
  }

  @Test
  void aFrozenConflictThatCoolsBelowResolutionIsSettled() {
    TinyWorld w = TinyWorld.of();
    Operation op = frozen(w, 0.101, 5, "coerced");
    CrisisDynamics.step(w.model);
    assertFalse(op.active());
    assertEquals("settlement", reason(w));
    assertEquals("frozen", op.outcome(), "the operation's outcome stays frozen");
  }

  @Test
  void anActorWithoutResourcesWithdraws() {
    TinyWorld w = TinyWorld.of();
    Operation op = frozen(w, 0.5, 5, "coerced");
    w.state("HEG").setResources(-5);
    CrisisDynamics.step(w.model);
    assertFalse(op.active());
    assertEquals("cost", reason(w));
  }

  @Test
  void aCoercedDeploymentThatCanBePaidForStays() {
    TinyWorld w = TinyWorld.of("states.B.alignment={HEG: -0.8}");
    Operation op = frozen(w, 0.5, 12, "coerced");
    w.state("HEG").setResources(10);
    CrisisDynamics.step(w.model);
    assertTrue(op.active(), "no mandate to lose: a frozen conflict can stay");
    assertTrue(w.events("deployment-end").isEmpty());
  }

  @Test
  void aMandateEndsWhenTheHostNoLongerConsentsAtTheEndOfATerm() {
    TinyWorld hostile = TinyWorld.of("states.B.alignment={HEG: -0.8}",
        "parameters.deployments.mandateMonths=12");
    Operation op = frozen(hostile, 0.5, 12, "host-government");
    hostile.state("HEG").setResources(10);
    CrisisDynamics.step(hostile.model);
    assertFalse(op.active());
    assertEquals("mandate", reason(hostile));
    // mid-term, or with a host still willing, the mandate is renewed
    TinyWorld midTerm = TinyWorld.of("states.B.alignment={HEG: -0.8}",
        "parameters.deployments.mandateMonths=12");
    Operation op2 = frozen(midTerm, 0.5, 11, "host-government");
    midTerm.state("HEG").setResources(10);
    CrisisDynamics.step(midTerm.model);
    assertTrue(op2.active());
    TinyWorld willing = TinyWorld.of("parameters.deployments.mandateMonths=12");
    Operation op3 = frozen(willing, 0.5, 12, "host-government");
    willing.state("HEG").setResources(10);
    CrisisDynamics.step(willing.model);
    assertTrue(op3.active(), "B's alignment toward HEG (0.8) renews the mandate");
  }
}
