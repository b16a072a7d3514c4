package org.rissim.experiment;

import ec.util.MersenneTwisterFast;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.rissim.analysis.DeclaredOutcomes;
import org.rissim.model.Classification;
import org.rissim.observe.Event;
import org.rissim.observe.TimeSeries;
import org.rissim.scenario.BodySpec;
import org.rissim.scenario.FoundingSpec;
import org.rissim.scenario.InstitutionSpec;
import org.rissim.scenario.LoadedScenario;
import org.rissim.scenario.PracticeSpec;
import org.rissim.scenario.Scenario;
import org.rissim.scenario.ScenarioTemplate;

/** Tiny hand-built scenarios and a fast fake model for experiment tests. */
public final class Fixtures {
  /** The outcome measures the commands use. */
  static final Measurement MEASURE = DeclaredOutcomes.MEASUREMENT;

  private Fixtures() {}

  /** A 12-month scenario with practices consent and force, body cis (regional), founding csto. */
  public static Scenario scenario(String name, String description) {
    InstitutionSpec institution = InstitutionSpec.generic("peacekeeping", "interposition", 0.9,
        List.of(new PracticeSpec("consent", "Consent", 1.0, Optional.empty()),
            new PracticeSpec("force", "Limited force", 1.0, Optional.empty())));
    BodySpec cis = new BodySpec("cis", "CIS", BodySpec.Level.REGIONAL, YearMonth.of(1991, 12),
        List.of(), Optional.empty(), Map.of(), BodySpec.DecisionRule.CONSENSUS, 0.5, true, false,
        0.5, 0.5, List.of());
    FoundingSpec founding = new FoundingSpec(List.of("csto"), 1, 0.1, 0.1, 1, 2, 0.5,
        null, 0.1, Map.of(), BodySpec.DecisionRule.HEGEMONIC, 0.5, 0.1,
        new FoundingSpec.LegitimacyWeights(0.3, 0.4), Map.of());
    return new Scenario(name, description, YearMonth.of(1992, 1), YearMonth.of(1992, 12),
        Optional.empty(), institution, null, List.of(), List.of(cis), founding, null, null,
        List.of());
  }

  /** The scenario loaded, with a fake effective YAML and hash derived from its description. */
  public static LoadedScenario loaded(String name, String description) {
    String yaml = "name: " + name + "\ndescription: " + description + "\n";
    return new LoadedScenario(scenario(name, description), yaml,
        Integer.toHexString(yaml.hashCode()));
  }

  /** A template whose variants carry their overrides (sorted) in the description. */
  public static ScenarioTemplate template(String name) {
    return overrides -> loaded(name, new TreeMap<>(overrides).toString());
  }

  /** Series columns the fake model writes. */
  public static final List<String> COLUMNS = List.of("drift.consent", "drift.force",
      "principle.acceptance", "classification.code", "body.cis.cohesion",
      "body.cis.recognition", "body.csto.cohesion", "body.csto.recognition");

  /**
   * A fast deterministic fake model: random walks from the seed and the scenario's description,
   * a founding of csto in some runs.
   */
  public static RunResult fakeRun(Scenario scenario, long seed) {
    MersenneTwisterFast rng = new MersenneTwisterFast(seed ^ scenario.description().hashCode());
    TimeSeries s = new TimeSeries(COLUMNS);
    List<Event> events = new ArrayList<>();
    int founded = rng.nextInt(24);
    double consent = 0;
    double force = 0;
    for (int t = 0; t < scenario.months(); t++) {
      consent += rng.nextDouble() * 0.1 - 0.03;
      force += rng.nextGaussian() * 0.05;
      int code = consent > 0.3 ? 1 : 0;
      boolean csto = t >= founded;
      if (t == founded) {
        events.add(new Event(t, scenario.start().plusMonths(t), "founding",
            Map.of("body", "csto", "founder", "rus")));
      }
      s.add(scenario.start().plusMonths(t), code == 1 ? Classification.CHANGE_IN : Classification.STABLE, new double[] {
          consent, force, 0.9 - consent / 4, code, rng.nextDouble(), Math.min(t / 4, 3),
          csto ? rng.nextDouble() : Double.NaN, csto ? 1 : Double.NaN});
    }
    return new RunResult(scenario, seed, s, events, 0);
  }
}
