package org.rissim.observe;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Every state's private belief and public stances, per practice and month: the tidy long table
 * {@code states.csv} (docs/OUTPUTS.md), so that no single state can silently carry the regional
 * understanding. Values are stored month by month in state-major, practice-minor order.
 */
public final class StateTable {
  /** The value columns of each row, after month, state and practice. */
  public static final List<String> VALUES = List.of("belief", "stance", "globalStance");

  private final List<String> states;
  private final List<String> practices;
  private final List<YearMonth> months = new ArrayList<>();
  private final List<double[]> rows = new ArrayList<>();

  /** An empty table for these state ids and practice ids. */
  public StateTable(List<String> states, List<String> practices) {
    this.states = List.copyOf(states);
    this.practices = List.copyOf(practices);
  }

  /**
   * Appends one month: {@code values[(state * practices + practice) * 3 + v]}, v indexing
   * {@link #VALUES}.
   */
  public void add(YearMonth month, double[] values) {
    if (values.length != states.size() * practices.size() * VALUES.size()) {
      throw new IllegalArgumentException("expected " + states.size() * practices.size()
          * VALUES.size() + " values, got " + values.length);
    }
    months.add(month);
    rows.add(values.clone());
  }

  /** State ids, in the model's order. */
  public List<String> states() {
    return states;
  }

  /** Practice ids, in the institution's order. */
  public List<String> practices() {
    return practices;
  }

  /** Number of months recorded. */
  public int size() {
    return months.size();
  }

  /** Calendar month of row block {@code month}. */
  public YearMonth month(int month) {
    return months.get(month);
  }

  /** One value: {@code value} indexes {@link #VALUES}. */
  public double value(int month, int state, int practice, int value) {
    return rows.get(month)[(state * practices.size() + practice) * VALUES.size() + value];
  }
}
