package org.rissim.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The bench's measurements made in child JVMs running rissim's command line under
 * {@link HeapProbe}: (d) the million-run sweep with its merge under a small heap, (f) the
 * calibrations.
 */
final class ChildMeasurements {
  private final Bench.Options options;
  private final PrintWriter log;

  ChildMeasurements(Bench.Options options, PrintWriter log) {
    this.options = options;
    this.log = log;
  }

  /** What a child JVM of (d) or (f) did: its exit code, its peak heap and its output's tail. */
  private record Child(int exitCode, long peakBytes, String tail, double seconds) {}

  /** Runs rissim's command line in a child JVM under {@link HeapProbe}. */
  private Child child(List<String> jvm, List<String> args) throws IOException,
      InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(Bench.javaBin(), "-Djava.awt.headless=true"));
    cmd.addAll(jvm);
    cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), HeapProbe.class.getName(),
        options.commandLine().getName()));
    cmd.addAll(args);
    long t0 = System.nanoTime();
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    long peak = -1;
    StringBuilder tail = new StringBuilder();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
        StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        if (line.startsWith(HeapProbe.PREFIX)) {
          peak = Long.parseLong(line.substring(HeapProbe.PREFIX.length()).trim());
        } else {
          tail.append(line).append('\n');
          if (tail.length() > 4000) {
            tail.delete(0, tail.length() - 2000);
          }
        }
      }
    }
    int code = p.waitFor();
    if (code != 0) {
      log.printf("    child JVM exited with %d:%n%s", code, tail);
    }
    return new Child(code, peak, tail.toString(), (System.nanoTime() - t0) / 1e9);
  }

  /**
   * (d): a sweep of {@code runs} runs of bench-tiny in two shards, each in a child JVM capped at
   * 256 MB, then their merge in a third: the exit code and peak heap are the worst of the three.
   */
  BenchReport.SweepHeap sweepHeap(int runs) throws IOException, InterruptedException {
    Path dir = Files.createTempDirectory("rissim-bench");
    Path tiny = dir.resolve("bench-tiny.yaml");
    try (InputStream in = Bench.class.getResourceAsStream("tiny.yaml")) {
      Files.write(tiny, in.readAllBytes());
    }
    int cores = Runtime.getRuntime().availableProcessors();
    log.printf("(d) sweep of %,d runs of bench-tiny (8 states, 12 months) in 2 shards and their"
        + " merge, each a child JVM with -Xmx256m%n", runs);
    log.flush();
    int code = 0;
    long peak = -1;
    double seconds = 0;
    Path sweep = dir.resolve("sweep");
    for (int k = 1; k <= 2; k++) {
      Child c = child(List.of("-Xmx256m"), List.of("sweep", tiny.toString(), "--param",
          "parameters.belief.eta=0.05:0.2", "--design", "random", "--samples",
          Integer.toString(runs), "--threads", Integer.toString(cores), "--shard", k + "/2",
          "--out", sweep.resolve("shard-" + k).toString()));
      code = Math.max(code, c.exitCode());
      peak = Math.max(peak, c.peakBytes());
      seconds += c.seconds();
    }
    Path merged = sweep.resolve("merged");
    Child m = child(List.of("-Xmx256m"), List.of("merge", sweep.resolve("shard-1").toString(),
        sweep.resolve("shard-2").toString(), "--out", merged.toString()));
    code = Math.max(code, m.exitCode());
    peak = Math.max(peak, m.peakBytes());
    seconds += m.seconds();
    long lines;
    Path runsCsv = merged.resolve("runs.csv");
    try (var stream = Files.exists(runsCsv) ? Files.lines(runsCsv) : Stream.<String>empty()) {
      lines = stream.count();
    }
    Bench.deleteTree(dir);
    return new BenchReport.SweepHeap(runs, "bench-tiny", code, seconds, peak,
        Math.max(0, lines - 1));
  }

  /**
   * (f): two ABC-SMC calibrations of the baseline (one parameter, 200 particles) with a small and
   * a large simulation budget, each in a child JVM as {@code rissim calibrate} runs it: binding
   * each particle's scenario, its runs, the pattern distances and the generation files included.
   * The difference of the two gives the rate once the JVM has started and warmed up.
   */
  BenchReport.Calibration calibration(Path baseline, int small, int large)
      throws IOException, InterruptedException {
    int cores = Runtime.getRuntime().availableProcessors();
    log.printf("(f) calibration of %s: ABC-SMC with budgets of %,d and %,d simulations, %d"
        + " threads, in child JVMs%n", baseline, small, large, cores);
    log.flush();
    double[] seconds = new double[2];
    int[] sims = new int[2];
    int code = 0;
    int[] budgets = {small, large};
    for (int i = 0; i < 2; i++) {
      Path dir = Files.createTempDirectory("rissim-bench");
      Child c = child(List.of(), List.of("calibrate", baseline.toString(), "--param",
          "parameters.belief.eta=uniform(0.05,0.3)", "--budget", Integer.toString(budgets[i]),
          "--particles", "200", "--threads", Integer.toString(cores), "--out",
          dir.resolve("calibration").toString()));
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("; (\\d+) simulations\\.")
          .matcher(c.tail());
      while (m.find()) {
        sims[i] = Integer.parseInt(m.group(1));
      }
      seconds[i] = c.seconds();
      code = Math.max(code, c.exitCode());
      Bench.deleteTree(dir);
    }
    return new BenchReport.Calibration(sims[0], seconds[0], sims[1], seconds[1], code);
  }
}
