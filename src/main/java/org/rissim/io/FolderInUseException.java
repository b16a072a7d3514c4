package org.rissim.io;

import java.io.IOException;

/** Another process (or command) writes into the folder: "DIR is in use by process N since T". */
public final class FolderInUseException extends IOException {
  private static final long serialVersionUID = 1L;

  /** An exception with a one-line message naming the folder and its holder. */
  public FolderInUseException(String message) {
    super(message);
  }
}
