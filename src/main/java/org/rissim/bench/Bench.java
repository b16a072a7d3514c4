package org.rissim.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.rissim.experiment.Simulation;
import org.rissim.model.RegionModel;
import org.rissim.observe.Recorder;
import org.rissim.scenario.Scenario;
import org.rissim.scenario.ScenarioException;
import org.rissim.scenario.ScenarioLoader;

/**
 * The measurements of {@code rissim bench}, in one process with warm-up and repeats: (a) the
 * baseline against the engine floor, (b) batch throughput on one thread and on all cores, (c) a
 * synthetic region at growing sizes, (d) the peak heap of a large sweep in a child JVM capped at
 * 256 MB, (e) the whole-process start-up of one run. Each step reports through {@code log} as it goes.
 */
public final class Bench {
  /** Wall-clock budget of one synthetic-region size before it is stopped and extrapolated. */
  static final long SIZE_BUDGET_NANOS = 300_000_000_000L;

  /** Warm-up of the baseline measurement (runs of the model and of the engine floor), seconds. */
  static final double WARM_SECONDS = 10;

  /** Shortest leg of the batch measurement (each of 1 thread and all cores), seconds. */
  static final double MIN_LEG_SECONDS = 5;

  private final Options options;
  private final PrintWriter log;

  /**
   * What to measure.
   *
   * @param baseline  the baseline scenario file
   * @param synthetic the synthetic-region scenario file (its {@code synthetic.states} is varied)
   * @param quick     fewer repeats, no 100,000-state region, a 2,000-run sweep
   * @param commandLine the main class of rissim's command line, which the child JVMs of (d), (e)
   *                  and (f) run
   * @param sweepRuns the runs of the sweep of (d), or 0 for the default (100,000; 2,000 quick)
   */
  public record Options(Path baseline, Path synthetic, boolean quick, Class<?> commandLine,
      int sweepRuns) {}

  /** A bench over these files, logging progress to {@code log}. */
  public Bench(Options options, PrintWriter log) {
    this.options = options;
    this.log = log;
  }

  /** Runs every measurement and returns the report. */
  public BenchReport run() throws ScenarioException, IOException, InterruptedException {
    Scenario baseline = ScenarioLoader.load(options.baseline(), List.of()).scenario();
    BenchReport.Baseline a = baseline(baseline);
    BenchReport.Throughput b = throughput(baseline);
    BenchReport.Startup start = startup();
    List<BenchReport.Size> c = new ArrayList<>();
    int[] sizes = options.quick() ? new int[] {1_000, 10_000} : new int[] {1_000, 10_000, 100_000};
    for (int n : sizes) {
      c.add(size(n));
    }
    BenchReport.SweepHeap d = new ChildMeasurements(options, log).sweepHeap(options.sweepRuns() > 0 ? options.sweepRuns()
        : options.quick() ? 2_000 : 100_000);
    BenchReport.Calibration f = new ChildMeasurements(options, log).calibration(options.baseline(), options.quick() ? 200 : 1_000,
        options.quick() ? 600 : 5_000);
    return new BenchReport(BenchReport.Machine.current(), options.quick(), a, b, c, d, start, f);
  }

  private BenchReport.Baseline baseline(Scenario s) {
    // Warm up for a time, not a count: on 2 cores the JIT compiles the model's methods for
    // several seconds, and runs measured before it is done are several times slower than the
    // steady state (docs/PERFORMANCE.md: the former 20 warm-up runs measured JIT time).
    double warmSeconds = options.quick() ? 1 : WARM_SECONDS;
    int reps = options.quick() ? 10 : 30;
    log.printf("(a) baseline %s: warm-up for %.0f s, then %d measured runs%n", s.name(),
        warmSeconds, reps);
    log.flush();
    long warmEnd = System.nanoTime() + (long) (warmSeconds * 1e9);
    for (int i = 0; i < 20 || System.nanoTime() < warmEnd; i++) {
      Simulation.run(s, 1000 + i);
      EngineFloor.time(s.states().size(), s.months(), 1000 + i);
    }
    DescriptiveStatistics model = new DescriptiveStatistics();
    DescriptiveStatistics floor = new DescriptiveStatistics();
    for (int i = 0; i < reps; i++) {
      long t0 = System.nanoTime();
      Simulation.run(s, i + 1);
      model.addValue((System.nanoTime() - t0) / 1e6);
      floor.addValue(EngineFloor.time(s.states().size(), s.months(), i + 1) / 1e6);
    }
    return new BenchReport.Baseline(s.name(), s.states().size(), s.months(), reps,
        model.getPercentile(50), model.getPercentile(75) - model.getPercentile(25),
        floor.getPercentile(50), floor.getPercentile(75) - floor.getPercentile(25));
  }

  private BenchReport.Throughput throughput(Scenario s) throws InterruptedException {
    int cores = Runtime.getRuntime().availableProcessors();
    double leg = options.quick() ? 1 : MIN_LEG_SECONDS;
    // Size the batch so that even the parallel leg lasts at least `leg` seconds: a batch of a
    // second cannot tell a speed-up of 1.3 from one of 1.9 on a shared machine.
    double rate = batch(s, options.quick() ? 12 : 48, 1); // warm-up, and a first rate
    int runs = (int) Math.max(24, Math.ceil(rate * cores * leg * 1.1));
    log.printf("(b) batch of %d baseline runs on 1 and %d threads (>= %.0f s each)%n", runs,
        cores, leg);
    log.flush();
    double one = batch(s, runs, 1);
    // The parallel leg sized from the measured single-thread rate: with a speed-up of at most
    // `cores` it lasts at least `leg` seconds.
    int parallel = (int) Math.max(runs, Math.ceil(one * cores * leg * 1.1));
    double all = batch(s, parallel, cores);
    return new BenchReport.Throughput(runs, parallel, cores, one, all);
  }

  /**
   * Whole-process wall time of one baseline run as the launcher starts it (child JVMs with the
   * class-data archive beside the jar when there is one, C1 only), median of several.
   */
  private BenchReport.Startup startup() throws IOException, InterruptedException {
    int reps = options.quick() ? 3 : 10;
    String classPath = System.getProperty("java.class.path");
    Path jsa = Path.of(classPath).toAbsolutePath().resolveSibling("rissim.jsa");
    boolean archive = classPath.endsWith(".jar") && Files.isRegularFile(jsa);
    List<String> cmd = new ArrayList<>(List.of(javaBin(), "-Djava.awt.headless=true"));
    if (archive) {
      cmd.addAll(List.of("-XX:SharedArchiveFile=" + jsa, "-Xlog:cds=off",
          "-Xlog:cds+dynamic=off"));
    }
    Path dir = Files.createTempDirectory("rissim-start");
    cmd.addAll(List.of("-XX:TieredStopAtLevel=1", "-cp", classPath,
        options.commandLine().getName(), "run", options.baseline().toString(), "--seed", "1",
        "--force", "--out", dir.resolve("run").toString()));
    log.printf("(e) start-up: %d whole-process baseline runs%s%n", reps,
        archive ? " with the class-data archive" : " (no class-data archive beside the jar)");
    log.flush();
    DescriptiveStatistics wall = new DescriptiveStatistics();
    int code = 0;
    for (int i = 0; i <= reps; i++) {
      long t0 = System.nanoTime();
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      code = Math.max(code, p.waitFor());
      if (i > 0) { // the first warms the file cache
        wall.addValue((System.nanoTime() - t0) / 1e6);
      }
    }
    deleteTree(dir);
    return new BenchReport.Startup(reps, archive, code, wall.getPercentile(50),
        wall.getMin());
  }

  static String javaBin() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  /** Runs per second of {@code runs} independent runs on a fixed pool of {@code threads}. */
  private static double batch(Scenario s, int runs, int threads) throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      long t0 = System.nanoTime();
      List<Future<?>> done = new ArrayList<>();
      for (int r = 0; r < runs; r++) {
        long seed = r + 1;
        // A Runnable, so that the future does not keep the run's result: a batch of a thousand
        // results held to its end (about 1 MB each) made the collector's work grow with the batch
        // and cost the 2-thread leg most (docs/PERFORMANCE.md, stop 20).
        done.add(pool.submit(() -> {
          Simulation.run(s, seed);
        }));
      }
      for (Future<?> f : done) {
        f.get();
      }
      return runs / ((System.nanoTime() - t0) / 1e9);
    } catch (ExecutionException e) {
      throw new IllegalStateException("a benchmark run failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private BenchReport.Size size(int states)
      throws ScenarioException, IOException, InterruptedException {
    if (states > 10_000) {
      return sizeInChild(states);
    }
    Scenario s = ScenarioLoader.load(options.synthetic(),
        List.of("synthetic.states=" + states)).scenario();
    int months = s.months();
    int reps = states >= 100_000 || options.quick() ? 1 : 3;
    log.printf("(c) synthetic region of %,d states, %d months, %d measured run(s)%n", states,
        months, reps);
    log.flush();
    if (states <= 10_000) {
      step(s, 1, Math.min(months, 12), Long.MAX_VALUE); // warm-up: the first year
    }
    DescriptiveStatistics perMonth = new DescriptiveStatistics();
    long heap = 0;
    int reached = months;
    for (int r = 0; r < reps; r++) {
      long t0 = System.nanoTime();
      Stepped run = step(s, r + 1, months, SIZE_BUDGET_NANOS);
      perMonth.addValue((System.nanoTime() - t0) / 1e6 / run.months());
      heap = Math.max(heap, run.heapBytes());
      reached = Math.min(reached, run.months());
    }
    return new BenchReport.Size(states, months, reached, perMonth.getPercentile(50), heap);
  }

  /**
   * One run of a very large region in a child JVM, stopped at the budget: a single month of it
   * can outlast any budget, and only a separate process can be stopped in the middle of a month.
   */
  private BenchReport.Size sizeInChild(int states)
      throws ScenarioException, IOException, InterruptedException {
    int months = ScenarioLoader.load(options.synthetic(), List.of("synthetic.states=8"))
        .scenario().months();
    log.printf("(c) synthetic region of %,d states, %d months, in a child JVM stopped after %d s%n",
        states, months, SIZE_BUDGET_NANOS / 1_000_000_000L);
    log.flush();
    Path out = Files.createTempFile("rissim-size", ".txt");
    String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"),
        SizeProbe.class.getName(), options.synthetic().toString(), Integer.toString(states), "1")
        .redirectErrorStream(true).redirectOutput(out.toFile()).start();
    if (!p.waitFor(SIZE_BUDGET_NANOS, java.util.concurrent.TimeUnit.NANOSECONDS)) {
      p.destroyForcibly().waitFor();
    }
    int reached = 0;
    long nanos = 0;
    long heap = 0;
    for (String line : Files.readAllLines(out)) {
      if (line.startsWith("month=")) {
        String[] parts = line.split("[= ]");
        reached = Integer.parseInt(parts[1]);
        nanos = Long.parseLong(parts[3]);
      } else if (line.startsWith("heap=")) {
        heap = Long.parseLong(line.substring(5).trim());
      }
    }
    Files.deleteIfExists(out);
    double perMonth = reached == 0 ? SIZE_BUDGET_NANOS / 1e6 : nanos / 1e6 / reached;
    return new BenchReport.Size(states, months, reached, perMonth, heap);
  }

  /** How far a run got and the live heap at its end. */
  private record Stepped(int months, long heapBytes) {}

  /** Builds and steps the model with its recorder, as Simulation.run does, within a budget. */
  private static Stepped step(Scenario s, long seed, int months, long budgetNanos) {
    long t0 = System.nanoTime();
    Recorder recorder = Recorder.start(s, seed);
    RegionModel model = recorder.model();
    int done = 0;
    while (done < months && System.nanoTime() - t0 < budgetNanos) {
      model.schedule.step(model);
      done++;
    }
    long heap = liveHeap();
    // keep the model and its records reachable until the heap has been measured
    java.lang.ref.Reference.reachabilityFence(recorder);
    java.lang.ref.Reference.reachabilityFence(model);
    model.finish();
    return new Stepped(done, heap);
  }

  /** Heap in use after a full collection (the live set), in bytes. */
  private static long liveHeap() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
