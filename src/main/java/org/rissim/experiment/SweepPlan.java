package org.rissim.experiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rissim.experiment.design.Designs;
import org.rissim.experiment.design.ParameterSpec;
import org.rissim.scenario.LoadedScenario;
import org.rissim.scenario.ScenarioError;
import org.rissim.scenario.ScenarioException;
import org.rissim.scenario.ScenarioTemplate;

/**
 * A sweep as asked for, assembled into a {@link SweepSpec}: the parameters are parsed, the
 * design's size is checked, its points are drawn, and every value the points take is bound to
 * the scenario once, so that a bad path or value is refused before any output is written.
 *
 * @param template    the scenario template each point is bound to
 * @param params      the {@code --param PATH=SPEC} texts, in order
 * @param mixes       the states whose strategy mix is swept ({@code --mix})
 * @param design      design name (grid, random, lhs, sobol, morris; any case)
 * @param samples     samples asked of the design, >= 1
 * @param reps        replicates per point, >= 1
 * @param seed        base seed of the sweep
 * @param shard       the shard of the runs this sweep runs
 * @param keepSeries  whether every run's time series is kept in series/
 * @param commandLine the command recorded in sweep.json
 * @param extras      declared outcomes and the long time-series table, if asked
 */
public record SweepPlan(ScenarioTemplate template, List<String> params, List<String> mixes,
    String design, int samples, int reps, long seed, Shard shard, boolean keepSeries,
    String commandLine, SweepSpec.Extras extras) {

  /** Copies the lists. */
  public SweepPlan {
    params = List.copyOf(params);
    mixes = List.copyOf(mixes);
  }

  /** A value some design point takes that the scenario refuses: its located errors. */
  public static final class RejectedValue extends Exception {
    private static final long serialVersionUID = 1L;

    RejectedValue(ScenarioException cause) {
      super(cause.getMessage(), cause);
    }

    /** The scenario's errors, each naming the parameter path. */
    public List<ScenarioError> errors() {
      return ((ScenarioException) getCause()).errors();
    }
  }

  /**
   * The sweep, its outcome measures named by {@code measurement}.
   *
   * @throws ScenarioException        when the scenario itself does not bind
   * @throws IllegalArgumentException when a parameter, the design or its size is refused (the
   *                                  message says which)
   * @throws RejectedValue            when a value a point takes is refused by the scenario
   */
  public SweepSpec spec(Measurement measurement) throws ScenarioException, RejectedValue {
    LoadedScenario base = template.with(Map.of());
    List<ParameterSpec> specs = new ArrayList<>();
    params.forEach(p -> specs.add(ParameterSpec.parse(p)));
    mixes.forEach(m -> specs.add(ParameterSpec.mix(m)));
    if (specs.isEmpty()) {
      throw new IllegalArgumentException("give at least one --param PATH=SPEC or --mix STATE_ID");
    }
    List<Map<String, String>> described = new ArrayList<>();
    List<String> columns = new ArrayList<>();
    for (ParameterSpec p : specs) {
      Map<String, String> d = new LinkedHashMap<>();
      d.put("path", p.path());
      d.put("spec", p.spec());
      d.put("kind", p.kind().label());
      described.add(d);
      columns.addAll(p.paths());
    }
    String tooLarge = DesignChecks.tooLarge(design, specs, samples, reps);
    if (tooLarge != null) {
      throw new IllegalArgumentException(tooLarge);
    }
    List<Map<String, String>> points = Designs.of(design).points(specs, samples, seed);
    if (!points.isEmpty()) {
      // A parameter path or value the scenario rejects fails every run alike: say so now,
      // with the located error, before any output is written. Every point is covered: each
      // --param column's lowest and highest value (and each category) is bound.
      int paramColumns = specs.subList(0, params.size()).stream()
          .mapToInt(p -> p.paths().size()).sum();
      try {
        DesignChecks.checkPoints(template, points, columns.subList(0, paramColumns));
      } catch (ScenarioException e) {
        throw new RejectedValue(e);
      }
    }
    return new SweepSpec(base.scenario().name(), base.sha256(), template, described, columns,
        points, measurement.names(base.scenario(), extras.outcomes()),
        design.toLowerCase(Locale.ROOT), samples, reps, seed, shard.k(), shard.n(), keepSeries,
        commandLine, extras);
  }
}
