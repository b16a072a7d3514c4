package org.rissim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Alignments are stored in each observer's map until more than half the region holds one toward
 * a state, then in that state's column: where they are stored must never change what they are.
 * A random sequence of sets and moves on the baseline's states is checked, pair by pair, against
 * a plain map that applies the same clamping.
 */
class AlignmentStorageTest {
  @Test
  void storageNeverChangesAValue() {
    RegionModel m = new RegionModel(Baseline.scenario(), 1);
    m.start();
    List<StateAgent> states = m.states();
    int n = states.size();
    Map<Long, Double> expected = new HashMap<>();
    for (StateAgent a : states) {
      for (StateAgent b : states) {
        if (a != b) {
          expected.put(key(a, b), a.alignment(b)); // as the scenario set them
        }
      }
    }
    Random r = new Random(7);
    for (int step = 0; step < 5_000; step++) {
      StateAgent a = states.get(r.nextInt(n));
      StateAgent b = states.get(r.nextInt(n));
      double before = a == b ? 1.0 : expected.get(key(a, b));
      if (r.nextBoolean()) {
        double v = r.nextDouble() * 3 - 1.5;
        a.setAlignment(b, v);
        if (a != b) {
          expected.put(key(a, b), Math.max(-1, Math.min(1, v)));
        }
      } else {
        double d = r.nextGaussian() * 0.3;
        a.addAlignment(b, d);
        if (a != b) {
          expected.put(key(a, b), Math.max(-1, Math.min(1, before + d)));
        }
      }
      if (step % 250 == 0) {
        for (StateAgent x : states) {
          for (StateAgent y : states) {
            double want = x == y ? 1.0 : expected.get(key(x, y));
            assertEquals(want, x.alignment(y), 0.0, x.id() + " -> " + y.id() + " at step " + step);
          }
        }
      }
    }
    long dense = states.stream().filter(StateAgent::alignmentsDense).count();
    assertTrue(dense > 0, "5,000 random updates make some state's column dense");
  }

  @Test
  void aColumnFormsOnlyPastHalfTheRegion() {
    // the tiny world's four states; the scenario sets no alignment toward WEST
    TinyWorld w = TinyWorld.of();
    List<StateAgent> states = w.model.states();
    StateAgent target = w.state("WEST");
    assertTrue(states.stream().noneMatch(s -> s.spec().alignment().containsKey("WEST")));
    int held = 0;
    for (StateAgent s : states) {
      if (s == target) {
        continue;
      }
      assertEquals(0.0, s.alignment(target), 0.0);
      s.addAlignment(target, 0.25);
      held++;
      assertEquals(2 * held > states.size(), target.alignmentsDense(), "held by " + held);
      assertEquals(0.25, s.alignment(target), 0.0);
    }
  }

  private static long key(StateAgent a, StateAgent b) {
    return (long) a.index() << 32 | b.index();
  }
}
