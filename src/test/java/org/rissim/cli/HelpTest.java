package org.rissim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every subcommand's help renders cleanly: exit 0, a usage line, no picocli format warning. */
class HelpTest {
  @Test
  void everyCommandsHelpRendersWithoutWarnings() {
    List<String[]> paths = new ArrayList<>();
    collect(Main.commandLine(), new ArrayList<>(), paths);
    assertTrue(paths.size() >= 15, "expected every subcommand, found " + paths.size());
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      for (String[] path : paths) {
        String[] args = new String[path.length + 1];
        System.arraycopy(path, 0, args, 0, path.length);
        args[path.length] = "--help";
        StringWriter out = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(new StringWriter(), true));
        assertEquals(0, cl.execute(args), String.join(" ", args));
        assertTrue(out.toString().startsWith("Usage: rissim"), String.join(" ", args) + ":\n" + out);
      }
    } finally {
      System.setErr(original);
    }
    String warnings = captured.toString(StandardCharsets.UTF_8);
    assertFalse(warnings.contains("picocli WARN"), warnings);
  }

  @Test
  void everyOptionOfEveryCommandHasHelpText() {
    // Shared options take their text from SharedOptions.properties: a missing key shows as blank.
    List<String> blank = new ArrayList<>();
    List<String[]> paths = new ArrayList<>();
    collect(Main.commandLine(), new ArrayList<>(), paths);
    for (String[] path : paths) {
      CommandLine cl = Main.commandLine();
      for (String name : path) {
        cl = cl.getSubcommands().get(name);
      }
      for (CommandLine.Model.OptionSpec o : cl.getCommandSpec().options()) {
        if (!o.hidden() && String.join("", o.description()).isBlank()) {
          blank.add(String.join(" ", path) + " " + o.longestName());
        }
      }
    }
    assertTrue(blank.isEmpty(), "options without help text: " + blank);
  }

  private static void collect(CommandLine cl, List<String> prefix, List<String[]> out) {
    for (var e : cl.getSubcommands().entrySet()) {
      if (e.getKey().equals("help")) {
        continue;
      }
      List<String> path = new ArrayList<>(prefix);
      path.add(e.getKey());
      out.add(path.toArray(new String[0]));
      collect(e.getValue(), path, out);
    }
  }
}
