package org.rissim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
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
  void badOverrideExitsTwo() {
    StringWriter err = new StringWriter();
    assertEquals(2, run(err, "gui", "src/test/resources/scenarios/small.yaml", "--set",
        "parameters.noSuchThing=1"));
    assertTrue(err.toString().contains("noSuchThing"), err.toString());
  }
}
