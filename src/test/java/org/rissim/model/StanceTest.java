package org.rissim.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.rissim.model.mechanism.BeliefUpdate;
import org.rissim.model.mechanism.CounterContestation;
import org.rissim.model.mechanism.Stance;
import org.rissim.scenario.BodySpec;
import org.rissim.scenario.Revisionism;

/** The public stance by level (docs/MODEL.md 6.14): words apart from beliefs and intentions. */
class StanceTest {
  private static final BodySpec.Level GLOBAL = BodySpec.Level.GLOBAL;
  private static final BodySpec.Level REGIONAL = BodySpec.Level.REGIONAL;

  @Test
  void stanceIsPulledFromBeliefTowardIntentionsByAdvocacy() {
    TinyWorld w = TinyWorld.of("states.HEG.preferences.goal=3.0", "states.HEG.preferences.conformity=1.0");
    StateAgent heg = w.state("HEG");
    assertEquals(0.75, Stance.advocacy(heg.preferences()), 1e-15);
    // HEG: belief (0.7, 0.6), intentions (0.3, 0.2)
    assertArrayEquals(new double[] {0.7 + 0.75 * (0.3 - 0.7), 0.6 + 0.75 * (0.2 - 0.6)},
        heg.stance(REGIONAL), 1e-12);
    // without a global: key the global stance is the regional one
    assertArrayEquals(heg.stance(REGIONAL), heg.stance(GLOBAL), 0);
  }

  @Test
  void theGlobalKeySetsIntentionsAndRevisionismAtTheGlobalLevel() {
    TinyWorld w = TinyWorld.of(
        "states.HEG.global={revisionism: orthodox, intentions: {consent: 0.9}}",
        "states.HEG.revisionism=reformist");
    StateAgent heg = w.state("HEG");
    assertEquals(Revisionism.REFORMIST, heg.revisionism(REGIONAL));
    assertEquals(Revisionism.ORTHODOX, heg.revisionism(GLOBAL));
    // consent overridden, impartiality inherited from the regional intentions
    assertArrayEquals(new double[] {0.9, 0.2}, heg.intentions(GLOBAL), 0);
    assertArrayEquals(new double[] {0.3, 0.2}, heg.intentions(REGIONAL), 0);
    double alpha = Stance.advocacy(heg.preferences());
    assertEquals(0.7 + alpha * (0.9 - 0.7), heg.stance(GLOBAL)[0], 1e-12);
    assertEquals(0.7 + alpha * (0.3 - 0.7), heg.stance(REGIONAL)[0], 1e-12);
  }

  @Test
  void stancesFollowTheBeliefAfterEachUpdate() {
    TinyWorld w = TinyWorld.of();
    StateAgent a = w.state("A");
    double[] before = a.stance(REGIONAL).clone();
    BeliefUpdate.step(w.model);
    assertFalse(Arrays.equals(before, a.stance(REGIONAL)), "the belief moved, so did the stance");
    double alpha = Stance.advocacy(a.preferences());
    for (int p = 0; p < 2; p++) {
      assertEquals(a.belief()[p] + alpha * (a.intentions(REGIONAL)[p] - a.belief()[p]),
          a.stance(REGIONAL)[p], 1e-12);
    }
  }

  @Test
  void criticismCarriesTheCriticsGlobalStanceNotItsBelief() {
    TinyWorld w = TinyWorld.of("states.WEST.global={intentions: {consent: 1.0, impartiality: 1.0}}");
    StateAgent west = w.state("WEST");
    CounterContestation.criticise(w.model, west, w.state("HEG"));
    Act said = w.model.actsThisMonth().get(0);
    assertArrayEquals(west.stance(GLOBAL), said.profile(), 0);
    assertFalse(Arrays.equals(west.belief(), said.profile()), "the private belief is not heard");
  }
}
