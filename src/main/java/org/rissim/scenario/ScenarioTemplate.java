package org.rissim.scenario;

import java.util.Map;

/**
 * A parsed and merged scenario document from which variants are bound by overriding paths
 * (used by sweeps: one parse, many design points).
 */
public interface ScenarioTemplate {
  /**
   * Binds the template with extra overrides (path to value as text, e.g.
   * {@code hegemon.strategyMix.recognition -> "0.3"}), validating the result.
   */
  LoadedScenario with(Map<String, String> overrides) throws ScenarioException;
}
