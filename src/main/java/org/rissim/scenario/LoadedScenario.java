package org.rissim.scenario;

/**
 * A scenario together with the effective YAML it was bound from and that text's SHA-256.
 *
 * @param scenario      the validated scenario
 * @param effectiveYaml the scenario after extends, defaults and overrides, as YAML
 * @param sha256        hex SHA-256 of {@code effectiveYaml}
 */
public record LoadedScenario(Scenario scenario, String effectiveYaml, String sha256) {}
