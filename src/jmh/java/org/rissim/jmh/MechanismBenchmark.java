package org.rissim.jmh;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.rissim.model.Act;
import org.rissim.model.RegionModel;
import org.rissim.model.SecondaryInstitution;
import org.rissim.model.StateAgent;
import org.rissim.model.mechanism.BeliefUpdate;
import org.rissim.model.mechanism.BodyLife;
import org.rissim.model.mechanism.Legitimacy;
import org.rissim.model.mechanism.Opportunities;
import org.rissim.scenario.ActScoring;
import org.rissim.scenario.Scenario;
import org.rissim.scenario.ScenarioLoader;

/**
 * Microbenchmarks of the hot mechanisms (belief update, legitimacy, body life, opportunity
 * handling, the institution's scoring of an act) on a scenario stepped to a given month. Every measurement iteration starts from a
 * fresh model at that month; the calls of an iteration repeat the month's work on a state that
 * drifts as they mutate it, which is what the model does month after month.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class MechanismBenchmark {
  /** Scenario file, relative to the folder the benchmark runs in. */
  @Param({"scenarios/psris-baseline.yaml"})
  public String scenario;

  /** Overrides as {@code path=value} separated by ';' (e.g. synthetic.states=1000), or empty. */
  @Param({""})
  public String set;

  /** Months stepped before measuring. */
  @Param({"120"})
  public int months;

  /** Acts heard in each belief update (built from the states' own beliefs). */
  @Param({"20"})
  public int acts;

  private Scenario loaded;
  private RegionModel model;
  private final List<Act> month = new ArrayList<>();

  /** Loads the scenario once per trial. */
  @Setup(Level.Trial)
  public void load() throws Exception {
    List<String> overrides = set.isEmpty() ? List.of() : List.of(set.split(";"));
    loaded = ScenarioLoader.load(Path.of(scenario), overrides).scenario();
  }

  /** A fresh model stepped to {@link #months}, and a month of acts, for every iteration. */
  @Setup(Level.Iteration)
  public void step() {
    model = new RegionModel(loaded, 1);
    model.start();
    for (int i = 0; i < months; i++) {
      model.schedule.step(model);
    }
    month.clear();
    List<StateAgent> states = model.states();
    List<SecondaryInstitution> bodies = model.bodies();
    for (int k = 0; k < acts; k++) {
      StateAgent actor = states.get(model.random.nextInt(states.size()));
      SecondaryInstitution body = k % 2 == 0 || bodies.isEmpty() ? null
          : bodies.get(model.random.nextInt(bodies.size()));
      month.add(new Act(actor, body, actor.belief().clone(), 1, body == null ? 0 : 1,
          null, false, null));
    }
  }

  /** One belief update of every state from the month's acts. */
  @Benchmark
  public void beliefUpdate() {
    model.actsThisMonth().clear();
    model.actsThisMonth().addAll(month);
    BeliefUpdate.step(model);
  }

  /** The legitimacy every state grants every act of the month. */
  @Benchmark
  public void legitimacy(Blackhole sink) {
    for (StateAgent observer : model.states()) {
      for (Act a : month) {
        sink.consume(Legitimacy.granted(model, observer, a));
      }
    }
  }

  /** One month of body life: positions, cohesion, socialisation, exits. */
  @Benchmark
  public void bodyLife() {
    BodyLife.step(model);
  }

  /** One month of opportunity handling: responses to open crises, then each state's take. */
  @Benchmark
  public void opportunities() {
    Opportunities.respond(model);
    for (StateAgent s : model.states()) {
      Opportunities.take(model, s);
    }
  }

  /**
   * The institution's scoring of one act (its features, practice scores and roles, each a JEXL
   * expression of the scenario): what every predicted and every launched act costs. A deviating
   * act by the first state alone against the first host it can take, with no execution error.
   */
  @Benchmark
  public ActScoring.Scored actScoring() {
    StateAgent actor = model.states().get(0);
    StateAgent host = model.states().get(model.states().size() - 1);
    String type = new java.util.TreeSet<>(model.scenario().crises().types().keySet()).first();
    ActScoring.Situation situation = new ActScoring.Situation(false, true, type, true, 0.5, false,
        1, 0, actor.id(), host.id(), "", false, false);
    return ActScoring.score(model.institution().spec(), situation, actor.intentions(),
        model.institution().global(), new double[actor.intentions().length]);
  }
}
