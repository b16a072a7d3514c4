package org.rissim.validation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rissim.analysis.patterns.PatternOutcome;
import org.rissim.analysis.patterns.PatternReplication;
import org.rissim.analysis.patterns.PatternShare;
import org.rissim.analysis.patterns.PatternShares;
import org.rissim.experiment.RunFunction;
import org.rissim.scenario.PatternSpec;
import org.rissim.scenario.Scenario;
import org.rissim.scenario.ScenarioLoader;

/**
 * Pattern-oriented validation of the scenarios beyond the baseline: each pattern of the scenario
 * holds in a share of runs consistent with the share docs/VALIDATION.md documents for 50 seeds.
 * The tolerance is three standard errors of the difference of two binomial shares (documented
 * n = 50, here n = 30; p(1-p) at least 0.02 so that shares near 0 or 1 keep a margin), so the
 * test fails for a real change of the scenario's behaviour and not for sampling noise.
 */
class NewScenarioPatternsTest {
  private static final int RUNS = 30;
  private static final int DOCUMENTED_RUNS = 50;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"development-asia.yaml", "peacekeeping-west-africa.yaml",
      "sovereignty-africa.yaml"})
  void everyPatternHoldsAtItsDocumentedShare(String file) throws Exception {
    Scenario s = ScenarioLoader.load(Path.of("scenarios", file), List.of()).scenario();
    assertTrue(!s.patterns().isEmpty(), file + " has no patterns");
    String doc = Files.readString(Path.of("docs/VALIDATION.md"));
    for (PatternSpec p : s.patterns()) {
      assertTrue(documented(doc, p.id()) >= 0,
          "docs/VALIDATION.md documents no share for pattern " + p.id() + " of " + file);
    }
    List<List<PatternOutcome>> runs = PatternReplication.run(s, 1, RUNS, 2, RunFunction.MODEL);
    StringBuilder failures = new StringBuilder();
    for (PatternShare share : PatternShares.of(s.patterns(), runs)) {
      double p = documented(doc, share.pattern());
      double tolerance = 3 * Math.sqrt(Math.max(p * (1 - p), 0.02)
          * (1.0 / RUNS + 1.0 / DOCUMENTED_RUNS));
      if (Math.abs(share.share() - p) > tolerance) {
        failures.append(String.format("%s: %.3f at %d seeds, documented %.3f (tolerance %.3f)%n",
            share.pattern(), share.share(), RUNS, p, tolerance));
      }
    }
    assertTrue(failures.length() == 0, failures.toString());
  }

  /** The share the table row of this pattern documents, or -1 when there is none. */
  private static double documented(String doc, String id) {
    Matcher m = Pattern.compile("^\\| " + Pattern.quote(id) + " \\| ([01]\\.[0-9]+) \\|",
        Pattern.MULTILINE).matcher(doc);
    return m.find() ? Double.parseDouble(m.group(1)) : -1;
  }
}
