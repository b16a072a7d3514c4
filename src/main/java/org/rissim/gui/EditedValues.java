package org.rissim.gui;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import sim.util.Interval;

/**
 * Numbers edited in the Console's model inspector, each with its scenario value and slider
 * range, and the edits as {@code --set}-style overrides. {@link ExplorerParameters} adds the
 * bean properties; public so that MASON's inspector may call the inherited ones.
 */
public abstract class EditedValues {
  private final Map<String, Double> initial = new LinkedHashMap<>();
  private final Map<String, Double> current = new LinkedHashMap<>();
  private final Map<String, Interval> ranges = new HashMap<>();
  private Runnable onChange = () -> { };
  /** Positions of a MASON slider (its {@code PropertyField.SLIDER_MAX}). */
  static final int SLIDER_STEPS = 1000;

  /**
   * Registers {@code path} with the scenario's value and its slider range [lo, hi], widened to
   * hold the value (a scenario may go beyond the range a slider usefully offers).
   */
  protected final void value(String path, double value, double lo, double hi) {
    initial.put(path, value);
    current.put(path, value);
    ranges.put(path, new Interval(Math.min(lo, value), Math.max(hi, value)));
  }

  /** The current value of a registered path. */
  protected final double get(String path) {
    return current.get(path);
  }

  /**
   * Edits a registered path; the change listener is told. A change of less than one slider step
   * is ignored: MASON's slider field, whenever its text is set (a typed value, a refresh), moves
   * the slider and echoes the slider's rounded position back as a new value (2 would become
   * 1.998 on a 0-3 slider), which would replace the value just typed.
   */
  protected final void set(String path, double value) {
    Interval r = ranges.get(path);
    double step = (r.getMax().doubleValue() - r.getMin().doubleValue()) / SLIDER_STEPS;
    if (Math.abs(value - current.get(path)) < step) {
      return;
    }
    current.put(path, value);
    onChange.run();
  }

  /** The slider range of a registered path (MASON's {@code domX} convention). */
  protected final Interval range(String path) {
    return ranges.get(path);
  }

  /** Called (on the event thread) after any value is edited, to show the pending overrides. */
  public void onChange(Runnable action) {
    onChange = action;
  }

  /** The edited values that differ from the scenario's, as override path to value text. */
  public Map<String, String> overrides() {
    Map<String, String> out = new LinkedHashMap<>();
    for (var e : current.entrySet()) {
      if (!e.getValue().equals(initial.get(e.getKey()))) {
        out.put(e.getKey(), Double.toString(e.getValue()));
      }
    }
    return out;
  }

  /** Overrides the next run will apply, as {@code --set} arguments (read-only). */
  public String getPendingOverrides() {
    StringBuilder b = new StringBuilder();
    overrides().forEach((k, v) -> b.append(b.length() == 0 ? "" : " ").append("--set ")
        .append(k).append('=').append(v));
    return b.length() == 0 ? "(none)" : b.toString();
  }
}
