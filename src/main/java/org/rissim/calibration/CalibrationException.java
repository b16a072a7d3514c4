package org.rissim.calibration;

/** A calibration cannot start or go on: bad input, or a folder that holds another calibration. */
public final class CalibrationException extends Exception {
  private static final long serialVersionUID = 1L;

  /** With a message a researcher can act on. */
  public CalibrationException(String message) {
    super(message);
  }
}
