package org.rissim.scenario;

import java.util.List;
import java.util.Optional;

/**
 * A user-defined outcome measure over one run's outputs, declared in a scenario's or an
 * experiment's {@code outcomes:} list with the pattern vocabulary (docs/OUTPUTS.md): a statistic
 * of a time-series column, or a count or first month of events. Unlike a pattern it has no
 * bounds: its value is the measured quantity, one number per run (NaN where it does not exist).
 *
 * @param id          the measure's name: its column in runs.csv and outcomes.csv
 * @param description what the measure says, in words (may be empty)
 * @param series      the series statistic, if this is one (its min and max are empty)
 * @param event       the event selection, if this is one (minCount 0, no maxCount)
 * @param measure     for series: the statistic ({@link #SERIES_STATS}); for events:
 *                    {@code count} or {@code firstMonth} ({@link #EVENT_MEASURES})
 * @param threshold   the threshold of {@code firstAbove} and {@code firstBelow}, else empty
 */
public record OutcomeSpec(String id, String description, Optional<PatternSpec.SeriesTest> series,
    Optional<PatternSpec.EventTest> event, String measure, Optional<Double> threshold) {
  /** The statistics of a series outcome. */
  public static final List<String> SERIES_STATS = List.of("final", "value", "mean", "min", "max",
      "change", "absChange", "firstAbove", "firstBelow");
  /** The measures of an event outcome. */
  public static final List<String> EVENT_MEASURES = List.of("count", "firstMonth");
}
