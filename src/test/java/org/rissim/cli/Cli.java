package org.rissim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import picocli.CommandLine;

/** Black-box helpers for the reliability tests: run rissim, in this JVM or in a child process. */
final class Cli {
  private Cli() {}

  /** What a command did: its exit code and everything it printed. */
  record Result(int code, String out, String err) {
    /** Exit 2 with a message containing {@code needle}, and no stack trace or exception name. */
    Result failsWith(String needle) {
      assertEquals(2, code, "exit code; stdout: " + out + " stderr: " + err);
      assertTrue(err.contains(needle), "expected '" + needle + "' in: " + err);
      noTrace();
      return this;
    }

    /** No line of stderr is a stack frame, and no exception class is named. */
    Result noTrace() {
      for (String line : err.split("\n")) {
        assertTrue(!line.strip().startsWith("at ") && !line.contains("Exception"),
            "a stack trace or exception name in: " + err);
      }
      return this;
    }
  }

  /** Runs {@code rissim args} in this JVM. */
  static Result run(String... args) {
    return run(Main.commandLine(), args);
  }

  /** Runs {@code args} on a command object, with rissim's failure handling. */
  static Result run(Object command, String... args) {
    return run(Main.configure(new CommandLine(command)), args);
  }

  private static Result run(CommandLine cl, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute(args);
    return new Result(code, out.toString(), err.toString());
  }

  /** Starts {@code rissim args} as a separate Java process. */
  static Process start(Path log, String... args) throws IOException {
    List<String> cmd = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Djava.awt.headless=true", "-Xmx256m", "-cp", System.getProperty("java.class.path"),
        "org.rissim.cli.Main"));
    cmd.addAll(List.of(args));
    return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile())
        .start();
  }

  /** Waits for a child process (at most a minute) and returns its exit code and output. */
  static Result await(Process p, Path log) throws Exception {
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("child rissim did not finish in 60 s");
    }
    String text = Files.readString(log);
    return new Result(p.exitValue(), text, text);
  }

  /** Hidden leftovers next to or inside {@code dir}: lock, staging or temporary files. */
  static List<Path> leftovers(Path dir) throws IOException {
    List<Path> found = new ArrayList<>();
    for (Path d : List.of(dir.toAbsolutePath().getParent(), dir)) {
      if (!Files.isDirectory(d)) {
        continue;
      }
      try (Stream<Path> s = Files.list(d)) {
        s.filter(p -> p.getFileName().toString().startsWith("."))
            .filter(p -> !p.getFileName().toString().endsWith(".yaml"))
            .forEach(found::add);
      }
    }
    return found;
  }

  /** A copy of the tiny test world in {@code dir}, with each edit (from, to) applied once. */
  static Path tiny(Path dir, String name, String... edits) throws IOException {
    String text = Files.readString(Path.of("src/test/resources/model/tiny.yaml"));
    for (int i = 0; i < edits.length; i += 2) {
      assertTrue(text.contains(edits[i]), "tiny.yaml has no '" + edits[i] + "'");
      text = text.replaceFirst(java.util.regex.Pattern.quote(edits[i]),
          java.util.regex.Matcher.quoteReplacement(edits[i + 1]));
    }
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return file;
  }
}
