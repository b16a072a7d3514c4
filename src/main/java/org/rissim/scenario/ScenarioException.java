package org.rissim.scenario;

import java.util.List;
import java.util.stream.Collectors;

/** All the problems found in a scenario; commands print them and exit with code 2. */
public final class ScenarioException extends Exception {
  private static final long serialVersionUID = 1L;
  private final transient List<ScenarioError> errors;

  /** An exception carrying at least one error. */
  public ScenarioException(List<ScenarioError> errors) {
    super(errors.stream().map(ScenarioError::toString).collect(Collectors.joining("\n")));
    if (errors.isEmpty()) {
      throw new IllegalArgumentException("a ScenarioException needs at least one error");
    }
    this.errors = List.copyOf(errors);
  }

  /** The errors, in file order. */
  public List<ScenarioError> errors() {
    return errors;
  }
}
