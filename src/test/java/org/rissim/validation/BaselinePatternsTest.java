package org.rissim.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rissim.analysis.patterns.PatternOutcome;
import org.rissim.analysis.patterns.PatternReplication;
import org.rissim.analysis.patterns.PatternShare;
import org.rissim.analysis.patterns.PatternShares;
import org.rissim.experiment.RunFunction;
import org.rissim.scenario.PatternSpec;
import org.rissim.scenario.Scenario;
import org.rissim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * Pattern-oriented validation of the baseline at a modest number of seeds: each pattern of
 * {@code scenarios/psris-baseline.yaml} holds in a share of runs consistent with the share
 * recorded for 200 seeds in docs/VALIDATION.md (its generated table, results/validation/make.sh).
 * With n = 80
 * runs the test allows three binomial
 * standard errors of the documented share (at least sqrt(0.02 / n) for shares near 0 or 1), so it
 * fails for a real change of the model's behaviour, in either direction, and not for sampling noise.
 */
class BaselinePatternsTest {
  private static final int RUNS = 80;
  private static final Pattern ROW =
      Pattern.compile("^\\| (P\\d[-A-Za-z0-9]*) \\| ([01]\\.[0-9]+) \\|", Pattern.MULTILINE);

  @Test
  void everyPatternHoldsAtItsDocumentedShare() throws Exception {
    Scenario s = ScenarioLoader.load(Path.of("scenarios/psris-baseline.yaml"), List.of())
        .scenario();
    Map<String, Double> documented = documentedShares();
    for (PatternSpec p : s.patterns()) {
      assertTrue(documented.containsKey(p.id()),
          "docs/VALIDATION.md records no share for pattern " + p.id());
    }
    assertEquals(s.patterns().size(), documented.size(),
        "docs/VALIDATION.md records a pattern the baseline does not have");
    List<List<PatternOutcome>> runs = PatternReplication.run(s, 1, RUNS, 2, RunFunction.MODEL);
    StringBuilder failures = new StringBuilder();
    for (PatternShare share : PatternShares.of(s.patterns(), runs)) {
      double p = documented.get(share.pattern());
      double tolerance = 3 * Math.sqrt(Math.max(p * (1 - p), 0.02) / RUNS);
      if (Math.abs(share.share() - p) > tolerance) {
        failures.append(String.format("%s: %.3f at %d seeds, documented %.3f (tolerance %.3f)%n",
            share.pattern(), share.share(), RUNS, p, tolerance));
      }
    }
    assertTrue(failures.length() == 0, failures.toString());
  }

  private static Map<String, Double> documentedShares() throws Exception {
    String doc = Files.readString(Path.of("docs/VALIDATION.md"));
    Map<String, Double> shares = new LinkedHashMap<>();
    Matcher m = ROW.matcher(doc);
    while (m.find()) {
      shares.put(m.group(1), Double.parseDouble(m.group(2)));
    }
    return shares;
  }
}
