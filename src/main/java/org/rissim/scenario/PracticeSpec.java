package org.rissim.scenario;

/**
 * A reproducing practice of a primary institution.
 *
 * @param id     identifier used in columns ({@code r.<id>}) and maps keyed by practice
 * @param label  human-readable name for charts
 * @param global initial global standard g[p] in [0,1] (1 = strictest reading)
 */
public record PracticeSpec(String id, String label, double global) {}
