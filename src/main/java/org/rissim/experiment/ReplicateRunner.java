package org.rissim.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import org.rissim.io.Faults;

/**
 * Runs the replicates of one experiment on a fixed pool of threads: replicate k (0-based) has the
 * seed {@code Seeds.replicate(base, k)} and its result is returned at index k, whatever the
 * thread count, so what is made of the results does not depend on it. Used by replicated runs
 * ({@link Replications}) and by pattern replication (analysis).
 */
public final class ReplicateRunner {
  private ReplicateRunner() {}

  /**
   * One replicate: prepared on the calling thread in replicate order (so a draw it makes, such
   * as a posterior sample, does not depend on the threads), then run on a worker.
   *
   * @param <T> what a replicate yields
   */
  @FunctionalInterface
  public interface Replicate<T> {
    /** The work of replicate {@code k} (0-based) with seed {@code seed}. */
    Callable<T> prepare(int k, long seed);
  }

  /**
   * The results of {@code reps} replicates in replicate order, each reported to {@code finished}
   * (its 0-based number) as it is collected.
   *
   * @throws ExperimentException when a replicate fails: "replicate K (seed S) failed: why"
   */
  public static <T> List<T> run(long baseSeed, int reps, int threads, Replicate<T> replicate,
      IntConsumer finished) throws ExperimentException {
    if (reps < 1 || threads < 1) {
      throw new IllegalArgumentException("reps and threads must be at least 1");
    }
    ExecutorService pool = pool(threads);
    try {
      List<Future<T>> futures = new ArrayList<>(reps);
      for (int k = 0; k < reps; k++) {
        futures.add(pool.submit(replicate.prepare(k, Seeds.replicate(baseSeed, k))));
      }
      List<T> out = new ArrayList<>(reps);
      for (int k = 0; k < reps; k++) {
        try {
          out.add(futures.get(k).get());
        } catch (ExecutionException e) {
          throw new ExperimentException("replicate " + (k + 1) + " (seed "
              + Seeds.replicate(baseSeed, k) + ") failed: " + Faults.describe(e.getCause()),
              e.getCause());
        }
        finished.accept(k);
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ExperimentException("interrupted", e);
    } finally {
      pool.shutdownNow();
    }
  }

  /** A fixed pool of daemon threads (so a failed command never hangs on its workers). */
  static ExecutorService pool(int threads) {
    return Executors.newFixedThreadPool(threads, task -> {
      Thread t = new Thread(task, "rissim-run");
      t.setDaemon(true);
      return t;
    });
  }
}
