package org.rissim.scenario;

/**
 * One problem found in a scenario file, located so that a researcher can fix it.
 *
 * @param file    the file as given (or {@code --set} for a command-line override)
 * @param line    1-based line, 0 when unknown
 * @param column  1-based column, 0 when unknown
 * @param path    key path, e.g. {@code states[3].strategyMix.recognition}
 * @param message what was expected and what was found (and a suggestion, when there is one)
 */
public record ScenarioError(String file, int line, int column, String path, String message) {
  /** {@code file:line:column: path: message}, the format every command prints. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(file);
    if (line > 0) {
      b.append(':').append(line);
      if (column > 0) {
        b.append(':').append(column);
      }
    }
    b.append(": ");
    if (path != null && !path.isEmpty()) {
      b.append(path).append(": ");
    }
    return b.append(message).toString();
  }
}
