package org.rissim.experiment;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVPrinter;
import org.rissim.io.Faults;
import org.rissim.io.OutputFolder;
import org.rissim.io.RunsCsv;
import org.rissim.scenario.LoadedScenario;

/**
 * Runs a sweep: every run of this shard, on a fixed pool, each row of runs.csv streamed and
 * flushed in run order whatever the thread count. Memory stays flat: only a small window of
 * finished runs waiting for an earlier one is held. A run that throws is recorded in
 * failures.csv and the sweep goes on; a killed sweep completes with {@code resume}.
 */
public final class Sweep {
  private Sweep() {}

  /**
   * What a sweep invocation did.
   *
   * @param shardRuns runs in this shard
   * @param skipped   runs already in runs.csv from an earlier invocation
   * @param completed runs completed now
   * @param failed    runs that failed now (in failures.csv)
   */
  public record Summary(long shardRuns, long skipped, long completed, long failed) {}

  /**
   * Runs the sweep into {@code out}. With {@code resume}, continues a sweep in that folder (or
   * starts it if there is none); otherwise refuses an existing sweep unless {@code force}.
   *
   * @throws ExperimentException when the folder holds a different sweep
   */
  public static Summary run(SweepSpec spec, Path out, int threads, boolean resume, boolean force,
      RunFunction model, Measurement measurement, SweepProgress progress)
      throws IOException, ExperimentException {
    return run(spec, out, threads, resume, force, model, measurement, progress, Map.of());
  }

  /**
   * As {@link #run(SweepSpec, Path, int, boolean, boolean, RunFunction, Measurement,
   * SweepProgress)}, writing
   * {@code beside} (file name to content; an experiment's copy and effective scenario) into the
   * locked folder before the first run.
   */
  public static Summary run(SweepSpec spec, Path out, int threads, boolean resume, boolean force,
      RunFunction model, Measurement measurement, SweepProgress progress,
      Map<String, String> beside)
      throws IOException, ExperimentException {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
    // One writer per folder for the whole sweep (a second sweep or a --resume while this one
    // runs exits 2); without --resume an earlier folder is replaced as a whole (--force).
    try (OutputFolder folder = resume ? OutputFolder.inPlace(out)
        : OutputFolder.fresh(out, force)) {
      return runLocked(spec, out, threads, resume, force, model, measurement, progress, folder,
          beside);
    }
  }

  private static Summary runLocked(SweepSpec spec, Path out, int threads, boolean resume,
      boolean force, RunFunction model, Measurement measurement, SweepProgress progress,
      OutputFolder folder, Map<String, String> beside) throws IOException, ExperimentException {
    ObjectNode manifest = SweepManifest.manifest(spec);
    Path json = out.resolve("sweep.json");
    if (resume && Files.exists(json)) {
      SweepManifest.checkSame(SweepManifest.readJson(json), manifest, json, true);
    } else if (!resume) {
      OutputFiles.checkFree(out, force, "sweep.json", "runs.csv", "failures.csv");
      Files.deleteIfExists(json);
      Files.deleteIfExists(out.resolve("runs.csv"));
      Files.deleteIfExists(out.resolve("failures.csv"));
      deleteTree(out.resolve("series"));
      SeriesTable.delete(out);
    }
    if (!Files.exists(json)) {
      OutputFiles.write(json, SweepManifest.pretty(manifest));
    }
    OutputFiles.write(out.resolve("design.csv"), designCsv(spec));
    for (Map.Entry<String, String> f : beside.entrySet()) {
      OutputFiles.write(out.resolve(f.getKey()), f.getValue());
    }
    folder.commit(); // from here on the folder is a sweep (resumable), kept even on failure
    Path runsPath = out.resolve("runs.csv");
    // Every earlier failure is retried: failures.csv records the failures of the last attempt.
    Files.deleteIfExists(out.resolve("failures.csv"));
    long completed = 0;
    long failed = 0;
    BitSet done;
    long skipped;
    SeriesTable table = null;
    try (RunsFile runs = RunsFile.open(runsPath, line(runsHeader(spec)));
        RunsFile failures = RunsFile.open(out.resolve("failures.csv"),
            line(failuresHeader(spec)))) {
      done = RunsFileCheck.check(runsPath, spec.runs(), spec.shard(), spec.shards()).ids();
      skipped = done.cardinality();
      table = spec.extras().series().isEmpty() ? null : SeriesTable.open(out, spec, done);
      progress.started(spec.shardRuns(), skipped);
      ExecutorService pool = ReplicateRunner.pool(threads);
      try {
        // The reorder window: rows are written in run order; later runs may finish first and
        // wait here, but never more than the window, so memory does not grow with the sweep.
        int window = Math.max(16, 4 * threads);
        ArrayDeque<Future<Row>> inFlight = new ArrayDeque<>();
        long next = spec.shard() - 1;
        while (next < spec.runs() || !inFlight.isEmpty()) {
          while (inFlight.size() < window && next < spec.runs()) {
            int run = (int) next;
            next += spec.shards();
            if (!done.get(run)) {
              inFlight.add(pool.submit(() -> runOne(spec, run, out, model, measurement)));
            }
          }
          if (inFlight.isEmpty()) {
            continue;
          }
          Row row = await(inFlight.removeFirst());
          if (row.error() == null) {
            if (table != null) {
              // The run's rows go first: a run listed in runs.csv has all its rows.
              table.append(row.series());
            }
            runs.append(row.line());
            completed++;
          } else {
            failures.append(row.line());
            failed++;
          }
          progress.step();
        }
      } finally {
        pool.shutdownNow();
        if (table != null) {
          table.close();
        }
      }
    }
    RunsFile.sortByRun(runsPath);
    if (table != null) {
      table.finish();
    }
    progress.finished(completed, failed);
    return new Summary(spec.shardRuns(), skipped, completed, failed);
  }

  /**
   * The cost of a sweep shard, estimated from a few timed runs.
   *
   * @param sweep            the sweep estimated
   * @param threads          threads the estimate assumes
   * @param runs             runs in this shard
   * @param timedRuns        runs timed for the estimate
   * @param secondsPerRun    mean wall time of a timed run
   * @param estimatedSeconds estimated wall time of the shard on the given threads
   * @param estimatedBytes   estimated disk use of runs.csv (and series/, when kept)
   */
  public record Plan(SweepSpec sweep, int threads, long runs, int timedRuns, double secondsPerRun,
      double estimatedSeconds, long estimatedBytes) {
    /** What {@code rissim sweep --plan} prints: runs, time per run and in all, disk use. */
    public String text() {
      return String.format(Locale.ROOT, "%d runs (%d points x %d reps%s)%n", runs,
          sweep.points().size(), sweep.reps(),
          sweep.shards() > 1 ? ", shard " + sweep.shard() + "/" + sweep.shards() : "")
          + String.format(Locale.ROOT, "about %.1f s per run (%d timed), %s on %d thread(s)%n",
              secondsPerRun, timedRuns, duration(estimatedSeconds), threads)
          + String.format(Locale.ROOT, "disk: about %.1f MB%n", estimatedBytes / 1e6);
    }

    private static String duration(double seconds) {
      if (seconds < 120) {
        return String.format(Locale.ROOT, "%.0f s", seconds);
      }
      if (seconds < 7200) {
        return String.format(Locale.ROOT, "%.0f min", seconds / 60);
      }
      return String.format(Locale.ROOT, "%.1f h", seconds / 3600);
    }
  }

  /** Times up to three runs of this shard (writing nothing) and extrapolates to the shard. */
  public static Plan plan(SweepSpec spec, int threads, RunFunction model,
      Measurement measurement) throws Exception {
    long rowBytes = 0;
    long seriesBytes = 0;
    long nanos = 0;
    int timed = 0;
    for (long run = spec.shard() - 1; run < spec.runs() && timed < 3; run += spec.shards()) {
      int point = (int) (run / spec.reps());
      long seed = Seeds.derive(spec.seed(), point, run % spec.reps());
      LoadedScenario scenario = spec.template().with(spec.points().get(point));
      long t0 = System.nanoTime();
      RunResult r = model.run(scenario.scenario(), seed);
      nanos += System.nanoTime() - t0;
      List<String> cells = new ArrayList<>(List.of(Long.toString(run),
          Integer.toString(point), Long.toString(run % spec.reps()), Long.toString(seed)));
      spec.columns().forEach(c -> cells.add(spec.points().get(point).getOrDefault(c, "")));
      measurement.measure(r, spec.extras().outcomes()).values()
          .forEach(v -> cells.add(Cells.format(v)));
      rowBytes += line(cells).length() + 1;
      seriesBytes += RunFolder.timeseries(r.series()).length();
      timed++;
    }
    long runs = spec.shardRuns();
    double perRun = timed == 0 ? 0 : nanos / 1e9 / timed;
    long perRow = timed == 0 ? 0 : rowBytes / timed;
    long bytes = runs * perRow + (spec.keepSeries() && timed > 0 ? runs * seriesBytes / timed : 0);
    return new Plan(spec, threads, runs, timed, perRun, perRun * runs / Math.max(1, threads), bytes);
  }

  /** A finished run: its CSV line, its rows of the long series table, for a failure the error. */
  private record Row(String line, String series, String error) {}

  private static Row await(Future<Row> f) throws ExperimentException {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ExperimentException("sweep interrupted; continue it with --resume", e);
    } catch (ExecutionException e) {
      // Only an Error gets here (runOne turns exceptions into failure rows): stop like a kill.
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new ExperimentException("run failed unexpectedly: " + Faults.describe(e.getCause()),
          e.getCause());
    }
  }

  /** Binds, runs and measures one run; an exception becomes a failure row. */
  private static Row runOne(SweepSpec spec, int run, Path out, RunFunction model,
      Measurement measurement)
      throws IOException {
    int point = run / spec.reps();
    int rep = run % spec.reps();
    long seed = Seeds.derive(spec.seed(), point, rep);
    Map<String, String> values = spec.points().get(point);
    List<String> cells = new ArrayList<>();
    cells.add(Integer.toString(run));
    cells.add(Integer.toString(point));
    cells.add(Integer.toString(rep));
    cells.add(Long.toString(seed));
    for (String c : spec.columns()) {
      cells.add(values.getOrDefault(c, ""));
    }
    try {
      LoadedScenario scenario = spec.template().with(values);
      RunResult result = model.run(scenario.scenario(), seed);
      Map<String, Double> outcomes = measurement.measure(result, spec.extras().outcomes());
      String series = spec.extras().series().isEmpty() ? null
          : SeriesTable.rows(spec, run, point, rep, seed, result.series());
      if (spec.keepSeries()) {
        OutputFiles.write(out.resolve("series").resolve("run-" + run + ".csv"),
            RunFolder.timeseries(result.series()));
      }
      for (String m : spec.measures()) {
        Double v = outcomes.get(m);
        cells.add(Cells.format(v == null ? Double.NaN : v));
      }
      return new Row(line(cells), series, null);
    } catch (Exception | Error e) {
      // Failures are data, Errors included (an OutOfMemoryError or StackOverflowError of one
      // run: its memory is released as its stack unwinds, and the sweep goes on). One line, no
      // line break, so the file stays line-oriented.
      String error = (e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : ": " + e.getMessage()))
          .replaceAll("[\\r\\n]+", " ");
      cells.add(error);
      return new Row(line(cells), null, error);
    }
  }

  /** Columns of runs.csv. */
  static List<String> runsHeader(SweepSpec spec) {
    List<String> h = new ArrayList<>(RunsCsv.RUN_COLUMNS);
    h.addAll(spec.columns());
    h.addAll(spec.measures());
    return h;
  }

  /** Columns of failures.csv. */
  static List<String> failuresHeader(SweepSpec spec) {
    List<String> h = new ArrayList<>(RunsCsv.RUN_COLUMNS);
    h.addAll(spec.columns());
    h.add("error");
    return h;
  }

  /** The text of design.csv: {@code point,<param paths...>}. */
  static String designCsv(SweepSpec spec) {
    StringBuilder b = new StringBuilder();
    List<String> h = new ArrayList<>(List.of("point"));
    h.addAll(spec.columns());
    b.append(line(h)).append('\n');
    for (int i = 0; i < spec.points().size(); i++) {
      List<String> cells = new ArrayList<>(List.of(Integer.toString(i)));
      for (String c : spec.columns()) {
        cells.add(spec.points().get(i).getOrDefault(c, ""));
      }
      b.append(line(cells)).append('\n');
    }
    return b.toString();
  }

  /** One CSV line (quoted where needed) without its line break. */
  static String line(List<String> cells) {
    StringWriter w = new StringWriter();
    try (CSVPrinter p = new CSVPrinter(w, RunFolder.CSV)) {
      p.printRecord(cells);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String s = w.toString();
    return s.substring(0, s.length() - 1);
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
