package org.rissim.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * @param vocabulary          the institution's words for an opportunity and an act: labels for
 *                            summaries and charts, machine names for events, ids and columns
 * @param restraint           weight, relative to an act, with which others observe a state's
 *                            restraint (abstaining at an opportunity in its sphere) as an act
 *                            enacting the global standard, in [0,1]; 0: restraint is not seen
 */
public record InstitutionSpec(String id, String principle, double principleAcceptance,
    List<FeatureSpec> features, List<PracticeSpec> practices, Optional<Expression> departure,
    Optional<Expression> imposed, Optional<Expression> calming, Optional<Expression> escalation,
    Vocabulary vocabulary, double restraint) {

  /**
   * The institution's words for an opportunity and an act: the labels (singular and plural) that
   * summaries, charts and reports print, and the machine {@link Names} that the outputs use for
   * event types, field names, id prefixes and column names (docs/OUTPUTS.md, "Vocabulary").
   *
   * @param opportunity   label of an opportunity, e.g. {@code financing need}
   * @param opportunities its plural
   * @param act           label of an act, e.g. {@code loan}
   * @param acts          its plural
   * @param names         the machine names
   */
  public record Vocabulary(String opportunity, String opportunities, String act, String acts,
      Names names) {
    /** The neutral vocabulary of an institution that declares none: opportunity and act. */
    public static final Vocabulary DEFAULT = of(Map.of(), Names.DEFAULT);

    /**
     * A vocabulary from its labels ({@code opportunity}, {@code opportunities}, {@code act},
     * {@code acts}; each missing one is the machine name) and its machine names.
     */
    public static Vocabulary of(Map<String, String> labels, Names names) {
      return new Vocabulary(labels.getOrDefault("opportunity", names.opportunity()),
          labels.getOrDefault("opportunities", names.opportunities()),
          labels.getOrDefault("act", names.act()), labels.getOrDefault("acts", names.acts()),
          names);
    }
  }

  /**
   * The machine names of an institution's opportunities and acts in the outputs. The model
   * emits canonical names ({@link #CANONICAL}: events {@code crisis}, {@code operation},
   * {@code operation-end}, fields {@code crisis}, {@code operation}, {@code crisisType}); the
   * model's event boundary maps them to these ({@link #type}, {@link #fields}), so every output
   * and every reader sees the scenario's words.
   *
   * @param opportunity   event type and field name of an opportunity (its type's field is
   *                      {@code <opportunity>Type})
   * @param opportunities column prefix of the opportunity counts ({@code <opportunities>.active})
   * @param act           event type and field name of an act; {@code <act>-end} its end
   * @param acts          column prefix of the act counts ({@code <acts>.alone}, ...)
   * @param opportunityId prefix of the ids of random opportunities ({@code <prefix>-1})
   * @param actId         prefix of the ids of acts ({@code <prefix>-1})
   */
  public record Names(String opportunity, String opportunities, String act, String acts,
      String opportunityId, String actId) {
    /** Neutral names: opportunity, act. */
    public static final Names DEFAULT =
        new Names("opportunity", "opportunities", "act", "acts", "opportunity", "act");
    /** The names the model emits: peacekeeping's, which its institution file declares. */
    public static final Names CANONICAL =
        new Names("crisis", "crises", "operation", "ops", "crisis", "op");

    /**
     * The names given (keys {@code opportunity, opportunities, act, acts, opportunityId, actId}),
     * each missing one by its default: the neutral name; a plural is the given singular with
     * {@code s}; an id prefix is the singular.
     */
    public static Names of(Map<String, String> given) {
      String opportunity = given.getOrDefault("opportunity", DEFAULT.opportunity);
      String act = given.getOrDefault("act", DEFAULT.act);
      return new Names(opportunity, given.getOrDefault("opportunities",
          opportunity.equals(DEFAULT.opportunity) ? DEFAULT.opportunities : opportunity + "s"),
          act, given.getOrDefault("acts", act.equals(DEFAULT.act) ? DEFAULT.acts : act + "s"),
          given.getOrDefault("opportunityId", opportunity), given.getOrDefault("actId", act));
    }

    /** The event type of an act's end. */
    public String actEnd() {
      return act + "-end";
    }

    /** The field of an opportunity event that holds its type. */
    public String opportunityType() {
      return opportunity + "Type";
    }

    /** The output name of a canonical event type (other types unchanged). */
    public String type(String canonical) {
      return switch (canonical) {
        case "crisis" -> opportunity;
        case "operation" -> act;
        case "operation-end" -> actEnd();
        default -> canonical;
      };
    }

    /** The output name of a canonical field name (other fields unchanged). */
    public String field(String canonical) {
      return switch (canonical) {
        case "crisis" -> opportunity;
        case "operation" -> act;
        case "crisisType" -> opportunityType();
        default -> canonical;
      };
    }

    /** The fields with canonical names mapped, in order (the map itself when none changes). */
    public Map<String, Object> fields(Map<String, Object> canonical) {
      if (opportunity.equals("crisis") && act.equals("operation")) {
        return canonical;
      }
      Map<String, Object> out = new LinkedHashMap<>();
      canonical.forEach((k, v) -> out.put(field(k), v));
      return out;
    }
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
