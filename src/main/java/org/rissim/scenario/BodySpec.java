package org.rissim.scenario;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A secondary institution (an intergovernmental body) present at the start or founded on a
 * scripted date.
 *
 * @param id                 identifier (unique among bodies and the founding template's ids)
 * @param name               display name
 * @param level              global or regional
 * @param founded            founding month (before or at the start: exists from tick 0)
 * @param members            member state ids ({@code all} in YAML expands to every state)
 * @param leader             the state that leads it (its agenda-setter), if any
 * @param charter            formally committed practice profile (missing practices: global standard)
 * @param decisionRule       how it decides to act
 * @param capability         in [0,1]: capacity to mount operations
 * @param canOperate         whether it can field operations at all
 * @param endorses           whether it votes to endorse operations on its members' soil
 * @param legitimacyGlobal   initial legitimacy before the global audience, [0,1]
 * @param legitimacyRegional initial legitimacy before the regional audience, [0,1]
 * @param recognition        rungs of the ladder already held at the start
 * @param joined             members that join during the run, with the month they join
 * @param left               members that leave during the run, with the month they leave
 * @param dissolved          the month it is dissolved by the scenario (its members leave, it no
 *                           longer exists), if any
 * @param replaces           the body it replaces in its founding month, if any: that body is
 *                           dissolved then, and when this body lists no members of its own, that
 *                           body's members at that month become its members
 */
public record BodySpec(
    String id,
    String name,
    Level level,
    YearMonth founded,
    List<String> members,
    Optional<String> leader,
    Map<String, Double> charter,
    DecisionRule decisionRule,
    double capability,
    boolean canOperate,
    boolean endorses,
    double legitimacyGlobal,
    double legitimacyRegional,
    List<String> recognition,
    Map<String, YearMonth> joined,
    Map<String, YearMonth> left,
    Optional<YearMonth> dissolved,
    Optional<String> replaces) {

  /** Copies the collections and checks each number against the range the binder checks. */
  public BodySpec {
    members = List.copyOf(members);
    joined = Map.copyOf(joined);
    left = Map.copyOf(left);
    charter = Map.copyOf(charter);
    recognition = List.copyOf(recognition);
    String at = "BodySpec[" + id + "].";
    Range.UNIT.checkValues(at + "charter", charter);
    Range.UNIT.check(at + "capability", capability);
    Range.UNIT.check(at + "legitimacyGlobal", legitimacyGlobal);
    Range.UNIT.check(at + "legitimacyRegional", legitimacyRegional);
  }

  /** A body that neither is dissolved nor replaces another. */
  public BodySpec(String id, String name, Level level, YearMonth founded, List<String> members,
      Optional<String> leader, Map<String, Double> charter, DecisionRule decisionRule,
      double capability, boolean canOperate, boolean endorses, double legitimacyGlobal,
      double legitimacyRegional, List<String> recognition, Map<String, YearMonth> joined,
      Map<String, YearMonth> left) {
    this(id, name, level, founded, members, leader, charter, decisionRule, capability, canOperate,
        endorses, legitimacyGlobal, legitimacyRegional, recognition, joined, left,
        Optional.empty(), Optional.empty());
  }

  /**
   * Whether it takes over the members of the body it replaces (it {@code replaces} one and lists
   * no members of its own); otherwise its members are those it lists.
   */
  public boolean absorbs() {
    return replaces.isPresent() && members.isEmpty();
  }

  /** A body whose members stay for the whole run. */
  public BodySpec(String id, String name, Level level, YearMonth founded, List<String> members,
      Optional<String> leader, Map<String, Double> charter, DecisionRule decisionRule,
      double capability, boolean canOperate, boolean endorses, double legitimacyGlobal,
      double legitimacyRegional, List<String> recognition) {
    this(id, name, level, founded, members, leader, charter, decisionRule, capability, canOperate,
        endorses, legitimacyGlobal, legitimacyRegional, recognition, Map.of(), Map.of());
  }

  /** Whether the state is a member in this month (dated members joined and not yet left). */
  public boolean memberIn(String state, YearMonth month) {
    if (!members.contains(state)) {
      return false;
    }
    return activeIn(state, month);
  }

  /**
   * For a state listed in {@code members}, whether its dates (if any) make it a member in this
   * month; constant time, unlike {@link #memberIn}, for callers that iterate the members.
   */
  public boolean activeIn(String listedMember, YearMonth month) {
    YearMonth j = joined.get(listedMember);
    YearMonth l = left.get(listedMember);
    return (j == null || !month.isBefore(j)) && (l == null || month.isBefore(l));
  }

  /** Reach of a secondary institution. */
  public enum Level { GLOBAL, REGIONAL }

  /** How a body decides whether to act. */
  public enum DecisionRule {
    /** Every member must agree. */
    CONSENSUS,
    /** Power-weighted majority of members. */
    MAJORITY,
    /** The leader decides if its power share exceeds one half; otherwise majority. */
    HEGEMONIC
  }
}
