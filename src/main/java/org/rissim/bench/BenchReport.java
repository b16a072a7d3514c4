package org.rissim.bench;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The results of one {@code rissim bench}, each with the parameters that produced it, and their
 * rendering as the Markdown table of docs/PERFORMANCE.md with the targets.
 *
 * @param machine  where it ran
 * @param quick    whether {@code --quick} shortened it
 * @param baseline (a) baseline run against the engine floor
 * @param batch    (b) batch throughput
 * @param sizes    (c) synthetic regions by size
 * @param sweep    (d) peak heap of a large sweep
 * @param startup  (e) whole-process time of one baseline run
 * @param calibration (f) a short calibration of the baseline, timed
 */
public record BenchReport(Machine machine, boolean quick, Baseline baseline, Throughput batch,
    List<Size> sizes, SweepHeap sweep, Startup startup, Calibration calibration) {

  /**
   * (f) Two calibrations as {@code rissim calibrate} runs them, each in a child JVM, with a small
   * and a large budget: their difference is the rate once the JVM has started and warmed up.
   *
   * @param smallSims    simulations the smaller one ran (0 when it failed)
   * @param smallSeconds its wall time, whole process
   * @param largeSims    simulations the larger one ran
   * @param largeSeconds its wall time, whole process
   * @param exitCode     the larger of their exit codes
   */
  public record Calibration(int smallSims, double smallSeconds, int largeSims,
      double largeSeconds, int exitCode) {
    /** Simulations per second between the two (start-up and warm-up cancel out). */
    public double marginalRate() {
      return (largeSims - smallSims) / (largeSeconds - smallSeconds);
    }

    /**
     * Wall time of a calibration of {@code sims} simulations: the smaller run's time, start-up
     * and warm-up included, and the rest at the marginal rate; NaN when it cannot be told.
     */
    public double secondsFor(int sims) {
      double rate = marginalRate();
      return exitCode != 0 || smallSims <= 0 || !(rate > 0) || Double.isInfinite(rate)
          ? Double.NaN : smallSeconds + (sims - smallSims) / rate;
    }
  }

  /** Simulations a calibration is to run within {@link #CALIBRATION_SECONDS}. */
  static final int CALIBRATION_SIMULATIONS = 100_000;

  /** The calibration target: {@link #CALIBRATION_SIMULATIONS} in ten minutes, seconds. */
  static final double CALIBRATION_SECONDS = 600;

  /** Runs a sweep is to complete in bounded memory. */
  static final int SWEEP_TARGET_RUNS = 1_000_000;

  /**
   * The machine.
   *
   * @param cores     available processors
   * @param maxHeapMb maximum heap of this JVM, MB
   * @param memoryMb  physical memory, MB (0 if unknown)
   * @param runtime   Java runtime version and VM
   * @param date      date of the measurement
   */
  public record Machine(int cores, long maxHeapMb, long memoryMb, String runtime, LocalDate date) {
    /** The machine this JVM runs on. */
    public static Machine current() {
      long memory = 0;
      if (ManagementFactory.getOperatingSystemMXBean()
          instanceof com.sun.management.OperatingSystemMXBean os) {
        memory = os.getTotalMemorySize() >> 20;
      }
      return new Machine(Runtime.getRuntime().availableProcessors(),
          Runtime.getRuntime().maxMemory() >> 20, memory, System.getProperty("java.version")
          + " (" + System.getProperty("java.vm.name") + ")", LocalDate.now());
    }
  }

  /**
   * (a) One baseline run against the same schedule with agents that do nothing.
   *
   * @param scenario   scenario name
   * @param states     number of states
   * @param months     months per run
   * @param runs       measured runs (after warm-up)
   * @param medianMs   median wall time of a run, ms
   * @param iqrMs      interquartile range, ms
   * @param floorMs    median wall time of the engine floor, ms
   * @param floorIqrMs its interquartile range, ms
   */
  public record Baseline(String scenario, int states, int months, int runs, double medianMs,
      double iqrMs, double floorMs, double floorIqrMs) {
    /** Model time over engine-floor time. */
    public double ratio() {
      return medianMs / floorMs;
    }
  }

  /**
   * (b) Runs per second of a batch of independent baseline runs.
   *
   * @param runs         runs in the single-thread batch
   * @param parallelRuns runs in the parallel batch
   * @param cores        threads of the parallel batch
   * @param single       runs per second on one thread
   * @param all          runs per second on {@code cores} threads
   */
  public record Throughput(int runs, int parallelRuns, int cores, double single, double all) {
    /** Parallel over single-thread throughput. */
    public double speedUp() {
      return all / single;
    }
  }

  /**
   * (e) Whole-process wall time of one baseline run, started as the launcher starts it.
   *
   * @param runs     measured processes (after one that warms the file cache)
   * @param archive  whether the class-data archive beside the jar was used
   * @param exitCode the highest exit code of the processes (0: all ran)
   * @param medianMs median wall time, ms
   * @param minMs    fastest, ms
   */
  public record Startup(int runs, boolean archive, int exitCode, double medianMs, double minMs) {}

  /**
   * (c) A synthetic region of one size.
   *
   * @param states     number of states
   * @param months     months asked for
   * @param reached    months completed within the budget (less than {@code months}: stopped)
   * @param msPerMonth median wall time per month, ms
   * @param heapBytes  live heap at the end of the run (after a full GC), bytes
   */
  public record Size(int states, int months, int reached, double msPerMonth, long heapBytes) {}

  /**
   * (d) A sweep writing runs.csv only, in a child JVM with -Xmx256m.
   *
   * @param runs      runs asked for
   * @param scenario  scenario swept
   * @param exitCode  the child's exit code (0: it completed)
   * @param seconds   wall time of the child
   * @param peakBytes sum of the heap pools' peak usage in the child (an upper bound), bytes
   * @param rows      rows written to runs.csv
   */
  public record SweepHeap(int runs, String scenario, int exitCode, double seconds, long peakBytes,
      long rows) {}

  /** The report as Markdown: machine, the four measurements, and each target met or not. */
  public String markdown() {
    StringBuilder md = new StringBuilder();
    md.append("# Performance\n\n");
    md.append("Written by `rissim bench").append(quick ? " --quick" : "").append("` on ")
        .append(machine.date()).append(": ").append(machine.cores()).append(" cores, ")
        .append(machine.memoryMb()).append(" MB memory, Java ").append(machine.runtime())
        .append(", max heap ").append(machine.maxHeapMb()).append(" MB.\n")
        .append("Times are wall-clock on a machine that may be shared; rerun `rissim bench` to"
            + " measure yours.\n\n");
    md.append("| measurement | value | target | met |\n|---|---|---|---|\n");
    Baseline a = baseline;
    row(md, "(a) baseline `" + a.scenario() + "` (" + a.states() + " states, " + a.months()
        + " months): median run, IQR, " + a.runs() + " runs", f("%.2f ms (IQR %.2f)",
        a.medianMs(), a.iqrMs()), "< 5 ms", a.medianMs() < 5);
    row(md, "(a) engine floor: same schedule, agents that do nothing", f("%.3f ms (IQR %.3f)",
        a.floorMs(), a.floorIqrMs()), "", null);
    row(md, "(a) baseline / engine floor", f("%.1fx", a.ratio()), "<= 4x", a.ratio() <= 4);
    Throughput b = batch;
    row(md, "(b) batch of " + b.runs() + " baseline runs, 1 thread", f("%.1f runs/s",
        b.single()), "", null);
    row(md, "(b) batch of " + b.parallelRuns() + " baseline runs, " + b.cores() + " threads",
        f("%.1f runs/s", b.all()), "", null);
    row(md, "(b) speed-up on " + b.cores() + " threads", f("%.2f", b.speedUp()), ">= 1.8",
        b.speedUp() >= 1.8);
    double estimate = CALIBRATION_SIMULATIONS / b.all();
    row(md, f("(b) %,d baseline simulations at the %d-thread batch rate (estimate, without"
        + " the calibration's own work)", CALIBRATION_SIMULATIONS, b.cores()),
        f("%.0f s", estimate), "", null);
    Calibration cal = calibration;
    double hundredK = cal.secondsFor(CALIBRATION_SIMULATIONS);
    row(md, f("(f) calibration: `rissim calibrate` of the baseline, 1 parameter, 200 particles,"
        + " %d threads, runs of %,d and %,d simulations (whole processes); time for %,d: the"
        + " first run's time and the rest at the rate between them", b.cores(), cal.smallSims(),
        cal.largeSims(), CALIBRATION_SIMULATIONS),
        Double.isNaN(hundredK) ? f("failed (exit %d)", cal.exitCode())
            : f("%.1f sims/s (%.0f s and %.0f s); %.0f s", cal.marginalRate(),
                cal.smallSeconds(), cal.largeSeconds(), hundredK), "< 10 min",
        !Double.isNaN(hundredK) && hundredK < CALIBRATION_SECONDS);
    Size previous = null;
    for (Size s : sizes) {
      boolean stopped = s.reached() < s.months();
      String value = stopped
          ? f("did not finish within the budget: %d of %d months done (in %.0f s), the next"
              + " ran past it", s.reached(), s.months(),
              s.msPerMonth() * Math.max(1, s.reached()) / 1000)
          : f("%.1f ms/month, %d MB", s.msPerMonth(), s.heapBytes() >> 20);
      row(md, f("(c) synthetic region, %,d states, %d months: time per month, live heap",
          s.states(), s.months()), value, s.states() == 100_000 ? "120 months < 60 s" : "",
          s.states() == 100_000 ? (Boolean) (!stopped && s.msPerMonth() * s.months() < 60_000)
              : null);
      if (previous != null) {
        String what = f("(c) growth of time per month, %,d -> %,d states", previous.states(),
            s.states());
        if (stopped) {
          row(md, what, "not measured (run stopped)", "<= 12x", false);
        } else {
          double growth = s.msPerMonth() / previous.msPerMonth();
          row(md, what, f("%.1fx", growth), "<= 12x", growth <= 12);
        }
      }
      previous = s;
    }
    SweepHeap d = sweep;
    row(md, f("(d) sweep of %,d runs of `%s` (runs.csv only) in 2 shards and their merge, child"
        + " JVMs -Xmx256m", d.runs(), d.scenario()), f("exit %d, %d rows, %.0f s, peak heap <= %d MB", d.exitCode(),
        d.rows(), d.seconds(), d.peakBytes() >> 20), "completes under -Xmx256m",
        d.exitCode() == 0 && d.rows() == d.runs());
    if (d.runs() < SWEEP_TARGET_RUNS) {
      row(md, f("(d) sweep of %,d runs and their merge in bounded memory", SWEEP_TARGET_RUNS),
          f("not measured (%,d runs measured)", d.runs()), "completes under -Xmx256m", false);
    }
    Startup e = startup;
    row(md, f("(e) `rissim run` of the baseline, whole process (%s, C1 only): median, fastest,"
        + " %d runs", e.archive() ? "class-data archive" : "no class-data archive", e.runs()),
        e.exitCode() != 0 ? f("a run exited with %d", e.exitCode())
            : f("%.0f ms (fastest %.0f ms)", e.medianMs(), e.minMs()), "< 0.5 s",
        e.exitCode() == 0 && e.medianMs() < 500);
    md.append("\n`bench-tiny` is the bundled region of 8 generated states over 12 months"
        + " (src/main/resources/org/rissim/bench/tiny.yaml); the peak heap is the sum of the"
        + " heap pools' peaks, an upper bound.\n");
    return md.toString();
  }

  private static void row(StringBuilder md, String what, String value, String target,
      Boolean met) {
    md.append("| ").append(what).append(" | ").append(value).append(" | ").append(target)
        .append(" | ").append(met == null ? "" : met ? "yes" : "**no**").append(" |\n");
  }

  private static String f(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }
}
