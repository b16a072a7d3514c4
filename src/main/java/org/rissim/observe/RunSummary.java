package org.rissim.observe;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rissim.observe.Event;
import org.rissim.scenario.PracticeSpec;
import org.rissim.scenario.Scenario;

/** The short human summary of one run that {@code rissim run} prints. */
public final class RunSummary {
  private RunSummary() {}

  /**
   * What happened, and the final drift per practice, as a few lines of text.
   *
   * @param scenario the scenario run
   * @param seed     its seed
   * @param s        the run's time series
   * @param events   the run's events, in order
   */
  public static String of(Scenario scenario, long seed, TimeSeries s, List<Event> events) {
    StringBuilder b = new StringBuilder();
    int last = s.size() - 1;
    b.append(String.format(Locale.ROOT, "%s, seed %d: %s to %s (%d months)%n",
        scenario.name(), seed, s.month(0), s.month(last), s.size()));
    var words = scenario.institution().vocabulary();
    String opportunity = words.names().opportunity();
    String act = words.names().act();
    long crises = events.stream().filter(e -> e.type().equals(opportunity)).count();
    long ops = events.stream().filter(e -> e.type().equals(act)).count();
    long viaBody = events.stream()
        .filter(e -> e.type().equals(act) && e.fields().get("body") != null
            && !"comply".equals(e.text("strategy")))
        .count();
    long speech = events.stream().filter(e -> e.type().equals("discursive")).count();
    b.append(String.format(Locale.ROOT,
        "  %d %s, %d %s (%d through a regional body), %d discursive acts%n", crises,
        words.opportunities(), ops, words.acts(), viaBody, speech));
    // the states that leave a body in a month, printed as one line at the first of them
    Map<String, List<String>> leaving = new LinkedHashMap<>();
    for (Event e : events) {
      if (e.type().equals("exit")) {
        leaving.computeIfAbsent(e.month() + " " + e.text("body"), k -> new ArrayList<>())
            .add(e.text("state"));
      }
    }
    for (Event e : events) {
      switch (e.type()) {
        case "founding" -> {
          if (Boolean.TRUE.equals(e.fields().get("scripted"))) {
            b.append(String.format(Locale.ROOT, "  %s: %s is founded (scripted) with %s%n",
                e.month(), e.text("body"), e.fields().get("members")));
          } else {
            b.append(String.format(Locale.ROOT, "  %s: %s founds %s with %s%n", e.month(),
                e.text("founder"), e.text("body"), e.fields().get("members")));
          }
        }
        case "dissolved" -> b.append(String.format(Locale.ROOT, "  %s: %s is dissolved%s%n",
            e.month(), e.text("body"), e.fields().get("by") == null ? ""
                : ", succeeded by " + e.text("by")));
        case "recognition-vote" -> {
          if (Boolean.TRUE.equals(e.fields().get("passed"))) {
            b.append(String.format(Locale.ROOT, "  %s: the %s grants %s the rung '%s'%n",
                e.month(), scenario.recognition().body(), e.text("body"), e.text("rung")));
          }
        }
        case "exit" -> {
          List<String> states = leaving.remove(e.month() + " " + e.text("body"));
          if (states == null) {
            break; // printed with the first state that left this body this month
          }
          if (states.size() == 1) {
            b.append(String.format(Locale.ROOT, "  %s: %s leaves %s%n", e.month(),
                states.get(0), e.text("body")));
          } else {
            b.append(String.format(Locale.ROOT, "  %s: %d states leave %s: %s%n", e.month(),
                states.size(), e.text("body"), String.join(", ", states)));
          }
        }
        default -> { }
      }
    }
    b.append("  final regional understanding r, global standard g, drift g - r:\n");
    List<PracticeSpec> ps = scenario.institution().practices();
    for (PracticeSpec p : ps) {
      b.append(String.format(Locale.ROOT, "    %-28s r %.3f  g %.3f  drift %+.3f%n", p.label(),
          s.value(last, "r." + p.id()), s.value(last, "g." + p.id()),
          s.value(last, "drift." + p.id())));
    }
    b.append(String.format(Locale.ROOT, "  principle acceptance %.3f; final month %s%n",
        s.value(last, "principle.acceptance"), s.classification(last)));
    return b.toString();
  }
}
