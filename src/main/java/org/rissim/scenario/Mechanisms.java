package org.rissim.scenario;

import java.util.List;

/**
 * The vocabulary of mechanism names that a pattern may evidence ({@code evidences:}) and that a
 * null model may remove ({@code removes:}); docs/VALIDATION.md says what each name covers.
 */
public final class Mechanisms {
  /** Every known mechanism name, in the order docs/VALIDATION.md lists them. */
  public static final List<String> NAMES = List.of("beliefChange", "revisionistIntent", "bodies",
      "founding", "recognition", "counterContestation", "ongoingObservation");

  private Mechanisms() {}

  /** Whether {@code name} is a known mechanism. */
  public static boolean known(String name) {
    return NAMES.contains(name);
  }
}
