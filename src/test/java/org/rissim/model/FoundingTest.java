package org.rissim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rissim.model.mechanism.BodyLife;
import org.rissim.model.mechanism.Founding;
import org.rissim.observe.Event;
import org.rissim.scenario.FoundingSpec;

/** Competitive secondary institutionalisation: frustration past a threshold founds a body. */
class FoundingTest {
  private static final double MARGIN = 0.01;

  /**
   * Sets HEG's frustration so that after this month's accumulation it lands {@code offset} from
   * the threshold, with resources to pay the cost, and runs one month of founding.
   */
  private static void foundingMonth(TinyWorld w, double offset) {
    FoundingSpec f = w.model.scenario().founding();
    StateAgent heg = w.state("HEG");
    SecondaryInstitution reg = w.body("REG");
    BodyLife.position(reg);
    double d = Founding.dissatisfaction(heg, reg);
    assertTrue(d > 0, "HEG's intentions are far from the members' position");
    heg.setFrustration((f.threshold() + offset - d) / (1 - f.decay()));
    heg.setResources(f.cost());
    Founding.step(w.model);
  }

  @Test
  void frustrationJustBelowTheThresholdFoundsNothing() {
    TinyWorld w = TinyWorld.of();
    foundingMonth(w, -MARGIN);
    assertTrue(w.events("founding").isEmpty());
    assertFalse(w.body("NEW").exists());
    assertEquals(w.model.scenario().founding().threshold() - MARGIN, w.state("HEG").frustration(),
        1e-9, "frustration accumulates by (1 - decay) F + dissatisfaction");
  }

  @Test
  void frustrationJustAboveTheThresholdFoundsABodyLedByTheFounder() {
    TinyWorld w = TinyWorld.of();
    FoundingSpec f = w.model.scenario().founding();
    StateAgent heg = w.state("HEG");
    foundingMonth(w, MARGIN);
    List<Event> foundings = w.events("founding");
    assertEquals(1, foundings.size());
    Event e = foundings.get(0);
    assertEquals("NEW", e.text("body"));
    assertEquals("HEG", e.text("founder"));
    assertEquals("REG", e.text("from"));
    assertEquals(List.of("HEG", "A", "B"), e.fields().get("members"));
    assertEquals(3, e.number("memberCount"));
    SecondaryInstitution created = w.body("NEW");
    assertTrue(created.exists());
    assertSame(heg, created.leader());
    assertEquals(List.of("HEG", "A", "B"), created.memberIds());
    assertEquals(w.model.month(), created.founded());
    assertEquals(0.0, heg.resources(), 1e-12, "the founder paid the cost");
    assertEquals(0.0, heg.frustration(), "frustration is spent");
    assertNull(w.model.nextFoundable(), "the only template id is used");
    assertTrue(f.minMembers() <= created.members().size());
  }

  @Test
  void aCoalitionBelowMinMembersFoundsNothing() {
    // Only three regional states exist, so four members can never be reached.
    TinyWorld w = TinyWorld.of("founding.minMembers=4");
    foundingMonth(w, MARGIN);
    assertTrue(w.events("founding").isEmpty());
    assertFalse(w.body("NEW").exists());
    double threshold = w.model.scenario().founding().threshold();
    assertEquals((threshold + MARGIN) / 2, w.state("HEG").frustration(), 1e-9,
        "a failed attempt halves frustration");
  }

  @Test
  void withoutResourcesNoAttemptIsMade() {
    TinyWorld w = TinyWorld.of();
    StateAgent heg = w.state("HEG");
    BodyLife.position(w.body("REG"));
    heg.setFrustration(100);
    heg.setResources(w.model.scenario().founding().cost() - 0.1);
    Founding.step(w.model);
    assertTrue(w.events("founding").isEmpty());
    assertFalse(w.body("NEW").exists());
    assertTrue(heg.frustration() > 99, "no attempt, so frustration is not halved");
  }
}
