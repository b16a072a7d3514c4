package org.rissim.scenario;

import java.util.List;

/**
 * A feature an act of the institution can have (for peacekeeping: whose consent it rests on,
 * which side it takes, who contributes), and how the situation and the actor set it.
 *
 * @param id     identifier, read by later features' and practices' expressions and written in
 *               events
 * @param label  human-readable name
 * @param levels the values it can take when it is a level set; empty when it is a number
 * @param min    lower end of a number's range (values are clipped to the range)
 * @param max    upper end of a number's range
 * @param value  the expression that sets it from the situation and earlier features
 */
public record FeatureSpec(String id, String label, List<String> levels, double min, double max,
    Expression value) {
  public FeatureSpec {
    levels = List.copyOf(levels);
  }

  /** Whether the feature is a level set (else a number). */
  public boolean isLevel() {
    return !levels.isEmpty();
  }
}
