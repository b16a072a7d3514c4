package org.rissim.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.rissim.experiment.RunResult;
import org.rissim.model.Classification;
import org.rissim.observe.Event;
import org.rissim.observe.TimeSeries;
import org.rissim.scenario.BodySpec;
import org.rissim.scenario.PracticeSpec;
import org.rissim.scenario.Scenario;

/**
 * The outcome measures of one run (docs/OUTPUTS.md), shared by {@code compare}, {@code sweep}
 * and {@code analyze}: one number per measure, NaN where a measure does not exist.
 */
public final class Outcomes {
  private Outcomes() {}

  /** The measure names for a scenario, in the stable order in which {@link #of} returns them. */
  public static List<String> names(Scenario scenario) {
    List<String> names = new ArrayList<>();
    for (PracticeSpec p : scenario.institution().practices()) {
      names.add("final.drift." + p.id());
      names.add("peak.drift." + p.id());
    }
    names.add("founded.month");
    names.add("founded");
    names.add("founded.members");
    names.add("recognition.max");
    for (String body : bodyIds(scenario)) {
      names.add("cohesion.final." + body);
    }
    names.add("share.changeIn");
    names.add("share.changeOf");
    names.add("final.principle");
    names.add("final.gap.region");
    for (String family : meanFamilies(scenario)) {
      for (PracticeSpec p : scenario.institution().practices()) {
        names.add("final.drift." + family + "." + p.id());
      }
      names.add("final.gap." + family);
    }
    return names;
  }

  /**
   * The means recorded beside r (docs/OUTPUTS.md): {@code unweighted}, {@code withoutHegemon}
   * when the scenario names a hegemon, and {@code group.<name>} for each declared group.
   */
  private static List<String> meanFamilies(Scenario scenario) {
    List<String> families = new ArrayList<>(List.of("unweighted"));
    if (scenario.hegemon().isPresent()) {
      families.add("withoutHegemon");
    }
    scenario.groups().keySet().forEach(g -> families.add("group." + g));
    return families;
  }

  /** g - mean at the last row for each practice, and their mean over practices (the gap). */
  private static void putGaps(Scenario scenario, TimeSeries s, int last, String family,
      LinkedHashMap<String, Double> out) {
    double sum = 0;
    var practices = scenario.institution().practices();
    for (PracticeSpec p : practices) {
      double d = at(s, last, "g." + p.id()) - at(s, last, family + "." + p.id());
      out.put("final.drift." + family + "." + p.id(), d);
      sum += d;
    }
    out.put("final.gap." + family, sum / practices.size());
  }

  /** The outcome measures of a run, keyed by {@link #names} in that order. */
  public static LinkedHashMap<String, Double> of(RunResult run) {
    Scenario scenario = run.scenario();
    TimeSeries s = run.series();
    int last = s.size() - 1;
    LinkedHashMap<String, Double> out = new LinkedHashMap<>();
    for (PracticeSpec p : scenario.institution().practices()) {
      String column = "drift." + p.id();
      out.put("final.drift." + p.id(), at(s, last, column));
      out.put("peak.drift." + p.id(), max(s, column));
    }
    // The first endogenous founding: bodies the scenario founds on a date say scripted: true.
    Event founding = run.events().stream()
        .filter(e -> e.type().equals("founding") && !Boolean.TRUE.equals(e.fields().get("scripted")))
        .findFirst().orElse(null);
    out.put("founded.month", founding == null ? Double.NaN : founding.tick());
    out.put("founded", founding == null ? 0.0 : 1.0);
    Object members = founding == null ? null : founding.fields().get("memberCount");
    out.put("founded.members", members instanceof Number n ? n.doubleValue() : Double.NaN);
    double recognition = 0;
    for (String body : regionalBodyIds(scenario)) {
      double m = max(s, "body." + body + ".recognition");
      if (!Double.isNaN(m)) {
        recognition = Math.max(recognition, m);
      }
    }
    out.put("recognition.max", recognition);
    for (String body : bodyIds(scenario)) {
      out.put("cohesion.final." + body, at(s, last, "body." + body + ".cohesion"));
    }
    int changeIn = 0;
    int changeOf = 0;
    for (int row = 0; row < s.size(); row++) {
      Classification c = s.classification(row);
      if (c == Classification.CHANGE_IN) {
        changeIn++;
      } else if (c == Classification.CHANGE_OF) {
        changeOf++;
      }
    }
    out.put("share.changeIn", s.size() == 0 ? Double.NaN : (double) changeIn / s.size());
    out.put("share.changeOf", s.size() == 0 ? Double.NaN : (double) changeOf / s.size());
    out.put("final.principle", at(s, last, "principle.acceptance"));
    double gap = 0;
    for (PracticeSpec p : scenario.institution().practices()) {
      gap += out.get("final.drift." + p.id());
    }
    out.put("final.gap.region", gap / scenario.institution().practices().size());
    for (String family : meanFamilies(scenario)) {
      putGaps(scenario, s, last, family, out);
    }
    return out;
  }

  /** Every body that can have columns: those of the scenario, then those it may found. */
  private static List<String> bodyIds(Scenario scenario) {
    List<String> ids = new ArrayList<>();
    scenario.bodies().forEach(b -> ids.add(b.id()));
    scenario.founding().ids().stream().filter(id -> !ids.contains(id)).forEach(ids::add);
    return ids;
  }

  /** Regional bodies: scenario bodies of regional level and every endogenously founded body. */
  private static List<String> regionalBodyIds(Scenario scenario) {
    List<String> ids = new ArrayList<>();
    scenario.bodies().stream().filter(b -> b.level() == BodySpec.Level.REGIONAL)
        .forEach(b -> ids.add(b.id()));
    scenario.founding().ids().stream().filter(id -> !ids.contains(id)).forEach(ids::add);
    return ids;
  }

  private static double at(TimeSeries s, int row, String column) {
    return row < 0 || !s.has(column) ? Double.NaN : s.value(row, column);
  }

  private static double max(TimeSeries s, String column) {
    if (!s.has(column)) {
      return Double.NaN;
    }
    double m = Double.NaN;
    for (int row = 0; row < s.size(); row++) {
      double v = s.value(row, column);
      if (!Double.isNaN(v) && (Double.isNaN(m) || v > m)) {
        m = v;
      }
    }
    return m;
  }
}
