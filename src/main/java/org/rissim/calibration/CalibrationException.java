package org.rissim.calibration;

/** A calibration cannot start or go on: bad input, or a folder that holds another calibration. */
public final class CalibrationException extends Exception {
  /** With a message a researcher can act on. */
  public CalibrationException(String message) {
    super(message);
  }
}
