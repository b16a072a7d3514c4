package org.rissim.experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.rissim.observe.TimeSeries;
import org.rissim.scenario.LoadedScenario;

/**
 * Replicated runs of one scenario: replicate k (0-based) uses {@code Seeds.replicate(base, k)},
 * whatever the thread count ({@link ReplicateRunner}), so the files written are the same for 1 or
 * 16 threads.
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
    if (ownsProgress) {
      progress.started(reps, 0);
    }
    List<RunResult> results = ReplicateRunner.run(baseSeed, reps, threads, (k, seed) -> {
      Path dir = out.resolve(String.format("rep-%04d", k + 1));
      return () -> {
        // Each replicate builds its own model from the immutable scenario: nothing is shared.
        RunResult r = model.run(scenario.scenario(), seed);
        if (keepRuns) {
          new RunFolder().write(dir, scenario, r);
        }
        return r.withoutStates(); // written: the per-state table need not stay in memory
      };
    }, k -> progress.step());
    List<Long> seeds = new ArrayList<>();
    List<TimeSeries> series = new ArrayList<>();
    List<LinkedHashMap<String, Double>> outcomes = new ArrayList<>();
    for (int k = 0; k < reps; k++) {
      seeds.add(Seeds.replicate(baseSeed, k));
      series.add(results.get(k).series());
      outcomes.add(measurement.measure(results.get(k), List.of()));
    }
    if (ownsProgress) {
      progress.finished(reps, 0);
    }
    OutputFiles.write(out.resolve("summary.csv"), MonthlySummary.csv(series));
    return new Replicates(seeds, measurement.names(scenario.scenario(), List.of()), outcomes);
  }
}
