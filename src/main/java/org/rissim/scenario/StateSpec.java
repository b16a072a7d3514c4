package org.rissim.scenario;

import java.time.YearMonth;
import java.util.Collections;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.List;
import java.util.Map;

/**
 * A state agent as written in the scenario. Maps keyed by practice id hold values in [0,1];
 * a practice missing from {@code intentions} or {@code belief} defaults to its global standard.
 *
 * @param id               identifier (unique among states)
 * @param name             display name
 * @param regional         true if the state belongs to the region whose understanding r[p] is tracked
 * @param power            relative material capability, > 0 (any scale; normalised where used)
 * @param status           recognised standing in [0,1]; with power it weighs r[p]
 * @param votes            votes it casts at the global body (a bloc agent stands for many states)
 * @param veto             whether it can veto rungs of the recognition ladder marked {@code veto}
 * @param revisionism      its stance toward the institution
 * @param inculcation      s_i in [0,1]: how deeply the global norm binds it (anchoring)
 * @param regimeInsecurity in [0,1]: fear for the regime; makes it invite help and join bodies
 * @param intentions       target practice profile: what it wants the institution to become
 * @param belief           initial private belief b[i][p]
 * @param preferences      weights of its preference structure
 * @param affinity         affinity to bodies by id, in [-1,1]
 * @param alignment        alignment toward other states by id, in [-1,1] (0 when missing)
 * @param strategyMix      prior propensities of the strategies (normalised by the model)
 * @param sphere           host states it may intervene in (empty: none)
 * @param powerSeries  dated values of power (month -> power from that month), empty when constant;
 *                     {@code power} is its value at the start
 * @param statusSeries dated values of status, likewise ({@code status} its value at the start)
 * @param votesSeries  dated values of votes, likewise ({@code votes} its value at the start)
 * @param global           its intentions and revisionism at the global level (the global body's
 *                         forum); the regional values unless the scenario's {@code global:} key
 *                         says otherwise (Hadano 2024, section 2: orthodox globally, reformist in
 *                         the region)
 */
public record StateSpec(
    String id,
    String name,
    boolean regional,
    double power,
    double status,
    int votes,
    boolean veto,
    Revisionism revisionism,
    double inculcation,
    double regimeInsecurity,
    Map<String, Double> intentions,
    Map<String, Double> belief,
    Preferences preferences,
    Map<String, Double> affinity,
    Map<String, Double> alignment,
    StrategyMix strategyMix,
    List<String> sphere,
    LevelStance global,
    NavigableMap<YearMonth, Double> powerSeries,
    NavigableMap<YearMonth, Double> statusSeries,
    NavigableMap<YearMonth, Integer> votesSeries) {

  /**
   * A state's stance at one level: the practice profile it wants at that level (practices missing
   * from the map default to the global standard) and its revisionism there.
   *
   * @param intentions  target practice profile at this level, by practice id, each in [0,1]
   * @param revisionism its Buzan stance at this level
   */
  public record LevelStance(Map<String, Double> intentions, Revisionism revisionism) {
    /** Copies the map and checks each intention lies in [0,1], as the binder does. */
    public LevelStance {
      intentions = Map.copyOf(intentions);
      Range.UNIT.checkValues("StateSpec.LevelStance.intentions", intentions);
    }
  }

  /** A state whose power, status and votes are constant. */
  public StateSpec(String id, String name, boolean regional, double power, double status,
      int votes, boolean veto, Revisionism revisionism, double inculcation,
      double regimeInsecurity, Map<String, Double> intentions, Map<String, Double> belief,
      Preferences preferences, Map<String, Double> affinity, Map<String, Double> alignment,
      StrategyMix strategyMix, List<String> sphere, LevelStance global) {
    this(id, name, regional, power, status, votes, veto, revisionism, inculcation,
        regimeInsecurity, intentions, belief, preferences, affinity, alignment, strategyMix, sphere,
        global, new TreeMap<>(), new TreeMap<>(), new TreeMap<>());
  }

  /** A state whose global-level stance is its regional one (no {@code global:} key). */
  public StateSpec(String id, String name, boolean regional, double power, double status,
      int votes, boolean veto, Revisionism revisionism, double inculcation,
      double regimeInsecurity, Map<String, Double> intentions, Map<String, Double> belief,
      Preferences preferences, Map<String, Double> affinity, Map<String, Double> alignment,
      StrategyMix strategyMix, List<String> sphere) {
    this(id, name, regional, power, status, votes, veto, revisionism, inculcation,
        regimeInsecurity, intentions, belief, preferences, affinity, alignment, strategyMix, sphere,
        new LevelStance(intentions, revisionism));
  }

  /** Copies the collections and checks each number against the range the binder checks. */
  public StateSpec {
    intentions = Map.copyOf(intentions);
    belief = Map.copyOf(belief);
    affinity = Map.copyOf(affinity);
    alignment = Map.copyOf(alignment);
    sphere = List.copyOf(sphere);
    powerSeries = Collections.unmodifiableNavigableMap(new TreeMap<>(powerSeries));
    statusSeries = Collections.unmodifiableNavigableMap(new TreeMap<>(statusSeries));
    votesSeries = Collections.unmodifiableNavigableMap(new TreeMap<>(votesSeries));
    String at = "StateSpec[" + id + "].";
    Range.POSITIVE.check(at + "power", power);
    Range.UNIT.check(at + "status", status);
    Range.atLeast(at + "votes", votes, 0);
    Range.UNIT.check(at + "inculcation", inculcation);
    Range.UNIT.check(at + "regimeInsecurity", regimeInsecurity);
    Range.UNIT.checkValues(at + "intentions", intentions);
    Range.UNIT.checkValues(at + "belief", belief);
    Range.SIGNED_UNIT.checkValues(at + "affinity", affinity);
    Range.SIGNED_UNIT.checkValues(at + "alignment", alignment);
    Range.POSITIVE.checkValues(at + "powerSeries", powerSeries);
    Range.UNIT.checkValues(at + "statusSeries", statusSeries);
    Range.NON_NEGATIVE.checkValues(at + "votesSeries", votesSeries);
  }
}
