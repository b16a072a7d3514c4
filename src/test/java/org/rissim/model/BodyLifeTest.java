package org.rissim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rissim.model.mechanism.BodyLife;
import org.rissim.observe.Event;

/** Life inside a body: socialisation of affinities, cohesion, exit. */
class BodyLifeTest {

  @Test
  void socialisationPullsMembersAffinitiesTowardTheirMean() {
    TinyWorld w = TinyWorld.of("parameters.bodies.socialisation=0.1");
    SecondaryInstitution reg = w.body("REG");
    StateAgent heg = w.state("HEG");
    StateAgent a = w.state("A");
    StateAgent b = w.state("B");
    heg.setAffinity(reg, 0.8);
    a.setAffinity(reg, 0.2);
    b.setAffinity(reg, -0.4);
    double mean = (0.8 + 0.2 - 0.4) / 3;
    BodyLife.step(w.model);
    assertEquals(0.8 + 0.1 * (mean - 0.8), heg.affinity(reg), 1e-12);
    assertEquals(0.2 + 0.1 * (mean - 0.2), a.affinity(reg), 1e-12);
    assertEquals(-0.4 + 0.1 * (mean - -0.4), b.affinity(reg), 1e-12);
    double spread = heg.affinity(reg) - b.affinity(reg);
    assertTrue(spread < 1.2, "the range of affinities narrows: " + spread);
    assertEquals(mean, (heg.affinity(reg) + a.affinity(reg) + b.affinity(reg)) / 3, 1e-12,
        "the mean is preserved");
  }

  @Test
  void cohesionFallsWithTheSpreadOfIntentionsAndOfInterestsTowardTheLeader() {
    TinyWorld w = TinyWorld.of();
    SecondaryInstitution reg = w.body("REG");
    List<StateAgent> members = List.of(w.state("HEG"), w.state("A"), w.state("B"));
    StateAgent heg = w.state("HEG");
    w.state("A").setAlignment(heg, 0.5);
    w.state("B").setAlignment(heg, 0.5);
    setIntentions(members, 0.5, 0.5, 0.5);
    setBeliefs(members, 0.2, 0.5, 0.8);
    assertEquals(1.0, BodyLife.cohesion(reg), 1e-12,
        "identical intentions, preferences and interests: fully cohesive, whatever beliefs");
    setIntentions(members, 0.2, 0.5, 0.8);
    double wide = BodyLife.cohesion(reg);
    // Population sd of {0.2, 0.5, 0.8} is sqrt(0.06) on each practice.
    assertEquals(1 - Math.sqrt(0.06), wide, 1e-12);
    w.state("B").setAlignment(heg, -0.3);
    // The other members' alignment toward the leader: {0.5, -0.3}, population sd 0.4.
    assertEquals(wide - 0.4, BodyLife.cohesion(reg), 1e-12,
        "a member turning against the leader lowers cohesion (diverging interests)");
  }

  @Test
  void membershipPullsIntentionsAndPreferenceWeightsTowardTheBodys() {
    TinyWorld w = TinyWorld.of("states.A.preferences.conformity=3");
    SecondaryInstitution reg = w.body("REG");
    List<StateAgent> members = List.of(w.state("HEG"), w.state("A"), w.state("B"));
    setIntentions(members, 0.2, 0.8, 0.8);
    w.state("A").setAffinity(reg, 0.5);
    // Power 10, 1, 1: the body's intentions are (10*0.2 + 0.8 + 0.8) / 12 = 0.3 on each practice.
    BodyLife.socialiseIntentions(reg, 0.1);
    assertEquals(0.8 + 0.1 * 0.5 * (0.3 - 0.8), w.state("A").intentions()[0], 1e-12);
    assertEquals(0.2 + 0.1 * 0.8 * (0.3 - 0.2), w.state("HEG").intentions()[1], 1e-12);
    // Conformity weights 1, 3, 1 by power 10, 1, 1: the body's is 14 / 12.
    assertEquals(3 + 0.1 * 0.5 * (14.0 / 12 - 3), w.state("A").preferences().conformity(), 1e-12);
    assertEquals(1 + 0.1 * 0.8 * (14.0 / 12 - 1), w.state("HEG").preferences().conformity(),
        1e-12);
  }

  private static void setIntentions(List<StateAgent> members, double... values) {
    for (int i = 0; i < members.size(); i++) {
      java.util.Arrays.fill(members.get(i).intentions(), values[i]);
    }
  }

  @Test
  void anUnsatisfiedHostileMemberProneToDistancingExits() {
    TinyWorld w = exitWorld(1.0);
    SecondaryInstitution reg = w.body("REG");
    StateAgent b = w.state("B");
    for (int month = 0; month < 300 && reg.hasMember(b); month++) {
      BodyLife.step(w.model);
    }
    assertFalse(reg.hasMember(b), "B left REG");
    List<Event> exits = w.events("exit");
    assertEquals(1, exits.size());
    assertEquals("B", exits.get(0).text("state"));
    assertEquals("REG", exits.get(0).text("body"));
    assertTrue(exits.get(0).number("satisfaction") < w.model.parameters().bodies().exitBelow());
    assertTrue(reg.hasMember(w.state("HEG")) && reg.hasMember(w.state("A")));
    assertEquals(2, reg.members().size());
  }

  @Test
  void aMemberWithoutDistancingPropensityStays() {
    TinyWorld w = exitWorld(0.0);
    for (int month = 0; month < 300; month++) {
      BodyLife.step(w.model);
    }
    assertTrue(w.body("REG").hasMember(w.state("B")));
    assertTrue(w.events("exit").isEmpty());
  }

  /** B: far from REG's position, negative affinity, satisfaction below exitBelow. */
  private static TinyWorld exitWorld(double distancing) {
    TinyWorld w = TinyWorld.of("parameters.bodies.socialisation=0",
        "states.B.strategyMix.distancing=" + distancing);
    SecondaryInstitution reg = w.body("REG");
    StateAgent b = w.state("B");
    w.state("HEG").belief()[0] = 0.95;
    w.state("HEG").belief()[1] = 0.95;
    b.belief()[0] = 0.05;
    b.belief()[1] = 0.05;
    b.setAffinity(reg, -0.6);
    b.setSatisfaction(reg, 0.05);
    return w;
  }

  @Test
  void aBodyScriptedForALaterMonthIsFoundedThenAndNotBefore() {
    TinyWorld w = TinyWorld.of("bodies.REG.founded=2000-03");
    assertFalse(w.body("REG").exists(), "not before its month");
    w.model.schedule.step(w.model); // 2000-01
    w.model.schedule.step(w.model); // 2000-02
    assertFalse(w.body("REG").exists());
    w.model.schedule.step(w.model); // 2000-03
    assertTrue(w.body("REG").exists());
    var founding = w.events.stream().filter(e -> e.type().equals("founding")).toList();
    assertEquals(1, founding.size());
    assertEquals(Boolean.TRUE, founding.get(0).fields().get("scripted"));
    assertEquals("REG", founding.get(0).text("body"));
  }

  private static void setBeliefs(List<StateAgent> members, double... values) {
    for (int i = 0; i < members.size(); i++) {
      java.util.Arrays.fill(members.get(i).belief(), values[i]);
    }
  }
}
