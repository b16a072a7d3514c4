package org.rissim.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Result files written whole: every file is written to a temporary name in its folder and
 * renamed when complete, so a result file that exists is whole.
 */
public final class OutputDirectory {
  private OutputDirectory() {}

  /** Writes text to a {@link Writer}. */
  @FunctionalInterface
  public interface TextContent {
    /** Writes the whole content. */
    void write(Writer out) throws IOException;
  }

  /** Writes bytes to an {@link OutputStream} (charts). */
  @FunctionalInterface
  public interface ByteContent {
    /** Writes the whole content. */
    void write(OutputStream out) throws IOException;
  }

  /** Writes UTF-8 text to a temporary file next to {@code file}, then renames it into place. */
  public static void writeAtomically(Path file, TextContent content) throws IOException {
    writeBytesAtomically(file, out -> {
      Writer w = new BufferedWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8));
      content.write(w);
      w.flush();
    });
  }

  /** Writes bytes to a temporary file next to {@code file}, then renames it into place. */
  public static void writeBytesAtomically(Path file, ByteContent content) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    // same folder: the rename never crosses file systems, so it can be atomic
    Path tmp = Files.createTempFile(parent, "." + file.getFileName() + ".", ".tmp");
    boolean done = false;
    try {
      try (OutputStream out = Files.newOutputStream(tmp)) {
        content.write(out);
      }
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
      done = true;
    } finally {
      if (!done) {
        Files.deleteIfExists(tmp);
      }
    }
  }
}
