package org.rissim.experiment;

/** An experiment that cannot go on (a failed replicate, inconsistent shards ...): exit code 2. */
public final class ExperimentException extends Exception {
  private static final long serialVersionUID = 1L;

  /** With a message a researcher can act on. */
  public ExperimentException(String message) {
    super(message);
  }

  /** With a message and the underlying cause. */
  public ExperimentException(String message, Throwable cause) {
    super(message, cause);
  }
}
