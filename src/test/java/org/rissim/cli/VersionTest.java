package org.rissim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code rissim --version} prints the pom's version. */
class VersionTest {
  @Test
  void versionOptionPrintsThePomsVersion() {
    StringWriter out = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out, true));
    assertEquals(0, cl.execute("--version"));
    String expected = "rissim " + System.getProperty("rissim.pomVersion");
    assertTrue(out.toString().startsWith(expected), out.toString());
  }
}
