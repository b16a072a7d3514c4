package org.rissim.experiment;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.rissim.io.OutputDirectory;

/**
 * Writes result files safely: a file is written under a temporary name and renamed when whole,
 * ({@link OutputDirectory#writeAtomically}), and existing results are never overwritten unless
 * the user forces it.
 */
public final class OutputFiles {
  private OutputFiles() {}

  /** Fails if any of these result files exists, unless {@code force}. */
  public static void checkFree(Path dir, boolean force, String... names) throws IOException {
    if (force) {
      return;
    }
    for (String name : names) {
      Path p = dir.resolve(name);
      if (Files.exists(p)) {
        throw new FileAlreadyExistsException(p + " exists (use --force to overwrite)");
      }
    }
  }

  /** Writes text to a file via a temporary sibling and an atomic rename. */
  public static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    OutputDirectory.writeAtomically(file, w -> w.write(text));
  }

}
