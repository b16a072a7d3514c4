package org.rissim.experiment.design;

import java.util.List;
import java.util.Map;

/** An experimental design: turns parameters into an ordered list of design points. */
public interface Design {
  /**
   * The design points, each a map from scenario path to value text; the same arguments always
   * give the same points in the same order.
   */
  List<Map<String, String>> points(List<ParameterSpec> params, int samples, long seed);
}
