package org.rissim.scenario;

import java.util.List;
import java.util.Optional;

/**
 * A primary institution: its constitutive principle, the features its acts can have, its
 * reproducing practices with how acts are scored on them, and the roles acts play in the
 * generic mechanisms.
 *
 * @param id                  short identifier, e.g. {@code peacekeeping}
 * @param principle           the constitutive principle, in words
 * @param principleAcceptance initial acceptance of the principle in [0,1]
 * @param features            the features of an act, in evaluation order
 * @param practices           the reproducing practices, in column order
 * @param departure           how far an act departs from the constitutive principle, in [0,1];
 *                            absent: acts never depart (the principle never erodes)
 * @param imposed             whether an act is imposed on its host against its will (the host
 *                            grants it less legitimacy; a body whose leader imposes on a member
 *                            fails that member); absent: never
 * @param calming             whether an act calms the situation it answers (a crisis then decays
 *                            at its type's full rate); absent: always
 * @param escalation          an act's escalation factor in [0,1] (times the type's hazard and
 *                            the intensity); absent: 0
 * @param vocabulary          the institution's words for an opportunity and an act, used in
 *                            summaries and chart labels
 * @param restraint           weight, relative to an act, with which others observe a state's
 *                            restraint (abstaining at an opportunity in its sphere) as an act
 *                            enacting the global standard, in [0,1]; 0: restraint is not seen
 */
public record InstitutionSpec(String id, String principle, double principleAcceptance,
    List<FeatureSpec> features, List<PracticeSpec> practices, Optional<Expression> departure,
    Optional<Expression> imposed, Optional<Expression> calming, Optional<Expression> escalation,
    Vocabulary vocabulary, double restraint) {

  /**
   * The words for the institution's opportunities and acts (singular and plural); peacekeeping's
   * crisis and operation by default. Event types and column names keep the ids {@code crisis}
   * and {@code operation} (docs/OUTPUTS.md).
   */
  public record Vocabulary(String opportunity, String opportunities, String act, String acts) {
    /** Crisis and operation. */
    public static final Vocabulary DEFAULT =
        new Vocabulary("crisis", "crises", "operation", "operations");
  }

  /** An institution with the default vocabulary. */
  public InstitutionSpec(String id, String principle, double principleAcceptance,
      List<FeatureSpec> features, List<PracticeSpec> practices, Optional<Expression> departure,
      Optional<Expression> imposed, Optional<Expression> calming,
      Optional<Expression> escalation) {
    this(id, principle, principleAcceptance, features, practices, departure, imposed, calming,
        escalation, Vocabulary.DEFAULT, 0);
  }

  public InstitutionSpec {
    features = List.copyOf(features);
    practices = List.copyOf(practices);
  }

  /** An institution with generic practices only: no features, no departures, default roles. */
  public static InstitutionSpec generic(String id, String principle, double acceptance,
      List<PracticeSpec> practices) {
    return new InstitutionSpec(id, principle, acceptance, List.of(), practices, Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty());
  }
}
