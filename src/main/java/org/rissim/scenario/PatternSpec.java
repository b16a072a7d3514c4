package org.rissim.scenario;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A pattern-oriented validation test over one run's outputs: either a condition on a time-series
 * column ({@code series}) or on the events of the run ({@code event}). See docs/SCENARIOS.md.
 *
 * @param id          identifier
 * @param description what the pattern says, in words
 * @param source      the passage of the source that the pattern encodes
 * @param series      the series test, if this is one
 * @param event       the event test, if this is one
 * @param evidences   the mechanisms ({@link Mechanisms#NAMES}) the pattern is evidence for; empty
 *                    for a constraint
 */
public record PatternSpec(String id, String description, String source,
    Optional<SeriesTest> series, Optional<EventTest> event, List<String> evidences) {

  public PatternSpec {
    evidences = List.copyOf(evidences);
  }

  /** A pattern that evidences no mechanism (a constraint). */
  public PatternSpec(String id, String description, String source, Optional<SeriesTest> series,
      Optional<EventTest> event) {
    this(id, description, source, series, event, List.of());
  }

  /**
   * A condition on a column: {@code stat} of {@code column} (minus {@code minus}, if given) over
   * [from, to] lies in [min, max].
   *
   * @param column a column of timeseries.csv
   * @param minus  another column subtracted month by month, if present
   * @param from   first month of the window (default: run start)
   * @param to     last month (default: run end); with {@code stat: value} only {@code to} is used
   * @param stat   value | mean | min | max | change | absChange
   * @param min    lower bound (inclusive), if any
   * @param max    upper bound (inclusive), if any
   * @param after  if present, the window starts at the month of the first event of this kind
   *               (and {@code from} is ignored)
   * @param months with {@code after}, the window's length in months after that event (default:
   *               to {@code to} or the run's end)
   */
  public record SeriesTest(String column, Optional<String> minus, Optional<YearMonth> from,
      Optional<YearMonth> to, String stat, Optional<Double> min, Optional<Double> max,
      Optional<Anchor> after, Optional<Integer> months) {

    /** A series test whose window is fixed by months, not anchored on an event. */
    public SeriesTest(String column, Optional<String> minus, Optional<YearMonth> from,
        Optional<YearMonth> to, String stat, Optional<Double> min, Optional<Double> max) {
      this(column, minus, from, to, stat, min, max, Optional.empty(), Optional.empty());
    }
  }

  /**
   * The first event of {@code type} whose fields equal {@code where}: anchors a series window.
   *
   * @param type  event type
   * @param where field equalities ({@code $hegemon} allowed)
   */
  public record Anchor(String type, Map<String, String> where) {
    public Anchor {
      where = Map.copyOf(where);
    }
  }

  /**
   * A condition on events: the events of {@code type} whose fields equal {@code where} inside
   * [from, to]; with {@code first} only the earliest such event is tested; {@code fields} holds
   * conditions (equal string, or numeric {min,max}) the tested event(s) must meet. The count of
   * events meeting all conditions must lie in [minCount, maxCount].
   *
   * @param type     event type (see docs/OUTPUTS.md)
   * @param where    field equalities selecting the events
   * @param from     first month (default run start)
   * @param to       last month (default run end)
   * @param first    test only the earliest selected event
   * @param fields   conditions: a string (equality) or a Range
   * @param minCount at least this many (default 1)
   * @param maxCount at most this many (default unbounded); {@code maxCount: 0} means "never"
   */
  public record EventTest(String type, Map<String, String> where, Optional<YearMonth> from,
      Optional<YearMonth> to, boolean first, Map<String, Condition> fields, int minCount,
      Optional<Integer> maxCount) {
    public EventTest {
      where = Map.copyOf(where);
      fields = Map.copyOf(fields);
    }
  }

  /** A field condition: equality with a string, or a numeric range. */
  public record Condition(Optional<String> equals, Optional<Double> min, Optional<Double> max) {}
}
