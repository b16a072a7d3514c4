package org.rissim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** main builds only the subcommand it is asked for, and that command behaves as in the full tree. */
class SubcommandChoiceTest {
  @Test
  void aNamedSubcommandIsBuiltAlone() {
    assertEquals(Set.of("run"), Main.commandLine(new String[] {"run", "x.yaml"})
        .getSubcommands().keySet());
    assertEquals(Set.of("plot"), Main.commandLine(new String[] {"plot", "drift"})
        .getSubcommands().keySet());
  }

  @Test
  void helpOptionsAndUnknownWordsGetEveryCommand() {
    int all = Main.SUBCOMMANDS.size();
    for (String[] args : List.of(new String[0], new String[] {"help", "run"},
        new String[] {"--version"}, new String[] {"runn"})) {
      assertEquals(all, Main.commandLine(args).getSubcommands().size(), String.join(" ", args));
    }
  }

  @Test
  void eachCommandAloneAnswersAsInTheFullTree() {
    for (String name : Main.commandLine().getSubcommands().keySet()) {
      for (String[] args : List.of(new String[] {name, "--help"},
          new String[] {name, "--no-such-option"})) {
        assertEquals(answer(Main.commandLine(), args), answer(Main.commandLine(args), args),
            String.join(" ", args));
      }
    }
  }

  private static String answer(CommandLine cl, String[] args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute(args);
    return code + "\n" + out + "\n" + err;
  }
}
