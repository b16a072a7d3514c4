package org.rissim.experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.rissim.io.Faults;
import org.rissim.observe.TimeSeries;
import org.rissim.scenario.LoadedScenario;

/**
 * Replicated runs of one scenario: replicate k (0-based) uses {@code Seeds.replicate(base, k)},
 * whatever the thread count, so the files written are the same for 1 or 16 threads.
 */
public final class Replications {
  private Replications() {}

  /**
   * What replicated runs produced, in replicate order.
   *
   * @param seeds    seed of each replicate
   * @param measures outcome measure names (docs/OUTPUTS.md)
   * @param outcomes outcome measures of each replicate
   */
  public record Replicates(List<Long> seeds, List<String> measures,
      List<LinkedHashMap<String, Double>> outcomes) {
    public Replicates {
      seeds = List.copyOf(seeds);
      measures = List.copyOf(measures);
      outcomes = List.copyOf(outcomes);
    }
  }

  /**
   * Runs {@code reps} replicates with {@code model}; writes {@code summary.csv} into {@code out},
   * and the replicates' folders {@code rep-0001 ...} when {@code keepRuns}.
   *
   * @throws ExperimentException when a replicate fails (its number and seed are in the message)
   */
  public static Replicates run(LoadedScenario scenario, long baseSeed, int reps, int threads,
      Path out, boolean force, boolean keepRuns, RunFunction model, Measurement measurement)
      throws IOException, ExperimentException {
    return run(scenario, baseSeed, reps, threads, out, force, keepRuns, model, measurement,
        SweepProgress.NONE, true);
  }

  /**
   * As {@link #run(LoadedScenario, long, int, int, Path, boolean, boolean, RunFunction,
   * Measurement)},
   * reporting each finished replicate to {@code progress} (started and finished only when
   * {@code ownsProgress}: a comparison reports all its scenarios as one task).
   */
  public static Replicates run(LoadedScenario scenario, long baseSeed, int reps, int threads,
      Path out, boolean force, boolean keepRuns, RunFunction model, Measurement measurement,
      SweepProgress progress, boolean ownsProgress) throws IOException, ExperimentException {
    if (reps < 1 || threads < 1) {
      throw new IllegalArgumentException("reps and threads must be at least 1");
    }
    OutputFiles.checkFree(out, force, "summary.csv", "rep-0001");
    Files.createDirectories(out);
    ExecutorService pool = pool(threads);
    if (ownsProgress) {
      progress.started(reps, 0);
    }
    try {
      List<Future<RunResult>> futures = new ArrayList<>();
      List<Long> seeds = new ArrayList<>();
      for (int k = 0; k < reps; k++) {
        long seed = Seeds.replicate(baseSeed, k);
        seeds.add(seed);
        Path dir = out.resolve(String.format("rep-%04d", k + 1));
        futures.add(pool.submit(() -> {
          // Each replicate builds its own model from the immutable scenario: nothing is shared.
          RunResult r = model.run(scenario.scenario(), seed);
          if (keepRuns) {
            new RunFolder().write(dir, scenario, r);
          }
          return r.withoutStates(); // written: the per-state table need not stay in memory
        }));
      }
      List<TimeSeries> series = new ArrayList<>();
      List<LinkedHashMap<String, Double>> outcomes = new ArrayList<>();
      for (int k = 0; k < reps; k++) {
        RunResult r;
        try {
          r = futures.get(k).get();
        } catch (ExecutionException e) {
          throw new ExperimentException("replicate " + (k + 1) + " (seed " + seeds.get(k)
              + ") failed: " + Faults.describe(e.getCause()), e.getCause());
        }
        series.add(r.series());
        outcomes.add(measurement.measure(r, List.of()));
        progress.step();
      }
      if (ownsProgress) {
        progress.finished(reps, 0);
      }
      OutputFiles.write(out.resolve("summary.csv"), MonthlySummary.csv(series));
      return new Replicates(seeds,
          measurement.names(scenario.scenario(), List.of()), outcomes);
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
