package org.rissim.observe;

import java.util.List;
import java.util.Locale;
import org.rissim.experiment.RunResult;
import org.rissim.scenario.PracticeSpec;

/** The short human summary of one run that {@code rissim run} prints. */
public final class RunSummary {
  private RunSummary() {}

  /** What happened, and the final drift per practice, as a few lines of text. */
  public static String of(RunResult r) {
    StringBuilder b = new StringBuilder();
    TimeSeries s = r.series();
    int last = s.size() - 1;
    b.append(String.format(Locale.ROOT, "%s, seed %d: %s to %s (%d months)%n",
        r.scenario().name(), r.seed(), s.month(0), s.month(last), s.size()));
    long crises = r.events().stream().filter(e -> e.type().equals("crisis")).count();
    long ops = r.events().stream().filter(e -> e.type().equals("operation")).count();
    long viaBody = r.events().stream()
        .filter(e -> e.type().equals("operation") && e.fields().get("body") != null
            && !"comply".equals(e.text("strategy")))
        .count();
    long words = r.events().stream().filter(e -> e.type().equals("discursive")).count();
    b.append(String.format(Locale.ROOT,
        "  %d crises, %d operations (%d through a regional body), %d discursive acts%n", crises,
        ops, viaBody, words));
    for (Event e : r.events()) {
      switch (e.type()) {
        case "founding" -> b.append(String.format(Locale.ROOT,
            "  %s: %s founds %s with %s%n", e.month(), e.text("founder"), e.text("body"),
            e.fields().get("members")));
        case "recognition-vote" -> {
          if (Boolean.TRUE.equals(e.fields().get("passed"))) {
            b.append(String.format(Locale.ROOT, "  %s: the %s grants %s the rung '%s'%n",
                e.month(), r.scenario().recognition().body(), e.text("body"), e.text("rung")));
          }
        }
        case "exit" -> b.append(String.format(Locale.ROOT, "  %s: %s leaves %s%n", e.month(),
            e.text("state"), e.text("body")));
        default -> { }
      }
    }
    b.append("  final regional understanding r, global standard g, drift g - r:\n");
    List<PracticeSpec> ps = r.scenario().institution().practices();
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
