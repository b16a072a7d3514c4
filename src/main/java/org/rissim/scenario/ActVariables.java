package org.rissim.scenario;

import java.util.List;
import java.util.Set;

/**
 * The names an institution's expressions may read (docs/SCENARIOS.md, "Acts, features and
 * scores"). The model fills them for each act; the scenario reader checks expressions against
 * them. Situation variables describe the act's setting and are set by the model:
 *
 * <ul>
 *   <li>{@code conforming}: the act is the institution's conforming response (strategy comply);
 *   <li>{@code alone}: the actor acts by itself, through no body;
 *   <li>{@code type}: the opportunity's type id; {@code internal}: its parties are the host's
 *       government and a non-state side;
 *   <li>{@code welcome}: the host's disposition toward the actor; {@code welcomed}: whether it is
 *       above {@code parameters.choice.welcome};
 *   <li>{@code interested}: the share of the act's contributions from states with the host in
 *       their sphere; {@code multilaterality}: 1 − the Herfindahl index of contributions;
 *   <li>{@code actor}, {@code host}: the acting state's and the host's ids ({@code actor} is
 *       {@code ''} when a body fields the act itself); {@code body}: the id of the body the act
 *       is done through or fielded by, {@code ''} for an act alone; {@code fielded}: a body
 *       fields the act itself ({@code fieldedBy}); {@code globalBody}: that body is a global one;
 *   <li>{@code intentions.<practice>}, {@code standards.<practice>}: the actor's intentions and
 *       the global standard, per practice.
 * </ul>
 *
 * A practice's score also reads {@code intention}, {@code standard} (the actor's intention and
 * the global standard for that practice) and {@code noise} (a Gaussian execution error of sd
 * {@code parameters.belief.noise}, drawn for every practice of every act). The principle's and
 * the roles' expressions also read {@code score.<practice>}, the act's score on each practice.
 * Every feature is read by its id, in the features' order (a feature reads the features before
 * it).
 */
public final class ActVariables {
  private ActVariables() {}

  /** The situation variables. */
  public static final List<String> SITUATION = List.of("conforming", "alone", "type", "internal",
      "welcome", "welcomed", "interested", "multilaterality", "actor", "host", "body", "fielded",
      "globalBody");
  /** The maps keyed by practice id. */
  public static final Set<String> PRACTICE_MAPS = Set.of("intentions", "standards");
  /** The variables of a practice's score beyond the situation and the features. */
  public static final List<String> SCORE = List.of("intention", "standard", "noise");
  /** The map of the act's practice scores, readable by the principle and the roles. */
  public static final String SCORES = "score";

  /** Every name a feature may not take. */
  public static boolean reserved(String name) {
    return SITUATION.contains(name) || PRACTICE_MAPS.contains(name) || SCORE.contains(name)
        || SCORES.equals(name);
  }
}
