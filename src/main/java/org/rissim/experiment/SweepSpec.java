package org.rissim.experiment;

import java.util.List;
import java.util.Map;
import org.rissim.scenario.OutcomeSpec;
import org.rissim.scenario.ScenarioTemplate;

/**
 * Everything that defines a sweep: the scenario template, the design points, replicates, seed
 * and shard. Run {@code r} (0-based) is replicate {@code r % reps} of point {@code r / reps} and
 * runs with {@code Seeds.derive(seed, point, rep)}; shard k/n holds the runs with r % n == k-1.
 *
 * @param scenarioName  name of the scenario
 * @param scenarioHash  SHA-256 of the template's effective YAML without design overrides
 * @param template      the scenario template that each point is bound to
 * @param params        the parameters as given: each with path, spec and kind (for sweep.json)
 * @param columns       parameter paths, the columns of design.csv and runs.csv, in order
 * @param points        design points (path to value), in design order
 * @param measures      outcome measure names (columns of runs.csv)
 * @param design        design name (grid, random, lhs, sobol, morris)
 * @param samples       samples asked of the design
 * @param reps          replicates per point, at least 1
 * @param seed          base seed of the sweep
 * @param shard         1-based index of this shard
 * @param shards        number of shards (1: unsharded)
 * @param keepSeries    whether every run's time series is kept in series/
 * @param commandLine   the command that started the sweep (recorded in sweep.json)
 * @param extras        user-defined outcomes and the long time-series table, if asked
 */
public record SweepSpec(String scenarioName, String scenarioHash, ScenarioTemplate template,
    List<Map<String, String>> params, List<String> columns, List<Map<String, String>> points,
    List<String> measures, String design, int samples, int reps, long seed, int shard,
    int shards, boolean keepSeries, String commandLine, Extras extras) {
  /**
   * What a sweep measures beyond the built-in outcomes, and which columns of every run's time
   * series go into the long table {@code series.csv} (or {@code series.csv.gz}).
   *
   * @param outcomes outcome measures declared by an experiment (after the scenario's own)
   * @param series   time-series columns of the long table; empty: no table
   * @param gzip     whether the long table is gzip-compressed
   */
  public record Extras(List<OutcomeSpec> outcomes, List<String> series, boolean gzip) {
    /** Nothing beyond the built-in outcomes, no long table. */
    public static final Extras NONE = new Extras(List.of(), List.of(), false);

    public Extras {
      outcomes = List.copyOf(outcomes);
      series = List.copyOf(series);
    }
  }

  /** A sweep with no extras (built-in and scenario outcomes, no long table). */
  public SweepSpec(String scenarioName, String scenarioHash, ScenarioTemplate template,
      List<Map<String, String>> params, List<String> columns, List<Map<String, String>> points,
      List<String> measures, String design, int samples, int reps, long seed, int shard,
      int shards, boolean keepSeries, String commandLine) {
    this(scenarioName, scenarioHash, template, params, columns, points, measures, design, samples,
        reps, seed, shard, shards, keepSeries, commandLine, Extras.NONE);
  }

  public SweepSpec {
    java.util.Objects.requireNonNull(extras, "extras");
    params = List.copyOf(params);
    columns = List.copyOf(columns);
    // The designs give an unmodifiable list that builds each point when asked (a million points
    // would not fit a small heap as maps): keep it as it is rather than copying every point.
    points = java.util.Collections.unmodifiableList(points);
    measures = List.copyOf(measures);
    if (reps < 1) {
      throw new IllegalArgumentException("reps must be at least 1, got " + reps);
    }
    if (shards < 1 || shard < 1 || shard > shards) {
      throw new IllegalArgumentException("shard must be k/n with 1 <= k <= n, got "
          + shard + "/" + shards);
    }
  }

  /** Number of runs in the whole sweep (all shards). */
  public long runs() {
    return (long) points.size() * reps;
  }

  /** Number of runs in this shard. */
  public long shardRuns() {
    return countInShard(runs(), shard, shards);
  }

  /** Number of run ids in [0, runs) with id % shards == shard - 1. */
  static long countInShard(long runs, int shard, int shards) {
    long first = shard - 1;
    return first >= runs ? 0 : (runs - first + shards - 1) / shards;
  }
}
