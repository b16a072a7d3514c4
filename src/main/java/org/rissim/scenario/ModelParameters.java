package org.rissim.scenario;

/**
 * Model-wide parameters of the mechanisms (docs/MODEL.md, section "Submodels", names each one's
 * equation). Every field has a default in docs/SCENARIOS.md. Each record checks its fields against
 * the ranges the binder reports (an {@link IllegalArgumentException} names the field and the
 * value), so records built in code are checked too.
 *
 * @param belief              belief update (anchored social influence)
 * @param legitimacy          legitimacy an observer grants an act (logit weights)
 * @param choice              strategy choice (softmax with the mix as prior)
 * @param bodies              socialisation, cohesion, satisfaction and exit inside bodies
 * @param global              global standard and constitutive principle dynamics
 * @param classification      thresholds of stable / change-in / change-of
 * @param counterContestation strength of criticism (0 = none), multiplies its effects
 * @param deployments         how frozen deployments end (settlement, cost, a mandate's end)
 */
public record ModelParameters(
    Belief belief,
    Legitimacy legitimacy,
    Choice choice,
    Bodies bodies,
    Global global,
    Classification classification,
    double counterContestation,
    Deployments deployments) {

  /** Checks {@code counterContestation} (the sections check their own fields). */
  public ModelParameters {
    Range.NON_NEGATIVE.check("counterContestation", counterContestation);
  }

  /**
   * The end of a frozen deployment (docs/MODEL.md 6.1).
   *
   * @param mandateMonths term of a deployment's mandate in months: at each term's end a
   *                      deployment that had the host's consent is renewed only if the host is
   *                      still willing (disposition above 0.3); 0 = no term, >= 0
   * @param takeover      monthly probability scale of the global body taking over (re-hatting)
   *                      a regional body's consented operation, times the global legitimacy it
   *                      earned; 0 = never, [0,1]
   * @param takeoverAfter months a regional operation must have lasted before a takeover, >= 0
   */
  public record Deployments(int mandateMonths, double takeover, int takeoverAfter) {
    /** Checks each field against the range the binder checks it against. */
    public Deployments {
      Range.atLeast("deployments.mandateMonths", mandateMonths, 0);
      Range.UNIT.check("deployments.takeover", takeover);
      Range.atLeast("deployments.takeoverAfter", takeoverAfter, 0);
    }
  }

  /**
   * Friedkin–Johnsen anchored influence.
   *
   * @param eta         weight of observed acts and peers in a month, [0,1]
   * @param kappa       monthly pull toward the inculcated global norm, times inculcation, [0,1]
   * @param words       weight of a discursive act relative to an operation, [0,1]
   * @param peers       weight of fellow members' beliefs (socialisation) relative to acts, >= 0
   * @param confidence  bounded-confidence radius: sources farther than this (mean absolute
   *                    distance over practices) are ignored, (0,1]
   * @param noise       standard deviation of an actor's execution noise on a practice, >= 0
   * @param ongoing     weight of a deployed operation observed again a month after its launch,
   *                    relative to its launch, [0,1]; it decays with the deployment's age
   * @param salienceHalfLife months in which the weight of a deployment still observed halves
   *                    (salience decays with age), > 0
   * @param synchronous true: every state updates from last month's beliefs at once (default);
   *                    false: states update one after another in a random order, each seeing
   *                    the beliefs already updated this month (asynchronous updating)
   * @param attention   bounded attention: a state attends to at most this many acts a month; when
   *                    there are more it attends to a uniform random sample of this size, each
   *                    weighed by (acts / attention) so that its expected influence is unchanged,
   *                    >= 1
   * @param outsiderAttention weight an act through a body has for a state outside that body,
   *                    relative to a member's (members attend to their own bodies' acts), [0,1]
   */
  public record Belief(double eta, double kappa, double words, double peers, double confidence,
      double noise, double ongoing, boolean synchronous, int attention, double salienceHalfLife,
      double outsiderAttention) {
    /** Checks each field against the range the binder checks it against. */
    public Belief {
      Range.UNIT.check("belief.eta", eta);
      Range.UNIT.check("belief.kappa", kappa);
      Range.UNIT.check("belief.words", words);
      Range.NON_NEGATIVE.check("belief.peers", peers);
      Range.OPEN_UNIT.check("belief.confidence", confidence);
      Range.NON_NEGATIVE.check("belief.noise", noise);
      Range.UNIT.check("belief.ongoing", ongoing);
      Range.atLeast("belief.attention", attention, 1);
      Range.POSITIVE.check("belief.salienceHalfLife", salienceHalfLife);
      Range.UNIT.check("belief.outsiderAttention", outsiderAttention);
    }
  }

  /**
   * Logit of the legitimacy observer j grants an act.
   *
   * @param base            intercept
   * @param multilateral    weight of multilaterality (1 - 1/effective contributors, discounted)
   * @param recognition     weight of the acting body's recognition level (share of the ladder)
   * @param membership      weight when j belongs to the acting body
   * @param affinity        weight of j's affinity to the acting body
   * @param alignment       weight of j's alignment toward the actor
   * @param conformity      weight of the act's closeness to j's own belief
   * @param criticism       weight of criticism the act drew (times counterContestation)
   * @param host            weight applied when j is the host and its consent was coerced
   * @param memory          monthly weight of new acts in a body's legitimacy (EWMA), [0,1]
   * @param alignmentRate   rate at which alignment follows legitimacy granted, [0,1]
   */
  public record Legitimacy(double base, double multilateral, double recognition,
      double membership, double affinity, double alignment, double conformity, double criticism,
      double host, double memory, double alignmentRate) {
    /** Checks each field against the range the binder checks it against. */
    public Legitimacy {
      Range.UNIT.check("legitimacy.memory", memory);
      Range.UNIT.check("legitimacy.alignmentRate", alignmentRate);
    }
  }

  /**
   * Strategy choice.
   *
   * @param beta          inverse temperature of the softmax, >= 0 (0: the mix alone decides)
   * @param abstain       prior weight of doing nothing at an opportunity, >= 0
   * @param forumBeta     inverse temperature of the forum (venue) choice, >= 0
   * @param operationCost resources an operation costs per month, in units of monthly income
   * @param learning      Roth–Erev reinforcement rate of the mix (0 = fixed mix), [0,1]
   * @param welcome       host disposition above which the host welcomes the actor
   * @param tolerance     largest mean distance between the act a state would enact and its own
   *                      intentions that it will still enact (deeds follow intentions), [0,1]
   * @param contributionCost threshold a supporting member's utility must pass to contribute force
   *                      to an act through a body
   * @param forumLegitimacy weight gamma of a forum's regional legitimacy in the forum logit, >= 0
   * @param forumCost     cost c of acting through a body, times (1 - the actor's power share in
   *                      it), >= 0
   */
  public record Choice(double beta, double abstain, double forumBeta, double operationCost,
      double learning, double welcome, double tolerance, double contributionCost,
      double forumLegitimacy, double forumCost) {
    /** Checks each field against the range the binder checks it against. */
    public Choice {
      Range.NON_NEGATIVE.check("choice.beta", beta);
      Range.NON_NEGATIVE.check("choice.abstain", abstain);
      Range.NON_NEGATIVE.check("choice.forumBeta", forumBeta);
      Range.NON_NEGATIVE.check("choice.operationCost", operationCost);
      Range.UNIT.check("choice.learning", learning);
      Range.UNIT.check("choice.tolerance", tolerance);
      Range.NON_NEGATIVE.check("choice.forumLegitimacy", forumLegitimacy);
      Range.NON_NEGATIVE.check("choice.forumCost", forumCost);
    }
  }

  /**
   * Life inside secondary institutions.
   *
   * @param socialisation      monthly pull of members' affinity toward the body's mean, [0,1]
   * @param satisfactionMemory weight of a new experience in a member's satisfaction (EWMA), [0,1]
   * @param distanceBelow      satisfaction below which a member may distance itself
   * @param exitBelow          satisfaction below which a distanced member leaves
   * @param distanceCost       affinity lost by one act of distancing, [0,1]
   * @param failureFrustration frustration the leader gains when its body declines to act
   * @param praise             probability scale of ex post praise of a completed operation, [0,1]
   * @param failureAffinity    affinity a member loses when the body fails it, [0,1]
   * @param objection          a member objects to a body's operation with probability
   *                           logistic(-support - objection): higher, fewer objections, >= 0
   * @param interest           weight of a member's interest in the host in its support, >= 0
   * @param burden             weight of the crisis's intensity (the burden) against support, >= 0
   * @param scope              weight of the distance between the actor's intentions and the
   *                           charter (a request outside the charter's scope) against support, >= 0
   * @param navari             monthly pull of a member's intentions toward the intentions of the
   *                           body (its members' power-weighted mean), times its affinity, [0,1]
   */
  public record Bodies(double socialisation, double satisfactionMemory, double distanceBelow,
      double exitBelow, double distanceCost, double failureFrustration, double praise,
      double failureAffinity, double objection, double interest, double burden, double scope,
      double navari) {
    /** Checks each field against the range the binder checks it against. */
    public Bodies {
      Range.UNIT.check("bodies.socialisation", socialisation);
      Range.UNIT.check("bodies.satisfactionMemory", satisfactionMemory);
      Range.UNIT.check("bodies.distanceBelow", distanceBelow);
      Range.UNIT.check("bodies.exitBelow", exitBelow);
      Range.UNIT.check("bodies.distanceCost", distanceCost);
      Range.NON_NEGATIVE.check("bodies.failureFrustration", failureFrustration);
      Range.UNIT.check("bodies.praise", praise);
      Range.UNIT.check("bodies.failureAffinity", failureAffinity);
      Range.NON_NEGATIVE.check("bodies.objection", objection);
      Range.NON_NEGATIVE.check("bodies.interest", interest);
      Range.NON_NEGATIVE.check("bodies.burden", burden);
      Range.NON_NEGATIVE.check("bodies.scope", scope);
      Range.UNIT.check("bodies.navari", navari);
    }
  }

  /**
   * The global level.
   *
   * @param standardRate     monthly rate at which g follows the vote-weighted belief of the
   *                         global body's members, [0,1]
   * @param erosion          principle erosion per unit of legitimised non-third-party operation
   * @param recovery         monthly recovery of principle acceptance toward 1, [0,1]
   * @param regionalPower    exponent of power in the regional weights of r[p]
   * @param regionalStatus   exponent of status in the regional weights of r[p]
   */
  public record Global(double standardRate, double erosion, double recovery, double regionalPower,
      double regionalStatus) {
    /** Checks each field against the range the binder checks it against. */
    public Global {
      Range.UNIT.check("global.standardRate", standardRate);
      Range.NON_NEGATIVE.check("global.erosion", erosion);
      Range.UNIT.check("global.recovery", recovery);
    }
  }

  /**
   * Monthly classification of the primary institution's state.
   *
   * @param changeIn  mean absolute drift above which the month is "change in"
   * @param changeOf  principle acceptance below which the month is "change of"
   */
  public record Classification(double changeIn, double changeOf) {
    /** Checks each field against the range the binder checks it against. */
    public Classification {
      Range.NON_NEGATIVE.check("classification.changeIn", changeIn);
      Range.UNIT.check("classification.changeOf", changeOf);
    }
  }
}
