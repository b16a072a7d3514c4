package org.rissim.analysis;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.rissim.analysis.patterns.PatternEvaluator;
import org.rissim.analysis.patterns.PatternOutcome;
import org.rissim.experiment.Measurement;
import org.rissim.experiment.RunResult;
import org.rissim.observe.TimeSeries;
import org.rissim.scenario.OutcomeSpec;
import org.rissim.scenario.PatternSpec;
import org.rissim.scenario.Scenario;

/**
 * The outcome measures of a run: the built-in {@link Outcomes}, then those the scenario declares,
 * then those an experiment adds; one number per measure, NaN where a measure does not exist.
 * A declared outcome is measured with the pattern vocabulary ({@link PatternEvaluator}).
 */
public final class DeclaredOutcomes {
  private DeclaredOutcomes() {}

  /** These measures, as replications and sweeps take them. */
  public static final Measurement MEASUREMENT = new Measurement() {
    @Override
    public List<String> names(Scenario scenario, List<OutcomeSpec> extra) {
      return DeclaredOutcomes.names(scenario, extra);
    }

    @Override
    public LinkedHashMap<String, Double> measure(RunResult run, List<OutcomeSpec> extra) {
      return DeclaredOutcomes.measure(run, extra);
    }
  };

  /** The declared outcomes of a run: the scenario's, then {@code extra}; ids unique. */
  public static List<OutcomeSpec> of(Scenario scenario, Collection<OutcomeSpec> extra) {
    List<OutcomeSpec> all = new ArrayList<>(scenario.outcomes());
    all.addAll(extra);
    Set<String> seen = new LinkedHashSet<>(Outcomes.names(scenario));
    for (OutcomeSpec o : all) {
      if (!seen.add(o.id())) {
        throw new IllegalArgumentException("outcome `" + o.id() + "` is defined twice (or is a"
            + " built-in measure): give it another id");
      }
    }
    return all;
  }

  /** Every measure name for a scenario and extra outcomes, in the order of {@link #measure}. */
  public static List<String> names(Scenario scenario, Collection<OutcomeSpec> extra) {
    List<String> names = new ArrayList<>(Outcomes.names(scenario));
    of(scenario, extra).forEach(o -> names.add(o.id()));
    return names;
  }

  /** Every measure of a run: built-in, the scenario's declared ones, then {@code extra}. */
  public static LinkedHashMap<String, Double> measure(RunResult run,
      Collection<OutcomeSpec> extra) {
    LinkedHashMap<String, Double> out = Outcomes.of(run);
    for (OutcomeSpec o : of(run.scenario(), extra)) {
      out.put(o.id(), value(o, run));
    }
    return out;
  }

  /** One declared outcome of a run; NaN when the quantity does not exist in the run. */
  public static double value(OutcomeSpec o, RunResult run) {
    if (o.event().isPresent()) {
      PatternOutcome p = PatternEvaluator.holds(new PatternSpec(o.id(), "", "", Optional.empty(),
          o.event()), run);
      if (o.measure().equals("count")) {
        return p.value();
      }
      return p.firstMonth().map(m -> monthsFromStart(run, m)).orElse(Double.NaN);
    }
    PatternSpec.SeriesTest t = o.series().orElseThrow();
    return switch (o.measure()) {
      case "firstAbove", "firstBelow" -> firstCrossing(o, t, run.series());
      default -> {
        String stat = o.measure().equals("final") ? "value" : o.measure();
        PatternSpec.SeriesTest s = new PatternSpec.SeriesTest(t.column(), t.minus(), t.from(),
            o.measure().equals("final") ? Optional.empty() : t.to(), stat, Optional.empty(),
            Optional.empty());
        yield PatternEvaluator.holds(new PatternSpec(o.id(), "", "", Optional.of(s),
            Optional.empty()), run).value();
      }
    };
  }

  /** Months from the run's first month to the first month the column crosses the threshold. */
  private static double firstCrossing(OutcomeSpec o, PatternSpec.SeriesTest t, TimeSeries s) {
    if (s.size() == 0 || !s.has(t.column()) || t.minus().map(m -> !s.has(m)).orElse(false)) {
      return Double.NaN;
    }
    int a = t.from().map(s::rowOf).orElse(0);
    int b = t.to().map(s::rowOf).orElse(s.size() - 1);
    if (a < 0 || b < 0) {
      return Double.NaN;
    }
    double threshold = o.threshold().orElseThrow();
    boolean above = o.measure().equals("firstAbove");
    for (int row = a; row <= b; row++) {
      double v = s.value(row, t.column());
      if (t.minus().isPresent()) {
        v -= s.value(row, t.minus().get());
      }
      if (!Double.isNaN(v) && (above ? v > threshold : v < threshold)) {
        return row;
      }
    }
    return Double.NaN;
  }

  private static double monthsFromStart(RunResult run, YearMonth m) {
    YearMonth start = run.series().size() > 0 ? run.series().month(0) : run.scenario().start();
    return start.until(m, ChronoUnit.MONTHS);
  }
}
