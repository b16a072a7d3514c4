package org.rissim.experiment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes result files safely: a file is written under a temporary name and renamed when whole,
 * and existing results are never overwritten unless the user forces it. Stand-in until
 * {@code org.rissim.io.OutputDirectory} is on main, with the same behaviour.
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
  static void write(Path file, String text) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = dir.resolve("." + file.getFileName() + ".tmp");
    Files.writeString(tmp, text, StandardCharsets.UTF_8);
    try {
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
