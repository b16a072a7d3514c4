package org.rissim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rissim.model.mechanism.CounterContestation;
import org.rissim.model.mechanism.Geometry;
import org.rissim.scenario.ActScoring;
import org.rissim.scenario.Strategy;

/** Counter-contestation (docs/MODEL.md 6.9): the target, the utility and criticism's effects. */
class CounterContestationTest {
  private static Operation operation(TinyWorld w, String actor, double[] profile, int start) {
    StateAgent a = w.state(actor);
    Crisis c = w.model.openCrisis("c-" + actor + start, "c", "war", null, w.state("B"), null,
        true, 0.5);
    Operation op = new Operation("op-" + actor + start, c, a, null, Strategy.BEHAVIOURAL,
        List.of(a), new double[] {1}, new ActScoring.Scored(new Object[] {"coerced",
            "separatists"}, profile, 0, true, false, 0), 0, start);
    w.model.operations().add(op);
    return op;
  }

  @Test
  void targetsTheUnalignedActorWhoseRecentOperationIsFarthestFromItsBelief() {
    TinyWorld w = TinyWorld.of("states.WEST.alignment={HEG: 0.0, A: 0.0}",
        "states.WEST.belief={consent: 0.9, impartiality: 0.8}");
    StateAgent west = w.state("WEST");
    operation(w, "A", new double[] {0.5, 0.5}, 0);    // distance 0.35 from WEST's belief
    operation(w, "HEG", new double[] {0.2, 0.2}, 0);  // distance 0.65: the worst
    assertSame(w.state("HEG"), CounterContestation.target(w.model, west));
    west.setAlignment(w.state("HEG"), 0.3);          // aligned at 0.3: not a target any more
    assertSame(w.state("A"), CounterContestation.target(w.model, west));
  }

  @Test
  void noTargetWhenDeviationsAreSmallOrOld() {
    TinyWorld w = TinyWorld.of("states.WEST.belief={consent: 0.9, impartiality: 0.8}");
    StateAgent west = w.state("WEST");
    operation(w, "A", new double[] {0.8, 0.7}, 0);     // distance 0.1 <= 0.2
    assertNull(CounterContestation.target(w.model, west));
    TinyWorld old = TinyWorld.of("states.WEST.belief={consent: 0.9, impartiality: 0.8}");
    operation(old, "HEG", new double[] {0.1, 0.1}, -25); // outside the 24-month window
    assertNull(CounterContestation.target(old.model, old.state("WEST")));
  }

  @Test
  void criticismRaisesTheTargetsCriticismAndLowersTheCriticsAlignment() {
    TinyWorld w = TinyWorld.of("parameters.counterContestation=2.0");
    StateAgent west = w.state("WEST");
    StateAgent heg = w.state("HEG");
    double alignment = west.alignment(heg);
    CounterContestation.criticise(w.model, west, heg);
    double share = 10.0 / w.model.totalVotes();
    assertEquals(2.0 * Math.sqrt(share), heg.criticism(), 1e-12);
    double rate = w.model.parameters().legitimacy().alignmentRate();
    assertEquals(alignment - rate * 2.0, west.alignment(heg), 1e-12);
    assertEquals(1, w.events("discursive").size());
    assertEquals("criticism", w.events("discursive").get(0).fields().get("kind"));
  }

  @Test
  void utilityIsConformityTimesDeviationLessAlignment() {
    TinyWorld w = TinyWorld.of("states.WEST.alignment={HEG: 0.4}",
        "states.WEST.preferences.conformity=2.0", "parameters.counterContestation=0.5");
    StateAgent west = w.state("WEST");
    StateAgent heg = w.state("HEG");
    double dev = Geometry.distance(heg.intentions(), west.belief());
    assertEquals(2.0 * dev * 0.6 * 0.5, CounterContestation.utility(w.model, west, heg), 1e-12);
  }
}
