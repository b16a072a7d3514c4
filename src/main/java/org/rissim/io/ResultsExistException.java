package org.rissim.io;

/** An output folder that already holds results (or is not a folder); commands exit with 2. */
public final class ResultsExistException extends Exception {
  private static final long serialVersionUID = 1L;

  /** An exception with a one-line message a researcher can act on. */
  public ResultsExistException(String message) {
    super(message);
  }
}
