package org.rissim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class BareCommandTest {
  @Test
  void bareRissimPrintsTheUsageOnStderrAndExitsTwo() {
    CommandLine cl = Main.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    assertEquals(2, cl.execute());
    assertTrue(err.toString().contains("experiment"), err.toString());
    assertEquals("", out.toString());
  }
}
