package org.rissim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rissim.experiment.Comparison;
import org.rissim.experiment.Estimate;

/** compare's terminal table: columns padded to the longest cell, however long a name. */
class CompareTableTest {
  @Test
  void namesOfThirtyCharactersKeepTheColumnsAligned() {
    String longScenario = "cf-a-scenario-name-of-30-chars";
    String longMeasure = "final.drift.group.founders.disinterested";
    assertEquals(30, longScenario.length());
    Estimate level = Estimate.of(new double[] {0.1, 0.2, 0.3});
    Estimate diff = Estimate.of(new double[] {-0.01, 0.02, 0.0});
    List<Comparison.Row> rows = List.of(
        new Comparison.Row("base", "founded", Estimate.ofShare(new double[] {1, 1, 0}), null),
        new Comparison.Row("base", longMeasure, level, null),
        new Comparison.Row(longScenario, "founded", Estimate.ofShare(new double[] {1, 0, 0}),
            diff),
        new Comparison.Row(longScenario, longMeasure, level, diff));
    StringWriter text = new StringWriter();
    CompareCommand.print(new PrintWriter(text, true), rows);
    List<String> lines = text.toString().lines().toList();
    assertEquals(5, lines.size(), text.toString());
    int measureColumn = longScenario.length() + 2;
    int lineLength = lines.get(0).length();
    for (String line : lines) {
      // Every measure starts in the same column, right after the widest scenario name.
      assertTrue(line.charAt(measureColumn - 1) == ' ' && line.charAt(measureColumn) != ' ',
          "measure column at " + measureColumn + " in:\n" + text);
      // The numeric columns are right-aligned to one width: every line ends at the same place.
      assertEquals(lineLength, line.length(), "line length of `" + line + "`");
    }
    assertTrue(lines.get(0).startsWith("scenario" + " ".repeat(measureColumn - 8) + "measure"));
    int interval = lines.get(0).indexOf("mean [95% CI]") + "mean [95% CI]".length();
    for (String line : lines.subList(1, lines.size())) {
      // The level interval ends under its header (right-aligned), e.g. "... 0.3000]".
      assertEquals(']', line.charAt(interval - 1), "interval column in:\n" + text);
    }
  }
}
