package org.rissim.scenario;

import java.util.Optional;

/**
 * A reproducing practice of a primary institution.
 *
 * @param id     identifier used in columns ({@code r.<id>}) and maps keyed by practice
 * @param label  human-readable name for charts
 * @param global initial global standard g[p] in [0,1] (1 = strictest reading)
 * @param score  how an act is scored on the practice from its features and situation, in [0,1]
 *               after clipping; when absent, {@code (conforming ? standard : intention) + noise}:
 *               an act enacts its actor's intention, a conforming act the global standard
 */
public record PracticeSpec(String id, String label, double global, Optional<Expression> score) {}
