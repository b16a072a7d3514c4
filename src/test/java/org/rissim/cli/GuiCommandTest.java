package org.rissim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Bad input fails before any window opens (the windows themselves: GuiScreenshotTest). */
class GuiCommandTest {
  private static int run(StringWriter err, String... args) {
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(new StringWriter()));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  @Test
  void missingScenarioExitsTwoWithALocatedMessage() {
    StringWriter err = new StringWriter();
    assertEquals(2, run(err, "gui", "no-such-scenario.yaml"));
    assertTrue(err.toString().contains("no-such-scenario.yaml"), err.toString());
    assertFalse(err.toString().contains("\tat "), "no stack trace");
  }

  @Test
  void withoutADisplayExitsTwoWithOneLine() throws Exception {
    // A JVM of its own: AWT reads DISPLAY once per process, and this one must have none.
    ProcessBuilder pb = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "gui", "src/test/resources/scenarios/small.yaml");
    pb.environment().remove("DISPLAY");
    pb.environment().remove("WAYLAND_DISPLAY");
    pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
    Process p = pb.start();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "gui without a display did not exit");
    assertEquals(2, p.exitValue(), err);
    List<String> lines = err.lines().filter(l -> !l.isBlank()).toList();
    assertEquals(1, lines.size(), err);
    assertTrue(lines.get(0).startsWith("rissim gui: no display"), err);
  }

  @Test
  void badOverrideExitsTwo() {
    StringWriter err = new StringWriter();
    assertEquals(2, run(err, "gui", "src/test/resources/scenarios/small.yaml", "--set",
        "parameters.noSuchThing=1"));
    assertTrue(err.toString().contains("noSuchThing"), err.toString());
  }
}
