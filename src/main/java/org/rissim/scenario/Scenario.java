package org.rissim.scenario;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * One validated, immutable scenario: the region, its primary institution, states, secondary
 * institutions, crises, model parameters and validation patterns. Produced only by the scenario
 * loader; read by the model.
 *
 * @param name        scenario name (used for default output folders)
 * @param description free text: the question the scenario asks
 * @param start       first simulated month (tick 0)
 * @param end         last simulated month, inclusive
 * @param hegemon     id of the state that {@code hegemon.} paths refer to (may be empty)
 * @param institution the primary institution whose reproducing practices are tracked
 * @param parameters  model-wide parameters of the mechanisms
 * @param states      state agents, in file order
 * @param bodies      secondary institutions existing at the start or founded by script
 * @param founding    template and thresholds of competitive secondary institutionalisation
 * @param recognition the recognition ladder at the global body
 * @param crises      crisis types (random) and scripted crises
 * @param patterns    pattern-oriented validation tests (may be empty)
 * @param outcomes    user-defined outcome measures (may be empty; docs/OUTPUTS.md)
 */
public record Scenario(
    String name,
    String description,
    YearMonth start,
    YearMonth end,
    Optional<String> hegemon,
    InstitutionSpec institution,
    ModelParameters parameters,
    List<StateSpec> states,
    List<BodySpec> bodies,
    FoundingSpec founding,
    RecognitionSpec recognition,
    CrisisSpec crises,
    List<PatternSpec> patterns,
    List<OutcomeSpec> outcomes) {

  public Scenario {
    states = List.copyOf(states);
    bodies = List.copyOf(bodies);
    patterns = List.copyOf(patterns);
    outcomes = List.copyOf(outcomes);
  }

  /** A scenario that declares no outcome measures of its own. */
  public Scenario(String name, String description, YearMonth start, YearMonth end,
      Optional<String> hegemon, InstitutionSpec institution, ModelParameters parameters,
      List<StateSpec> states, List<BodySpec> bodies, FoundingSpec founding,
      RecognitionSpec recognition, CrisisSpec crises, List<PatternSpec> patterns) {
    this(name, description, start, end, hegemon, institution, parameters, states, bodies,
        founding, recognition, crises, patterns, List.of());
  }

  /** Number of months simulated, start and end inclusive. */
  public int months() {
    return (int) (start.until(end, java.time.temporal.ChronoUnit.MONTHS) + 1);
  }

  /** The state with this id, if any. */
  public Optional<StateSpec> state(String id) {
    return states.stream().filter(s -> s.id().equals(id)).findFirst();
  }
}
