package org.rissim.scenario;

/**
 * A reproducing practice of a primary institution.
 *
 * @param id     identifier used in columns ({@code r.<id>}) and maps keyed by practice
 * @param label  human-readable name for charts
 * @param global initial global standard g[p] in [0,1] (1 = strictest reading)
 * @param aspect which aspect of an intervention this practice reads (how the operation model
 *               scores an operation on it); {@code other}: the actor's intention
 */
public record PracticeSpec(String id, String label, double global, Aspect aspect) {

  /** Aspects of an intervention in a crisis that the operation model can score. */
  public enum Aspect {
    /** Consent of the parties: all parties 1, host government only 0.5, coerced 0.1. */
    CONSENT,
    /** Impartiality: 1 impartial, low when the operation takes a side. */
    IMPARTIALITY,
    /** Limited use of force: 1 self-defence only, 0 offensive force. */
    FORCE,
    /** Disinterested participation: 1 minus the share of force from interested parties. */
    PARTICIPATION,
    /** Any other practice: scored by the actor's intention. */
    OTHER
  }
}
