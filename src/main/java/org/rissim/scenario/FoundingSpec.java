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
    double affinityBonus) {

  public FoundingSpec {
    ids = List.copyOf(ids);
    charter = Map.copyOf(charter);
  }

  /** Weights of a state's score for accepting an invitation to a new body. */
  public record AcceptWeights(double regimeInsecurity, double affinity, double alignment,
      double inculcation) {}
}
