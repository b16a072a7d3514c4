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
import org.rissim.model.mechanism.Geometry;
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
    double[] own = Founding.initialLegitimacy(w.model, created, 3, heg,
        List.of(w.state("A"), w.state("B")));
    assertEquals(own[0], created.legitimacyGlobal(), 1e-12, "its own legitimacy, not REG's");
    assertEquals(own[1], created.legitimacyRegional(), 1e-12);
    assertTrue(own[0] != w.body("REG").legitimacyGlobal());
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

  @Test
  void aNewBodysLegitimacyComesFromItsCharterAndBreadthNotFromTheOldBody() {
    TinyWorld w = TinyWorld.of("founding.legitimacy.charter=0.4",
        "founding.legitimacy.breadth=0.5");
    SecondaryInstitution created = w.body("NEW");
    StateAgent heg = w.state("HEG");
    List<StateAgent> coalition = List.of(w.state("A"));
    double[] l = Founding.initialLegitimacy(w.model, created, 2, heg, coalition);
    double charter = 0.4 * (1 - Geometry.distance(created.charter(),
        w.model.institution().global()));
    // Votes: HEG 1 and A 1 of 1 + 1 + 1 + 10; regional states: 2 of 3.
    assertEquals(charter + 0.5 * 2.0 / 13, l[0], 1e-12);
    assertEquals(charter + 0.5 * 2.0 / 3, l[1], 1e-12);
  }

  @Test
  void aTemplatePerBodyInvitesBeyondTheRegionAndReplacesTheOldBody() {
    TinyWorld w = TinyWorld.of("founding.minMembers=2",
        "founding.bodies={NEW: {invite: [A, WEST], relation: replace, capability: 0.9}}");
    assertEquals(0.9, w.body("NEW").capability(), 1e-12, "the body's own template");
    foundingMonth(w, MARGIN);
    assertEquals(1, w.events("founding").size());
    assertEquals(List.of("HEG", "A"), w.body("NEW").memberIds());
    List<Event> declined = w.events("invitation-declined");
    assertEquals(1, declined.size(), "the non-regional invitee declined, and it is an event");
    assertEquals("WEST", declined.get(0).text("state"));
    assertTrue(declined.get(0).number("utility") < 0);
    assertFalse(w.body("REG").exists(), "replaced: the old body is dissolved");
  }

  @Test
  void anInviteeAcceptsByItsOwnUtility() {
    TinyWorld w = TinyWorld.of("founding.accept.cost=1.0");
    StateAgent heg = w.state("HEG");
    StateAgent a = w.state("A");
    SecondaryInstitution reg = w.body("REG");
    var f = w.model.scenario().founding();
    double expected = f.accept().regimeInsecurity() * 0.8 + f.accept().affinity() * 0.5
        + f.accept().alignment() * 0.8 + f.accept().inculcation() * a.inculcation()
        - 1.0 * 10.0 / 11 + f.cascade() * 3 - f.acceptThreshold();
    assertEquals(expected, Founding.acceptUtility(w.model, a, heg, reg, 3), 1e-12);
  }

  @Test
  void voiceExitAndCreationAreWeighedByTheirEquations() {
    TinyWorld w = TinyWorld.of("hegemon.revisionism=reformist");
    StateAgent heg = w.state("HEG");
    StateAgent a = w.state("A");
    SecondaryInstitution reg = w.body("REG");
    SecondaryInstitution next = w.body("NEW");
    BodyLife.position(reg);
    List<StateAgent> coalition = List.of(a, w.state("B"));
    double[] u = Founding.utilities(w.model, heg, reg, next, coalition);
    assertEquals(0.0, u[0], 1e-12, "voice: no effect in the first year");
    assertTrue(Double.isNaN(u[1]), "exit is not open to the body's leader");
    // The coalition is the old body's other members: no closer to HEG's intentions. Left: the
    // status term of a reformist (1 x pi_status 0.5 x 0.5) less cost / 60.
    assertEquals(0.25 - 6.0 / 60, u[2], 1e-12);
    double[] ua = Founding.utilities(w.model, a, reg, next, List.of(heg, w.state("B")));
    assertEquals(-reg.legitimacyRegional() * a.affinity(reg), ua[1], 1e-12,
        "a status-quo member has no goal term: exit only costs it the body's legitimacy");
    double[] none = Founding.utilities(w.model, heg, reg, next, List.of());
    assertTrue(Double.isNaN(none[2]), "creation is not open below minMembers");
  }

  @Test
  void anAbsorbingBodyTakesEveryMemberAndDissolvesTheOldOne() {
    TinyWorld w = TinyWorld.of("founding.minMembers=2", "states.B.alignment.HEG=-1",
        "founding.bodies={NEW: {relation: absorb}}");
    foundingMonth(w, MARGIN);
    assertEquals(1, w.events("founding").size());
    assertEquals(1, w.events("invitation-declined").size(), "B, hostile to HEG, declined");
    assertTrue(w.body("NEW").exists());
    assertEquals(List.of("HEG", "A", "B"), w.body("NEW").memberIds(),
        "absorbed: B joins with the old body's other members all the same");
    assertFalse(w.body("REG").exists());
  }
}
