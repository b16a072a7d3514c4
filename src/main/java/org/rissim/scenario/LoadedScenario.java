package org.rissim.scenario;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A scenario together with the effective YAML it was bound from and that text's SHA-256. The text
 * is written when first asked for: a sweep binds a scenario for every point and uses only the
 * scenario.
 */
public final class LoadedScenario {
  private final Scenario scenario;
  private final Supplier<String> write;
  private String effectiveYaml;
  private String sha256;

  /**
   * A loaded scenario with its text known.
   *
   * @param scenario      the validated scenario
   * @param effectiveYaml the scenario after extends, defaults and overrides, as YAML
   * @param sha256        hex SHA-256 of {@code effectiveYaml}
   */
  public LoadedScenario(Scenario scenario, String effectiveYaml, String sha256) {
    this.scenario = Objects.requireNonNull(scenario, "scenario");
    this.write = null;
    this.effectiveYaml = Objects.requireNonNull(effectiveYaml, "effectiveYaml");
    this.sha256 = Objects.requireNonNull(sha256, "sha256");
  }

  /** A loaded scenario whose text {@code write} gives when first asked for. */
  LoadedScenario(Scenario scenario, Supplier<String> write) {
    this.scenario = Objects.requireNonNull(scenario, "scenario");
    this.write = Objects.requireNonNull(write, "write");
  }

  /** The validated scenario. */
  public Scenario scenario() {
    return scenario;
  }

  /** The scenario after extends, defaults and overrides, as YAML. */
  public synchronized String effectiveYaml() {
    if (effectiveYaml == null) {
      effectiveYaml = write.get();
    }
    return effectiveYaml;
  }

  /** Hex SHA-256 of {@link #effectiveYaml()}. */
  public synchronized String sha256() {
    if (sha256 == null) {
      sha256 = EffectiveYaml.sha256(effectiveYaml());
    }
    return sha256;
  }
}
