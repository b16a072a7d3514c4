package org.rissim.model;

/**
 * Something states observe this month and learn from: an operation (launched or still deployed)
 * or a discursive act. Its profile is the practice profile it enacts or argues for.
 *
 * @param actor     the acting state, or null for a body's own act (a body that fielded an
 *                  operation itself: no state is its author; the body is {@code body})
 * @param body      the body it acted through, or null
 * @param profile   practice profile in [0,1] per practice
 * @param weight    weight relative to an operation's launch (words, ongoing deployment)
 * @param multilaterality in [0,1): 1 - 1/effective number of contributors
 * @param host      the host state of an operation (null for words)
 * @param imposed   whether it was imposed on its host against the host's will
 * @param operation the operation, if the act is one (null for words)
 */
public record Act(StateAgent actor, SecondaryInstitution body, double[] profile, double weight,
    double multilaterality, StateAgent host, boolean imposed, Operation operation) {}
