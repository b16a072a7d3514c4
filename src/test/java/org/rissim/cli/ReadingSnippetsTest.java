package org.rissim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The pandas and R snippets of docs/OUTPUTS.md run as written on real outputs (a run and an
 * experiment); each is skipped where its interpreter or libraries are not installed.
 */
class ReadingSnippetsTest {
  @TempDir static Path tmp;

  @BeforeAll
  static void outputs() {
    CommandLine cl = Main.commandLine();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(new StringWriter()));
    cl.setErr(new PrintWriter(err));
    assertEquals(0, cl.execute("run", "scenarios/psris-baseline.yaml", "--out",
        tmp.resolve("run").toString()), err.toString());
    assertEquals(0, cl.execute("experiment", "experiments/quick-look.yaml", "--out",
        tmp.resolve("sweep").toString(), "--quiet"), err.toString());
  }

  /** The fenced blocks of docs/OUTPUTS.md in this language. */
  static String snippet(String language) throws Exception {
    List<String> lines = Files.readAllLines(Path.of("docs/OUTPUTS.md"));
    List<String> out = new ArrayList<>();
    boolean in = false;
    for (String line : lines) {
      if (line.equals("```" + language)) {
        in = true;
      } else if (in && line.equals("```")) {
        in = false;
      } else if (in) {
        out.add(line);
      }
    }
    return String.join("\n", out) + "\n";
  }

  private static int exec(List<String> command) throws Exception {
    try {
      Process p = new ProcessBuilder(command).directory(tmp.toFile())
          .redirectErrorStream(true).redirectOutput(tmp.resolve("out.txt").toFile()).start();
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return -1;
      }
      return p.exitValue();
    } catch (java.io.IOException notInstalled) {
      return 127;
    }
  }

  private static void runs(String language, List<String> probe, List<String> command)
      throws Exception {
    String code = snippet(language);
    assumeTrue(exec(probe) == 0, language + " or its libraries not installed");
    Path file = tmp.resolve("snippet." + language);
    Files.writeString(file, code, StandardCharsets.UTF_8);
    List<String> c = new ArrayList<>(command);
    c.add(file.toString());
    assertEquals(0, exec(c), Files.readString(tmp.resolve("out.txt")));
  }

  @Test
  void thePandasSnippetRuns() throws Exception {
    // The first python3 that has pandas: on the PATH, else Debian's (a pyenv may shadow it).
    String python = "python3";
    if (exec(List.of(python, "-c", "import pandas")) != 0) {
      python = "/usr/bin/python3";
    }
    runs("python", List.of(python, "-c", "import pandas"), List.of(python));
  }

  @Test
  void theRSnippetRuns() throws Exception {
    runs("r", List.of("Rscript", "-e", "library(readr); library(jsonlite)"),
        List.of("Rscript"));
  }
}
