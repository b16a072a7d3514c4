package org.rissim.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Docs that run: every {@code rissim} / {@code ./rissim} command of a fenced block in README.md,
 * results/examples/README.md and docs/*.md is run by the packaged jar ({@code target/rissim.jar},
 * hence an integration test) in a temporary copy of the project's {@code scenarios/} and
 * {@code experiments/}, one copy per document, the document's commands in document order (a
 * command may read what an earlier one wrote), and must exit 0.
 *
 * <p>Sizes are scaled down: each value of {@code --reps}, {@code --samples},
 * {@code --particles}, {@code --generations} and {@code --budget}, and the {@code samples:} and
 * {@code reps:} of the copied experiment files, is divided by {@code RISSIM_DOCS_SCALE} (an
 * environment variable; 1000 when not set), rounded up and raised to the option's smallest
 * useful value ({@link #MINIMUM}), never above the documented value.
 * {@code RISSIM_DOCS_SCALE=1 mvn verify} runs the documented sizes (hours).
 *
 * <p>Commands that cannot run here are listed in {@link #SKIPPED}, each with its reason; an
 * entry that matches no documented command fails the test, so the list stays true.
 */
class DocsRunIT {
  /** A documented command not run: in {@code doc}, the one containing {@code text}. */
  record Listed(String doc, String text, String reason) {}

  static final List<Listed> SKIPPED = List.of(
      new Listed("docs/GUI.md", "gui scenarios/", "opens MASON's Console and waits for a person;"
          + " GuiScreenshotTest drives the GUI under Xvfb"),
      new Listed("docs/EXPERIMENTS.md", "--slurm 50 --partition short --submit",
          "submits to a Slurm cluster with sbatch; SlurmEndToEndIT runs a sweep on a real Slurm"),
      new Listed("docs/EXPERIMENTS.md", "status $SCRATCH/eta",
          "watches the Slurm sweep above while it runs"),
      new Listed("docs/SCENARIOS.md", "scenarios/my-case.yaml",
          "the how-to's placeholder for the reader's own scenario"),
      new Listed("docs/VALIDATION.md", "plot posterior DIR",
          "DIR is a placeholder; the calibration's own commands run"),
      new Listed("docs/VALIDATION.md", "patterns SCENARIO --reps",
          "SCENARIO and DIR are placeholders; the same check runs on the baseline"));

  /** Commands run after the rest of their document: they read what a later command writes. */
  static final List<Listed> LAST = List.of(
      new Listed("docs/VALIDATION.md", "--posterior results/psris-baseline-calibration",
          "reads the calibration that the calibrate command further down writes"));

  /** Commands whose documented outcome includes exit code 1. */
  static final List<Listed> EXIT_ONE_ALLOWED = List.of(
      new Listed("docs/VALIDATION.md", "--require 0.8",
          "documented: exit 1 when a pattern's share is below 0.8, which a few runs may show"));

  /** The smallest value each scaled option keeps. */
  static final java.util.Map<String, Integer> MINIMUM = java.util.Map.of(
      "--reps", 2, "--samples", 2, "--particles", 4, "--generations", 1, "--budget", 8,
      "reps", 2, "samples", 2);

  @TempDir Path tmp;

  static int scale() {
    String s = System.getenv("RISSIM_DOCS_SCALE");
    return s == null || s.isBlank() ? 1000 : Integer.parseInt(s.strip());
  }

  /** {@code value} divided by the scale, rounded up, at least the minimum, at most itself. */
  static long scaled(String option, long value) {
    long down = (value + scale() - 1) / scale();
    return Math.min(value, Math.max(MINIMUM.get(option), down));
  }

  /** The arguments with every size option scaled. */
  static List<String> scaleArgs(List<String> args) {
    List<String> out = new ArrayList<>(args);
    for (int i = 0; i < out.size(); i++) {
      String a = out.get(i);
      if (MINIMUM.containsKey(a) && a.startsWith("--") && i + 1 < out.size()
          && out.get(i + 1).matches("\\d+")) {
        out.set(i + 1, Long.toString(scaled(a, Long.parseLong(out.get(i + 1)))));
      }
      Matcher m = Pattern.compile("(--[a-z]+)=(\\d+)").matcher(a);
      if (m.matches() && MINIMUM.containsKey(m.group(1))) {
        out.set(i, m.group(1) + "=" + scaled(m.group(1), Long.parseLong(m.group(2))));
      }
    }
    return out;
  }

  /** An experiment file's text with its {@code samples:} and {@code reps:} scaled. */
  static String scaleExperiment(String yaml) {
    Matcher m = Pattern.compile("(?m)^(samples|reps):(\\s*)(\\d+)").matcher(yaml);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, m.group(1) + ":" + m.group(2)
          + scaled(m.group(1), Long.parseLong(m.group(3))));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static Listed match(List<Listed> list, Path doc, List<String> args) {
    String joined = String.join(" ", args);
    for (Listed e : list) {
      if (doc.toString().equals(e.doc()) && joined.contains(e.text())) {
        return e;
      }
    }
    return null;
  }

  /** A word with a glob expanded against {@code dir}, as a shell there would. */
  static List<String> expand(Path dir, String word) throws IOException {
    if (!word.contains("*")) {
      return List.of(word);
    }
    Path rel = Path.of(word);
    List<String> out = new ArrayList<>();
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir.resolve(rel.getParent()),
        rel.getFileName().toString())) {
      s.forEach(p -> out.add(rel.getParent().resolve(p.getFileName()).toString()));
    }
    out.sort(null);
    return out;
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  /** A fresh copy of scenarios/ and experiments/ (experiment sizes scaled) for one document. */
  private Path project(String name) throws IOException {
    Path dir = tmp.resolve(name);
    copyTree(Path.of("scenarios"), dir.resolve("scenarios"));
    copyTree(Path.of("experiments"), dir.resolve("experiments"));
    try (Stream<Path> s = Files.list(dir.resolve("experiments"))) {
      for (Path p : s.filter(f -> f.toString().endsWith(".yaml")).toList()) {
        Files.writeString(p, scaleExperiment(Files.readString(p)));
      }
    }
    return dir;
  }

  @Test
  void everyDocumentedCommandRuns() throws Exception {
    Path jar = Path.of("target", "rissim.jar").toAbsolutePath();
    assertTrue(Files.isRegularFile(jar), "no " + jar + ": run `mvn package` (or verify) first");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> problems = new ArrayList<>();
    Set<Listed> used = new LinkedHashSet<>();
    List<String> timings = new ArrayList<>();
    int ran = 0;
    long started = System.nanoTime();
    for (Path doc : DocsCommandsTest.documents()) {
      List<DocsCommandsTest.Documented> commands = DocsCommandsTest.commands(doc);
      if (commands.isEmpty()) {
        continue;
      }
      Path dir = project(doc.toString().replaceAll("[^A-Za-z0-9]+", "-"));
      List<DocsCommandsTest.Documented> now = new ArrayList<>();
      List<DocsCommandsTest.Documented> later = new ArrayList<>();
      for (DocsCommandsTest.Documented d : commands) {
        Listed skip = match(SKIPPED, doc, d.args());
        if (skip != null) {
          used.add(skip);
          continue;
        }
        Listed last = match(LAST, doc, d.args());
        if (last != null) {
          used.add(last);
          later.add(d);
        } else {
          now.add(d);
        }
      }
      now.addAll(later);
      for (DocsCommandsTest.Documented d : now) {
        List<String> args = new ArrayList<>();
        for (String w : scaleArgs(d.args())) {
          args.addAll(expand(dir, w.replaceAll("\\$[A-Z_]+", "scratch")));
        }
        List<String> command = new ArrayList<>(List.of(java, "-Djava.awt.headless=true", "-jar",
            jar.toString()));
        command.addAll(args);
        Path log = tmp.resolve("command-" + (++ran) + ".log");
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile())
            .redirectErrorStream(true).redirectOutput(log.toFile());
        long t0 = System.nanoTime();
        Process p = pb.start();
        boolean done = p.waitFor(180, TimeUnit.SECONDS);
        if (!done) {
          p.destroyForcibly().waitFor();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        timings.add(String.format(Locale.ROOT, "%6.1f s  %s: rissim %s", seconds, d.where(),
            String.join(" ", args)));
        Listed one = match(EXIT_ONE_ALLOWED, doc, d.args());
        if (one != null) {
          used.add(one);
        }
        int code = done ? p.exitValue() : -1;
        if (code != 0 && !(code == 1 && one != null)) {
          List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
          problems.add(d.where() + ": rissim " + String.join(" ", args) + "\n    "
              + (done ? "exit " + code : "timed out after 180 s") + ": " + String.join("\n    ",
                  lines.subList(Math.max(0, lines.size() - 8), lines.size())));
        }
      }
    }
    System.out.printf(Locale.ROOT, "DocsRunIT: %d commands in %.0f s (RISSIM_DOCS_SCALE=%d)%n%s%n",
        ran, (System.nanoTime() - started) / 1e9, scale(), String.join("\n", timings));
    List<Listed> stale = new ArrayList<>();
    Stream.of(SKIPPED, LAST, EXIT_ONE_ALLOWED).flatMap(List::stream)
        .filter(e -> !used.contains(e)).forEach(stale::add);
    if (!stale.isEmpty()) {
      problems.add("entries of the skip lists that match no documented command: " + stale);
    }
    assertTrue(ran >= 15, "ran only " + ran + " documented commands");
    if (!problems.isEmpty()) {
      fail(problems.size() + " documented command(s) failed:\n" + String.join("\n", problems));
    }
  }
}
