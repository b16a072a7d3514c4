package org.rissim.model;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.rissim.scenario.BodySpec;

/**
 * A secondary institution: a designed intergovernmental body with members, a leader, a charter
 * (the practice profile it formally commits to), a decision rule, legitimacy before the global and
 * the regional audience, a recognition record at the global body and a cohesion. Its members'
 * beliefs weighted by power give its position; the gap between its charter and its operations'
 * practice is its hypocrisy.
 */
public final class SecondaryInstitution {
  private final int index;
  private final String id;
  private final String name;
  private final BodySpec.Level level;
  private final double[] charter;
  private final BodySpec.DecisionRule decisionRule;
  private final double capability;
  private final boolean canOperate;
  private final boolean endorses;
  private final boolean endogenous;
  private final Set<StateAgent> members = new LinkedHashSet<>();
  /** {@link #members} as a list, or null after a membership change. */
  private List<StateAgent> memberList;
  /** Membership by state index: {@link #hasMember} is asked for every observer of every act. */
  private final java.util.BitSet memberIndex = new java.util.BitSet();
  private final Set<String> rungs = new LinkedHashSet<>();
  private final double[] position;
  private StateAgent leader;
  private int signers;
  /** Total power of the members, recomputed lazily after a membership change (NaN: stale). */
  private double memberPower = Double.NaN;
  private YearMonth founded;
  private boolean exists;
  private double legitimacyGlobal;
  private double legitimacyRegional;
  private double cohesion = 1.0;
  private double hypocrisy;
  private int operations;
  private double[] positionYearAgo;
  private final double[] membersPosition;
  private double[] membersPositionYearAgo;

  SecondaryInstitution(int index, String id, String name, BodySpec.Level level, double[] charter,
      BodySpec.DecisionRule decisionRule, double capability, boolean canOperate, boolean endorses,
      boolean endogenous, double legitimacyGlobal, double legitimacyRegional) {
    this.index = index;
    this.id = id;
    this.name = name;
    this.level = level;
    this.charter = charter;
    this.decisionRule = decisionRule;
    this.capability = capability;
    this.canOperate = canOperate;
    this.endorses = endorses;
    this.endogenous = endogenous;
    this.legitimacyGlobal = legitimacyGlobal;
    this.legitimacyRegional = legitimacyRegional;
    this.position = new double[charter.length];
    this.membersPosition = new double[charter.length];
  }

  /** Position in the model's body list (existing and foundable bodies). */
  public int index() {
    return index;
  }

  /** Identifier. */
  public String id() {
    return id;
  }

  /** Display name. */
  public String name() {
    return name;
  }

  /** Global or regional. */
  public BodySpec.Level level() {
    return level;
  }

  /** Whether this is the global body (recognition is sought there). */
  public boolean isGlobal() {
    return level == BodySpec.Level.GLOBAL;
  }

  /** Formally committed practice profile (live array). */
  public double[] charter() {
    return charter;
  }

  /** Decision rule. */
  public BodySpec.DecisionRule decisionRule() {
    return decisionRule;
  }

  /** Capability to mount operations, [0,1]. */
  public double capability() {
    return capability;
  }

  /** Whether it can field operations. */
  public boolean canOperate() {
    return canOperate;
  }

  /** Whether it votes to endorse operations on its members' soil. */
  public boolean endorses() {
    return endorses;
  }

  /** Whether it was founded during the run by competitive secondary institutionalisation. */
  public boolean endogenous() {
    return endogenous;
  }

  /**
   * Members, in joining order: an unmodifiable snapshot, rebuilt after a membership change (the
   * mechanisms iterate members several times a month; the set is changed rarely). A caller that
   * adds or removes members while iterating goes on over the snapshot.
   */
  public List<StateAgent> members() {
    List<StateAgent> list = memberList;
    if (list == null) {
      list = List.copyOf(members);
      memberList = list;
    }
    return list;
  }

  /** Whether the state is a member. */
  public boolean hasMember(StateAgent s) {
    return memberIndex.get(s.index());
  }

  /** Adds a member. */
  public void addMember(StateAgent s) {
    if (members.add(s)) {
      memberList = null;
      memberIndex.set(s.index());
      memberPower = Double.NaN;
      if (s.affinity(this) > 0) {
        signers++;
      }
    }
  }

  /** Forgets the members' total power after a member's power changed (dated series). */
  public void powerChanged() {
    memberPower = Double.NaN;
  }

  /** Removes a member. */
  public void removeMember(StateAgent s) {
    if (members.remove(s)) {
      memberList = null;
      memberIndex.clear(s.index());
      memberPower = Double.NaN;
      if (s.affinity(this) > 0) {
        signers--;
      }
    }
  }

  /** Members with positive affinity: those who sign a declaration made through the body. */
  public int signers() {
    return signers;
  }

  /** Keeps {@link #signers} exact when a member's affinity changes sign. */
  void affinityChanged(StateAgent s, double before, double after) {
    if (hasMember(s) && (before > 0) != (after > 0)) {
      signers += after > 0 ? 1 : -1;
    }
  }

  /** The leading state (agenda-setter), or null. */
  public StateAgent leader() {
    return leader;
  }

  public void setLeader(StateAgent s) {
    leader = s;
  }

  /** Founding month, or null before founding. */
  public YearMonth founded() {
    return founded;
  }

  /** Whether the body exists this month. */
  public boolean exists() {
    return exists;
  }

  public void found(YearMonth month) {
    founded = month;
    exists = true;
  }

  /** Dissolves the body (absorbed or replaced by a new one): it no longer exists. */
  public void dissolve() {
    exists = false;
  }

  /** Legitimacy before the global audience, [0,1]. */
  public double legitimacyGlobal() {
    return legitimacyGlobal;
  }

  /** Legitimacy before the regional audience, [0,1]. */
  public double legitimacyRegional() {
    return legitimacyRegional;
  }

  public void setLegitimacy(double global, double regional) {
    legitimacyGlobal = clamp(global);
    legitimacyRegional = clamp(regional);
  }

  /** Cohesion in [0,1]: 1 - spread of members' beliefs and affinities. */
  public double cohesion() {
    return cohesion;
  }

  public void setCohesion(double c) {
    cohesion = clamp(c);
  }

  /** Gap between charter and practice of its operations (EWMA of mean absolute gap), [0,1]. */
  public double hypocrisy() {
    return hypocrisy;
  }

  public void recordPractice(double[] profile, double memory) {
    double gap = 0;
    for (int p = 0; p < charter.length; p++) {
      gap += Math.abs(charter[p] - profile[p]);
    }
    gap /= charter.length;
    hypocrisy = operations == 0 ? gap : hypocrisy + memory * (gap - hypocrisy);
    operations++;
  }

  /** Number of operations it has fielded: its record (0: no record). */
  public int operationCount() {
    return operations;
  }

  /** Rungs of the recognition ladder held (permanent ones), in the order gained. */
  public Set<String> rungs() {
    return java.util.Collections.unmodifiableSet(rungs);
  }

  public void grant(String rung) {
    rungs.add(rung);
  }

  /** Power-weighted mean belief of members (live array, updated monthly). */
  public double[] position() {
    return position;
  }

  /** Position twelve months ago (null in the first year). */
  public double[] positionYearAgo() {
    return positionYearAgo;
  }

  public void rememberPosition(double[] past) {
    positionYearAgo = past;
  }

  /** Power-weighted mean belief of the members other than the leader (live array). */
  public double[] membersPosition() {
    return membersPosition;
  }

  /** The members' position (leader excluded) twelve months ago, or null in the first year. */
  public double[] membersPositionYearAgo() {
    return membersPositionYearAgo;
  }

  /** Remembers the members' position of this month as "a year ago" for next year. */
  public void rememberMembersPosition(double[] past) {
    membersPositionYearAgo = past;
  }

  /** Power share of the leader among members (dominance), [0,1]. */
  public double dominance() {
    if (leader == null || members.isEmpty()) {
      return 0;
    }
    return hasMember(leader) ? leader.power() / memberPower() : 0;
  }

  /** Total power of the members (0 without members), cached until the membership changes. */
  public double memberPower() {
    if (Double.isNaN(memberPower)) {
      // Summed in joining order, as before caching, so results do not change by a rounding.
      double total = 0;
      for (StateAgent m : members) {
        total += m.power();
      }
      memberPower = total;
    }
    return memberPower;
  }

  /** Member ids in joining order. */
  public List<String> memberIds() {
    List<String> ids = new ArrayList<>(members.size());
    for (StateAgent m : members) {
      ids.add(m.id());
    }
    return ids;
  }

  private static double clamp(double v) {
    return Math.max(0, Math.min(1, v));
  }

  @Override
  public String toString() {
    return id;
  }
}
