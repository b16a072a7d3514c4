package org.rissim.cli;

import java.io.PrintWriter;
import org.rissim.io.OutputFolder;

/** What the commands say about the folder locks they take. */
final class Locks {
  private Locks() {}

  /** Notes on stderr that a lock left by a process that died was taken over. */
  static void noteTakeover(OutputFolder folder, PrintWriter err) {
    folder.lock().staleHolder().ifPresent(h -> err.println("note: " + folder.target()
        + " was locked by " + h + ", which is no longer running; lock taken over"));
  }
}
