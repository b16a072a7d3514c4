package org.rissim.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Result files written whole: every file is written to a temporary name in its folder and
 * renamed when complete, so a result file that exists is whole.
 */
public final class OutputDirectory {
  private static final AtomicLong SERIAL = new AtomicLong();

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

  /**
   * Writes bytes to a temporary file next to {@code file}, then renames it into place. The
   * temporary file is created with the default permissions, so the result honours the umask;
   * a failed write (disk full, read-only folder) deletes it and names {@code file} and the cause.
   */
  public static void writeBytesAtomically(Path file, ByteContent content) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    // same folder: the rename never crosses file systems, so it can be atomic
    Path tmp = parent.resolve("." + file.getFileName() + "." + ProcessHandle.current().pid()
        + "-" + SERIAL.incrementAndGet() + ".tmp");
    boolean done = false;
    try {
      try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE)) {
        content.write(out);
      }
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
      done = true;
    } catch (FileSystemException e) {
      throw e;
    } catch (IOException e) {
      // A bare IOException ("No space left on device") does not say which file: add it.
      FileSystemException located = new FileSystemException(file.toString(), null,
          e.getMessage());
      located.initCause(e);
      throw located;
    } finally {
      if (!done) {
        Files.deleteIfExists(tmp);
      }
    }
  }

  /**
   * Cuts everything after the last line break of an appended file: the trace of a line a kill
   * cut short while it was written (resume then starts on a whole line).
   */
  public static void truncatePartialLine(Path path) throws IOException {
    try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(path.toFile(), "rw")) {
      long end = f.length();
      long pos = end;
      while (pos > 0) {
        f.seek(pos - 1);
        if (f.read() == '\n') {
          break;
        }
        pos--;
      }
      if (pos < end) {
        f.setLength(pos);
      }
    }
  }
}
