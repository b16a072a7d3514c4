package org.rissim.calibration;

/**
 * A calibrated parameter: a scenario path (as for {@code --set}) and its prior.
 *
 * @param path  scenario path, e.g. {@code parameters.belief.eta}
 * @param prior its prior
 */
public record Parameter(String path, Prior prior) {
  /** Parses {@code PATH=PRIOR}, e.g. {@code parameters.belief.eta=uniform(0,0.5)}. */
  public static Parameter parse(String text) throws CalibrationException {
    int eq = text.indexOf('=');
    if (eq <= 0) {
      throw new CalibrationException("--param `" + text + "`: expected PATH=PRIOR, e.g. "
          + "parameters.belief.eta=uniform(0,0.5)");
    }
    try {
      return new Parameter(text.substring(0, eq).trim(), Prior.parse(text.substring(eq + 1)));
    } catch (CalibrationException e) {
      throw new CalibrationException("--param " + text.substring(0, eq).trim() + ": "
          + e.getMessage());
    }
  }
}
