package org.rissim.analysis.patterns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rissim.scenario.PatternSpec;
import org.junit.jupiter.api.Test;

class PatternSharesTest {
  private static PatternOutcome outcome(boolean holds, YearMonth month) {
    return new PatternOutcome("e", holds, holds ? 1 : 0, Optional.ofNullable(month),
        holds ? "ok" : "no event");
  }

  @Test
  void shareHasTheWilsonIntervalAndMonthQuartiles() {
    PatternSpec e = PatternFixtures.event("operation", Map.of(), true, Map.of(), 1, null);
    List<List<PatternOutcome>> runs = new ArrayList<>();
    // 8 of 10 runs hold, first events in months 2001-01 .. 2001-08.
    for (int k = 0; k < 10; k++) {
      runs.add(List.of(k < 8 ? outcome(true, YearMonth.of(2001, k + 1)) : outcome(false, null)));
    }
    PatternShare s = PatternShares.of(List.of(e), runs).get(0);
    assertEquals(8, s.holds());
    assertEquals(0.8, s.share(), 1e-12);
    // Wilson 95% for 8/10: centre (p + z^2/2n)/(1 + z^2/n), half-width z sqrt(p(1-p)/n +
    // z^2/4n^2)/(1 + z^2/n), z = 1.959964.
    double z = 1.959963984540054;
    double n = 10;
    double p = 0.8;
    double centre = (p + z * z / (2 * n)) / (1 + z * z / n);
    double half = z * Math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n);
    assertEquals(centre - half, s.ciLow(), 1e-9);
    assertEquals(centre + half, s.ciHigh(), 1e-9);
    // Type-1 quantiles of months 1..8: median 4, quartiles 2 and 6.
    assertEquals(Optional.of(YearMonth.of(2001, 4)), s.medianMonth());
    assertEquals(Optional.of(YearMonth.of(2001, 2)), s.q1Month());
    assertEquals(Optional.of(YearMonth.of(2001, 6)), s.q3Month());
    assertEquals(Optional.of("no event"), s.exampleFailure());
  }

  @Test
  void quantilesCrossYearBoundaries() {
    List<YearMonth> months = List.of(YearMonth.of(2001, 12), YearMonth.of(2002, 1),
        YearMonth.of(2001, 11));
    assertEquals(Optional.of(YearMonth.of(2001, 12)), PatternShares.quantile(months, 50));
    assertTrue(PatternShares.quantile(List.of(), 50).isEmpty());
  }

  @Test
  void csvHasTheDocumentedColumnsAndEmptyMonthsForSeriesPatterns() {
    PatternSpec s = PatternFixtures.series("r.consent", Optional.empty(), null, null, "mean", 0.0,
        null);
    List<List<PatternOutcome>> runs = List.of(
        List.of(new PatternOutcome("p", true, 0.5, Optional.empty(), "ok")),
        List.of(new PatternOutcome("p", false, -0.5, Optional.empty(), "below")));
    String csv = PatternShares.csv(PatternShares.of(List.of(s), runs));
    String[] lines = csv.split("\n");
    assertEquals("pattern,holds,n,share,ciLow,ciHigh,medianMonth,q1Month,q3Month", lines[0]);
    assertTrue(lines[1].startsWith("p,1,2,0.5,"), lines[1]);
    assertTrue(lines[1].endsWith(",,,"), lines[1]);
  }
}
