package org.rissim.scenario;

import java.time.YearMonth;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * @param groups      named groups of states whose mean belief is recorded (may be empty), in
 *                    file order
 * @param removes     for a null model, the mechanisms it removes ({@link Mechanisms#NAMES});
 *                    empty otherwise
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
    Map<String, List<String>> groups, List<String> removes, List<OutcomeSpec> outcomes) {

  /** A scenario that declares no outcome measures of its own. */
  public Scenario(String name, String description, YearMonth start, YearMonth end,
      Optional<String> hegemon, InstitutionSpec institution, ModelParameters parameters,
      List<StateSpec> states, List<BodySpec> bodies, FoundingSpec founding,
      RecognitionSpec recognition, CrisisSpec crises, List<PatternSpec> patterns,
      Map<String, List<String>> groups, List<String> removes) {
    this(name, description, start, end, hegemon, institution, parameters, states, bodies,
        founding, recognition, crises, patterns, groups, removes, List.of());
  }

  /** A scenario that declares no groups of states and no outcome measures. */
  public Scenario(String name, String description, YearMonth start, YearMonth end,
      Optional<String> hegemon, InstitutionSpec institution, ModelParameters parameters,
      List<StateSpec> states, List<BodySpec> bodies, FoundingSpec founding,
      RecognitionSpec recognition, CrisisSpec crises, List<PatternSpec> patterns,
      List<String> removes) {
    this(name, description, start, end, hegemon, institution, parameters, states, bodies,
        founding, recognition, crises, patterns, Map.of(), removes, List.of());
  }

  /** A scenario that removes no mechanism (not a null model) and declares no outcomes. */
  public Scenario(String name, String description, YearMonth start, YearMonth end,
      Optional<String> hegemon, InstitutionSpec institution, ModelParameters parameters,
      List<StateSpec> states, List<BodySpec> bodies, FoundingSpec founding,
      RecognitionSpec recognition, CrisisSpec crises, List<PatternSpec> patterns,
      Map<String, List<String>> groups) {
    this(name, description, start, end, hegemon, institution, parameters, states, bodies,
        founding, recognition, crises, patterns, groups, List.of(), List.of());
  }

  /** A scenario that declares no groups, removes no mechanism and declares no outcomes. */
  public Scenario(String name, String description, YearMonth start, YearMonth end,
      Optional<String> hegemon, InstitutionSpec institution, ModelParameters parameters,
      List<StateSpec> states, List<BodySpec> bodies, FoundingSpec founding,
      RecognitionSpec recognition, CrisisSpec crises, List<PatternSpec> patterns) {
    this(name, description, start, end, hegemon, institution, parameters, states, bodies,
        founding, recognition, crises, patterns, Map.of(), List.of(), List.of());
  }

  public Scenario {
    states = List.copyOf(states);
    bodies = List.copyOf(bodies);
    patterns = List.copyOf(patterns);
    // an ordered copy: groups keep the file's order in the outputs
    Map<String, List<String>> copy = new LinkedHashMap<>();
    groups.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    groups = Collections.unmodifiableMap(copy);
    removes = List.copyOf(removes);
    outcomes = List.copyOf(outcomes);
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
