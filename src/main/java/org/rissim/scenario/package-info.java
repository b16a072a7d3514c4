/**
 * Scenario files: YAML with positions, defaults, {@code extends}, overrides, validation with
 * file:line:column errors, and the immutable records the model reads, each of which checks its
 * numbers' ranges in its constructor (the binder reports YAML input first, at its position). The
 * only code that sees YAML (docs/SCENARIOS.md).
 */
package org.rissim.scenario;
