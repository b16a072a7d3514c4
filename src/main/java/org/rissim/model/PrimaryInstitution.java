package org.rissim.model;

import java.util.List;
import org.rissim.scenario.InstitutionSpec;
import org.rissim.scenario.PracticeSpec;

/**
 * A primary institution: its constitutive principle (with an acceptance in [0,1]) and its
 * reproducing practices, with the global standard g[p] of each.
 */
public final class PrimaryInstitution {
  private final InstitutionSpec spec;
  private final double[] global;
  private double principleAcceptance;

  /** The institution as the scenario describes it at the start. */
  public PrimaryInstitution(InstitutionSpec spec) {
    this.spec = spec;
    this.global = spec.practices().stream().mapToDouble(PracticeSpec::global).toArray();
    this.principleAcceptance = spec.principleAcceptance();
  }

  /** Number of reproducing practices. */
  public int practiceCount() {
    return global.length;
  }

  /** The reproducing practices, in column order. */
  public List<PracticeSpec> practices() {
    return spec.practices();
  }

  /** The global standard g[p], live (the model moves it). */
  public double[] global() {
    return global;
  }

  /** Acceptance of the constitutive principle in [0,1]. */
  public double principleAcceptance() {
    return principleAcceptance;
  }

  public void setPrincipleAcceptance(double value) {
    principleAcceptance = Math.max(0, Math.min(1, value));
  }

  /** The scenario's description of this institution. */
  public InstitutionSpec spec() {
    return spec;
  }
}
