package org.rissim.observe;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rissim.experiment.RunResult;
import org.rissim.experiment.Simulation;
import org.rissim.scenario.Scenario;
import org.rissim.scenario.ScenarioLoader;

/** The terminal summary speaks the institution's words, not peacekeeping's. */
class RunSummaryVocabularyTest {
  @Test
  void aDevelopmentRunCountsFinancingNeedsAndLoans() throws Exception {
    Scenario s = ScenarioLoader.load(Path.of("scenarios/development-asia.yaml"), List.of())
        .scenario();
    RunResult r = Simulation.run(s, 1, Optional.of(YearMonth.of(2001, 12)));
    String text = RunSummary.of(r.scenario(), r.seed(), r.series(), r.events());
    assertTrue(text.contains(" financing needs, ") && text.contains(" loans ("), text);
    assertFalse(text.contains("crises") || text.contains("operations"), text);
  }
}
