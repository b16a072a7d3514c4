package org.rissim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one replicate runner: seeds and order by replicate number, whatever the threads. */
class ReplicateRunnerTest {
  /** Replicate k's seed, after a wait that makes later replicates finish first on many threads. */
  private static List<Long> seeds(int threads, List<Integer> prepared, List<Integer> finished)
      throws ExperimentException {
    return ReplicateRunner.run(5, 6, threads, (k, seed) -> {
      prepared.add(k);
      return () -> {
        Thread.sleep(5L * (6 - k));
        return seed;
      };
    }, finished::add);
  }

  @Test
  void resultsAreInReplicateOrderWithTheirSeedsWhateverTheThreads() throws Exception {
    List<Long> expected = new ArrayList<>();
    for (int k = 0; k < 6; k++) {
      expected.add(Seeds.replicate(5, k));
    }
    for (int threads : new int[] {1, 3, 6}) {
      List<Integer> prepared = new ArrayList<>();
      List<Integer> finished = new ArrayList<>();
      assertEquals(expected, seeds(threads, prepared, finished), threads + " threads");
      assertEquals(List.of(0, 1, 2, 3, 4, 5), prepared, "prepared in order on the caller");
      assertEquals(List.of(0, 1, 2, 3, 4, 5), finished, "reported in order");
    }
  }

  @Test
  void aFailingReplicateIsNamedWithItsNumberSeedAndCause() {
    IllegalStateException boom = new IllegalStateException("boom");
    ExperimentException e = assertThrows(ExperimentException.class,
        () -> ReplicateRunner.run(1, 3, 2, (k, seed) -> () -> {
          if (k == 1) {
            throw boom;
          }
          return k;
        }, k -> { }));
    assertEquals("replicate 2 (seed " + Seeds.replicate(1, 1)
        + ") failed: IllegalStateException: boom", e.getMessage());
    assertSame(boom, e.getCause());
  }

  @Test
  void noReplicatesOrNoThreadsIsRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> ReplicateRunner.run(1, 0, 1, (k, seed) -> () -> k, k -> { }));
    assertThrows(IllegalArgumentException.class,
        () -> ReplicateRunner.run(1, 1, 0, (k, seed) -> () -> k, k -> { }));
  }
}
