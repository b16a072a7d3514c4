package org.rissim.analysis.patterns;

import java.time.YearMonth;
import java.util.Optional;

/**
 * How often replicated runs show one pattern, and when its event first happened.
 *
 * @param pattern        the pattern's id
 * @param event          whether it is an event pattern (timing applies)
 * @param holds          runs that show it
 * @param n              runs
 * @param share          holds / n
 * @param ciLow          lower bound of the 95% Wilson score interval of the share
 * @param ciHigh         upper bound of that interval
 * @param medianMonth    median month of the first matching event over the runs that had one
 * @param q1Month        first quartile of that month
 * @param q3Month        third quartile of that month
 * @param exampleFailure the reason of the lowest-numbered run that did not show it, if any
 */
public record PatternShare(String pattern, boolean event, int holds, int n, double share,
    double ciLow, double ciHigh, Optional<YearMonth> medianMonth, Optional<YearMonth> q1Month,
    Optional<YearMonth> q3Month, Optional<String> exampleFailure) {}
