package org.rissim.scenario;

import java.util.List;
import java.util.Map;

/**
 * Competitive secondary institutionalisation: when and how a frustrated leader founds a new body.
 *
 * @param ids             ids (and names) of the bodies that may be founded, in order; empty: none
 * @param threshold       frustration above which founding becomes possible (> 0)
 * @param decay           monthly decay of frustration in [0,1]
 * @param hazard          monthly founding probability once above threshold, times mix.newBody, [0,1]
 * @param cost            resources the founder spends (in months of its resource income), >= 0
 * @param minMembers      smallest coalition (founder included) worth founding, >= 2
 * @param acceptThreshold score a state needs to accept the invitation
 * @param accept          weights of the acceptance score
 * @param cascade         added to every score per state already in the coalition (threshold cascade)
 * @param charter         formal practice profile of the new body (missing: global standard)
 * @param decisionRule    decision rule of the new body
 * @param capability      capability of the new body, [0,1]
 * @param affinityBonus   initial affinity of founding members to the new body
 * @param legitimacy      weights of a new body's initial legitimacy (charter, breadth)
 * @param templates       per-body templates, one per id of {@code ids} (the shared keys above
 *                        where a body's entry under {@code founding.bodies} does not set them)
 */
public record FoundingSpec(
    List<String> ids,
    double threshold,
    double decay,
    double hazard,
    double cost,
    int minMembers,
    double acceptThreshold,
    AcceptWeights accept,
    double cascade,
    Map<String, Double> charter,
    BodySpec.DecisionRule decisionRule,
    double capability,
    double affinityBonus,
    LegitimacyWeights legitimacy,
    Map<String, Template> templates) {

  /** Copies the collections and checks each number against the range the binder checks. */
  public FoundingSpec {
    ids = List.copyOf(ids);
    charter = Map.copyOf(charter);
    templates = Map.copyOf(templates);
    Range.POSITIVE.check("FoundingSpec.threshold", threshold);
    Range.UNIT.check("FoundingSpec.decay", decay);
    Range.UNIT.check("FoundingSpec.hazard", hazard);
    Range.NON_NEGATIVE.check("FoundingSpec.cost", cost);
    Range.atLeast("FoundingSpec.minMembers", minMembers, 2);
    Range.UNIT.checkValues("FoundingSpec.charter", charter);
    Range.UNIT.check("FoundingSpec.capability", capability);
  }

  /** The template of a foundable body (the shared keys when the scenario gives none for it). */
  public Template template(String id) {
    Template t = templates.get(id);
    return t != null ? t : new Template(id, charter, decisionRule, capability, minMembers,
        List.of(), Relation.COEXIST);
  }

  /**
   * Weights of a state's utility of accepting an invitation to a new body.
   *
   * @param regimeInsecurity weight of the invitee's regime insecurity (protection sought)
   * @param affinity         weight of its affinity to the body the founder turns from
   * @param alignment        weight of its alignment toward the founder
   * @param inculcation      weight of its inculcation with the global norm
   * @param cost             weight of the autonomy it would cede: the founder's power share in a
   *                         pair of the two, {@code p_f / (p_f + p_j)}
   */
  public record AcceptWeights(double regimeInsecurity, double affinity, double alignment,
      double inculcation, double cost) {
    /** Checks {@code cost} (the other weights may be any number). */
    public AcceptWeights {
      Range.NON_NEGATIVE.check("FoundingSpec.AcceptWeights.cost", cost);
    }
  }

  /**
   * Weights of a new body's initial legitimacy before each audience:
   * {@code L = charter (1 - dist(charter, g)) + breadth B}, B the members' share of the audience.
   *
   * @param charter weight of the charter's closeness to the global standard, >= 0
   * @param breadth weight of the breadth of membership, >= 0
   */
  public record LegitimacyWeights(double charter, double breadth) {
    /** Checks each weight is a number >= 0, as the binder does. */
    public LegitimacyWeights {
      Range.NON_NEGATIVE.check("FoundingSpec.LegitimacyWeights.charter", charter);
      Range.NON_NEGATIVE.check("FoundingSpec.LegitimacyWeights.breadth", breadth);
    }
  }

  /** How a new body stands to the body its founder turns from. */
  public enum Relation {
    /** Both bodies go on; members keep their old memberships. */
    COEXIST,
    /** Every member of the old body joins the new one, and the old body is dissolved. */
    ABSORB,
    /** The old body is dissolved; only those who accepted the invitation are members. */
    REPLACE
  }

  /**
   * One foundable body.
   *
   * @param id           its id (and name)
   * @param charter      formal practice profile (missing practices: global standard)
   * @param decisionRule its decision rule
   * @param capability   its capability, [0,1]
   * @param minMembers   smallest coalition (founder included) worth founding, >= 2
   * @param invite       the states invited (founder excluded); empty: every regional state
   * @param relation     coexist with, absorb or replace the body the founder turns from
   */
  public record Template(String id, Map<String, Double> charter,
      BodySpec.DecisionRule decisionRule, double capability, int minMembers,
      List<String> invite, Relation relation) {

    /** Copies the collections and checks each number against the range the binder checks. */
    public Template {
      charter = Map.copyOf(charter);
      invite = List.copyOf(invite);
      String at = "FoundingSpec.Template[" + id + "].";
      Range.UNIT.checkValues(at + "charter", charter);
      Range.UNIT.check(at + "capability", capability);
      Range.atLeast(at + "minMembers", minMembers, 2);
    }
  }
}
