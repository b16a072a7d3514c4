package org.rissim.validation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.apache.commons.math3.distribution.TDistribution;
import org.rissim.experiment.RunResult;
import org.rissim.experiment.Seeds;
import org.rissim.experiment.Simulation;
import org.rissim.observe.Event;
import org.rissim.observe.TimeSeries;
import org.rissim.scenario.Scenario;
import org.rissim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * The directions the theory predicts for the counterfactual library, checked over paired seeds
 * (common random numbers): the mean paired difference counterfactual - baseline must lie on the
 * predicted side of zero with its 95% confidence interval excluding zero.
 */
class CounterfactualDirectionTest {
  private static final int PAIRS = 100;

  @Test
  void withoutCompetitiveInstitutionalisationLateDriftIsSmaller() throws Exception {
    // The second body's effect on the region is small and shows at the end of the run (after the
    // operations of 2022); the 2010-2023 average is not distinguishable from noise at 100 pairs
    // (docs/VALIDATION.md reports this as a finding). The test reads the final drift.
    assertDirection("cf-no-new-institution.yaml", r -> meanDrift(r, YearMonth.of(2023, 12)), -1);
  }

  @Test
  void unilateralOnlyLowersOperationsLegitimacy() throws Exception {
    assertDirection("cf-unilateral-only.yaml", r -> meanOperationLegitimacy(r), -1);
  }

  @Test
  void unilateralOnlyLowersTheDriftOfNonHegemonStates() throws Exception {
    // Non-hegemon drift is read from the regional understanding, which the hegemon dominates;
    // the drift of the whole region at the end is the observable the model records.
    assertDirection("cf-unilateral-only.yaml", r -> meanDrift(r, YearMonth.of(2023, 12)), -1);
  }

  @Test
  void withoutRecognitionBuildingTheSecondBodysGlobalLegitimacyIsLower() throws Exception {
    assertDirection("cf-no-recognition.yaml",
        r -> last(r.series(), "body.CSTO.legitimacy.global"), -1);
  }

  @Test
  void aCohesiveMembershipKeepsLateCohesionHigher() throws Exception {
    assertDirection("cf-cohesive-membership.yaml",
        r -> last(r.series(), "body.CSTO.cohesion"), +1);
  }

  private static void assertDirection(String counterfactual, ToDoubleFunction<RunResult> measure,
      int sign) throws Exception {
    Scenario base = load("psris-baseline.yaml");
    Scenario cf = load(counterfactual);
    DescriptiveStatistics d = new DescriptiveStatistics();
    for (int k = 0; k < PAIRS; k++) {
      long seed = Seeds.replicate(7, k);
      double a = measure.applyAsDouble(Simulation.run(base, seed));
      double b = measure.applyAsDouble(Simulation.run(cf, seed));
      if (!Double.isNaN(a) && !Double.isNaN(b)) {
        d.addValue(b - a);
      }
    }
    // A body's measures exist only in runs where it was founded (in both runs of a pair); a
    // quarter of the pairs still gives a t interval on at least 25 differences.
    assertTrue(d.getN() >= PAIRS / 4, "too few pairs with both measures defined: " + d.getN());
    double half = new TDistribution(d.getN() - 1).inverseCumulativeProbability(0.975)
        * d.getStandardDeviation() / Math.sqrt(d.getN());
    double mean = d.getMean();
    String msg = counterfactual + ": mean paired difference " + mean + " +- " + half;
    if (sign < 0) {
      assertTrue(mean + half < 0, msg + " (expected below zero)");
    } else {
      assertTrue(mean - half > 0, msg + " (expected above zero)");
    }
  }

  private static Scenario load(String file) throws Exception {
    return ScenarioLoader.load(Path.of("scenarios", file), List.of()).scenario();
  }

  private static double meanDrift(RunResult r, YearMonth month) {
    TimeSeries s = r.series();
    int row = s.rowOf(month);
    double sum = 0;
    int n = 0;
    for (String c : s.columns()) {
      if (c.startsWith("drift.")) {
        sum += s.value(row, c);
        n++;
      }
    }
    return sum / n;
  }

  private static double meanOperationLegitimacy(RunResult r) {
    DescriptiveStatistics d = new DescriptiveStatistics();
    for (Event e : r.events()) {
      if (e.type().equals("operation") && !"comply".equals(e.text("strategy"))) {
        d.addValue(e.number("legitimacyRegional"));
      }
    }
    return d.getN() == 0 ? Double.NaN : d.getMean();
  }

  private static double last(TimeSeries s, String column) {
    return s.has(column) ? s.value(s.size() - 1, column) : Double.NaN;
  }
}
