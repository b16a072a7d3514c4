package org.rissim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** A mistyped option is named with the options it may have meant, and exits 2. */
class SuggestionTest {
  private static String errorOf(String... args) {
    CommandLine cl = Main.commandLine();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(new StringWriter()));
    cl.setErr(new PrintWriter(err));
    assertEquals(2, cl.execute(args), String.join(" ", args));
    return err.toString();
  }

  @Test
  void aMistypedOptionIsSuggestedEvenWhenARequiredOneIsMissing() {
    // --design is required: picocli reports it missing first unless the handler looks further.
    String err = errorOf("sweep", "scenarios/psris-baseline.yaml", "--desgin", "grid");
    assertTrue(err.contains("Unknown option"), err);
    assertTrue(err.contains("--desgin"), err);
    assertTrue(err.contains("Possible solutions: --design"), err);
  }

  @Test
  void aMistypedSharedOptionIsSuggested() {
    String err = errorOf("compare", "a.yaml", "b.yaml", "--rep", "3");
    assertTrue(err.contains("Possible solutions: --reps"), err);
  }

  @Test
  void aMissingOptionWithoutATypoIsStillReportedAsMissing() {
    String err = errorOf("sweep", "scenarios/psris-baseline.yaml", "--param", "a=0:1");
    assertTrue(err.contains("Missing required option: '--design"), err);
  }
}
