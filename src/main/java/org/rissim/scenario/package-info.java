/**
 * Scenario files: YAML with positions, defaults, {@code extends}, overrides, validation with
 * file:line:column errors, and the immutable records the model reads. The only code that sees
 * YAML (docs/SCENARIOS.md).
 */
package org.rissim.scenario;
