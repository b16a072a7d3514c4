package org.rissim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.stat.interval.ConfidenceInterval;
import org.apache.commons.math3.stat.interval.WilsonScoreInterval;
import org.junit.jupiter.api.Test;

/** Wilson intervals for shares in compare.csv (docs/EXPERIMENTS.md). */
class EstimateShareTest {
  @Test
  void shareOfOneStaysInsideTheUnitInterval() {
    double[] allOnes = {1, 1, 1, 1, 1};
    Estimate e = Estimate.ofShare(allOnes);
    assertEquals(1.0, e.mean(), 0.0);
    assertEquals(1.0, e.ciHigh(), 1e-12, "Wilson's upper end at share 1 is 1");
    assertTrue(e.ciLow() > 0 && e.ciLow() < 1, "a real lower end: " + e.ciLow());
    // Five runs that all founded a body do not make the share certain: the t interval of a
    // constant sample is [1, 1], Wilson's is wide.
    assertTrue(e.ciLow() < 0.7, "five runs leave room below: " + e.ciLow());
  }

  @Test
  void nearOneWhereTheTIntervalLeavesTheUnitInterval() {
    double[] shares = {1, 1, 1, 0.6, 1, 0.97};
    Estimate t = Estimate.of(shares);
    assertTrue(t.ciHigh() > 1, "the t interval leaves [0, 1] here: " + t.ciHigh());
    Estimate w = Estimate.ofShare(shares);
    assertTrue(w.ciLow() >= 0 && w.ciHigh() <= 1, w.ciLow() + " .. " + w.ciHigh());
    assertTrue(w.ciLow() <= w.mean() && w.mean() <= w.ciHigh(), "contains the mean");
    assertEquals(t.mean(), w.mean(), 0.0, "the mean is the same");
    assertEquals(t.sd(), w.sd(), 0.0);
  }

  @Test
  void zeroOneValuesGiveWilsonsIntervalForTheShareOfRuns() {
    double[] founded = {1, 0, 1, 1, 0, 1, 1, 1};
    Estimate e = Estimate.ofShare(founded);
    ConfidenceInterval ci = new WilsonScoreInterval().createInterval(8, 6, 0.95);
    assertEquals(ci.getLowerBound(), e.ciLow(), 1e-12);
    assertEquals(ci.getUpperBound(), e.ciHigh(), 1e-12);
  }

  @Test
  void fractionalSharesGetTheEnvelopeOfTheNeighbouringWholeCounts() {
    double[] monthShares = {0.25, 0.5, 0.3, 0.1}; // n x mean = 1.15 runs' worth
    Estimate e = Estimate.ofShare(monthShares);
    WilsonScoreInterval wilson = new WilsonScoreInterval();
    assertEquals(wilson.createInterval(4, 1, 0.95).getLowerBound(), e.ciLow(), 1e-12);
    assertEquals(wilson.createInterval(4, 2, 0.95).getUpperBound(), e.ciHigh(), 1e-12);
    // Wilson at the fractional count 1.15 (its formula with p = 0.2875, n = 4) lies inside.
    double p = e.mean();
    double n = 4;
    double z = 1.959963984540054;
    double centre = (p + z * z / (2 * n)) / (1 + z * z / n);
    double half = z / (1 + z * z / n) * Math.sqrt(p * (1 - p) / n + z * z / (4 * n * n));
    assertTrue(e.ciLow() <= centre - half && centre + half <= e.ciHigh());
  }

  @Test
  void noSuccessesStartAtZeroExactly() {
    Estimate e = Estimate.ofShare(new double[] {0, 0, 0, 0, 0});
    assertEquals(0.0, e.ciLow(), 0.0);
    assertTrue(e.ciHigh() > 0.3 && e.ciHigh() < 1, "five runs without: " + e.ciHigh());
  }

  @Test
  void missingValuesAreLeftOutAndAnEmptySampleHasNoInterval() {
    Estimate e = Estimate.ofShare(new double[] {Double.NaN, 1, 0});
    assertEquals(2, e.n());
    assertTrue(e.ciLow() >= 0 && e.ciHigh() <= 1);
    assertTrue(Double.isNaN(Estimate.ofShare(new double[] {Double.NaN}).ciLow()));
  }

  @Test
  void sharesAreTheShareMeasuresAndFounded() {
    assertTrue(Estimate.isShare("share.changeIn"));
    assertTrue(Estimate.isShare("share.changeOf"));
    assertTrue(Estimate.isShare("founded"));
    assertFalse(Estimate.isShare("founded.month"), "a month, not a share");
    assertFalse(Estimate.isShare("final.drift.consent"), "drift may be negative");
  }
}
