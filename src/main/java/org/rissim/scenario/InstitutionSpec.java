package org.rissim.scenario;

import java.util.List;

/**
 * A primary institution: its constitutive principle and its reproducing practices.
 *
 * @param id                 short identifier, e.g. {@code peacekeeping}
 * @param principle          the constitutive principle, in words
 * @param principleAcceptance initial acceptance of the principle in [0,1]
 * @param practices          the reproducing practices, in column order
 */
public record InstitutionSpec(String id, String principle, double principleAcceptance,
    List<PracticeSpec> practices) {
  public InstitutionSpec {
    practices = List.copyOf(practices);
  }
}
