package org.rissim.scenario;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** Binds the {@code states:} list: each state, its dated series and its global stance. */
final class StateBinder extends SectionBinder {
  StateBinder(List<ScenarioError> errors, ScenarioIds ids) {
    super(errors, ids);
  }

  static final Map<String, Revisionism> REVISIONISM = Map.of(
      "statusQuo", Revisionism.STATUS_QUO, "orthodox", Revisionism.ORTHODOX,
      "reformist", Revisionism.REFORMIST, "revolutionary", Revisionism.REVOLUTIONARY);

  StateSpec state(Node n, String path) {
    Fields f = fields(n, path);
    String id = text(f, "id", null);
    String name = text(f, "name", id);
    boolean regional = bool(f, "regional");
    NavigableMap<YearMonth, Double> powerSeries = new TreeMap<>();
    double power = f.raw("power") instanceof Node.MapNode pm
        ? series(pm, f.at("power"), powerSeries, POSITIVE, false) : number(f, "power", POSITIVE);
    NavigableMap<YearMonth, Double> statusSeries = new TreeMap<>();
    double status = f.raw("status") instanceof Node.MapNode sm
        ? series(sm, f.at("status"), statusSeries, UNIT, false) : number(f, "status", UNIT);
    NavigableMap<YearMonth, Double> votesValues = new TreeMap<>();
    int votes = f.raw("votes") instanceof Node.MapNode vm
        ? (int) series(vm, f.at("votes"), votesValues, NON_NEGATIVE, true)
        : integer(f, "votes", 0, Integer.MAX_VALUE);
    NavigableMap<YearMonth, Integer> votesSeries = new TreeMap<>();
    votesValues.forEach((k, v) -> votesSeries.put(k, (int) Math.round(v)));
    boolean veto = bool(f, "veto");
    Revisionism revisionism = choice(f, "revisionism", REVISIONISM, Revisionism.STATUS_QUO);
    double inculcation = number(f, "inculcation", UNIT);
    double insecurity = number(f, "regimeInsecurity", UNIT);
    Map<String, Double> intentions = numberMap(f, "intentions", UNIT, practiceIds, "practice");
    Map<String, Double> belief = numberMap(f, "belief", UNIT, practiceIds, "practice");
    Fields p = fields(f.raw("preferences"), f.at("preferences"));
    Preferences preferences = built(() -> new Preferences(number(p, "goal", NON_NEGATIVE),
        number(p, "status", NON_NEGATIVE), number(p, "regimeSecurity", NON_NEGATIVE),
        number(p, "stability", NON_NEGATIVE), number(p, "conformity", NON_NEGATIVE)));
    p.done();
    Set<String> affinityTargets = new LinkedHashSet<>(bodyIds);
    affinityTargets.addAll(foundingIds);
    Map<String, Double> affinity = numberMap(f, "affinity", SIGNED_UNIT, affinityTargets, "body");
    Map<String, Double> alignment = numberMap(f, "alignment", SIGNED_UNIT, stateIds, "state");
    Fields m = fields(f.raw("strategyMix"), f.at("strategyMix"));
    // Read in Strategy.MIX's order, the order of the keys in errors.
    StrategyMix mix = built(() -> StrategyMix.of(s -> number(m, s.key(), NON_NEGATIVE)));
    m.done();
    List<String> sphere = references(f, "sphere", stateIds, "state");
    StateSpec.LevelStance global = globalStance(f, intentions, revisionism);
    f.done();
    return built(() -> new StateSpec(id, name, regional, power, status, votes, veto, revisionism,
        inculcation, insecurity, intentions, belief, preferences, affinity, alignment, mix, sphere,
        global, powerSeries, statusSeries, votesSeries));
  }

  /**
   * A dated series {@code {YYYY-MM: value, ...}} of numbers in {@code range} (whole numbers when
   * {@code whole}), months in increasing order, the first at or before the run's start; fills
   * {@code out} and returns the value at the start.
   */
  private double series(Node.MapNode m, String at, NavigableMap<YearMonth, Double> out,
      Range range, boolean whole) {
    YearMonth previous = null;
    for (Map.Entry<String, Node.Entry> e : m.entries().entrySet()) {
      Node.Pos k = e.getValue().keyPos();
      String key = e.getKey();
      YearMonth month = null;
      if (MONTH.matcher(key).matches()) {
        try {
          month = YearMonth.parse(key);
        } catch (DateTimeParseException ex) {
          month = null;
        }
      }
      if (month == null) {
        errors.add(new ScenarioError(k.file(), k.line(), k.column(), at + "." + key,
            "expected a month YYYY-MM as a key of the dated series, found `" + key + "`"));
        continue;
      }
      if (previous != null && !month.isAfter(previous)) {
        errors.add(new ScenarioError(k.file(), k.line(), k.column(), at + "." + key,
            "expected the months of a dated series in increasing order, found " + month
            + " after " + previous));
      }
      previous = month;
      Node value = e.getValue().value();
      double v = checkNumber(value, at + "." + key, range);
      if (whole && v != Math.rint(v)) {
        error(value, at + "." + key, "expected a whole number, found " + Node.describe(value));
      }
      out.put(month, v);
    }
    if (out.isEmpty()) {
      error(m, at, "expected a number or a dated series {YYYY-MM: value, ...}, found an empty "
          + "mapping");
      return 1;
    }
    if (ids.runStart != null && out.firstKey().isAfter(ids.runStart)) {
      Node.Pos k = m.pos();
      errors.add(new ScenarioError(k.file(), k.line(), k.column(), at, "a dated series must "
          + "give the value at the start: its first month is " + out.firstKey() + ", after the "
          + "start " + ids.runStart));
      return out.firstEntry().getValue();
    }
    return ids.runStart == null ? out.firstEntry().getValue()
        : out.floorEntry(ids.runStart).getValue();
  }

  /**
   * The optional {@code global: {intentions, revisionism}} of a state: its stance at the global
   * body's forum. Each key defaults to the regional value; global intentions override the
   * regional ones practice by practice.
   */
  private StateSpec.LevelStance globalStance(Fields f, Map<String, Double> intentions,
      Revisionism revisionism) {
    Node n = f.raw("global");
    if (isAbsent(n)) {
      return built(() -> new StateSpec.LevelStance(intentions, revisionism));
    }
    Fields g = fields(n, f.at("global"));
    Map<String, Double> merged = new LinkedHashMap<>(intentions);
    merged.putAll(numberMap(g, "intentions", UNIT, practiceIds, "practice"));
    Revisionism r = isAbsent(g.raw("revisionism")) ? revisionism
        : choice(g, "revisionism", REVISIONISM, revisionism);
    g.done();
    return built(() -> new StateSpec.LevelStance(merged, r));
  }
}
