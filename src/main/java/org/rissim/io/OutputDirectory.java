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
import java.util.stream.Stream;

/**
 * A folder of results: {@link #prepare} refuses a folder that already holds results (unless
 * forced), and every file is written to a temporary name in the same folder and renamed when
 * complete, so a result file that exists is whole.
 */
public final class OutputDirectory {
  private static final AtomicLong SERIAL = new AtomicLong();
  private final Path dir;

  private OutputDirectory(Path dir) {
    this.dir = dir;
  }

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

  /**
   * Creates {@code dir} (and its parents) or accepts an empty existing folder; a folder that
   * already holds files is refused unless {@code force}, in which case files are replaced as they
   * are written and nothing else is deleted.
   *
   * @throws ResultsExistException when the folder holds results and {@code force} is false
   * @throws IOException when the folder cannot be created or read
   */
  public static OutputDirectory prepare(Path dir, boolean force)
      throws ResultsExistException, IOException {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new ResultsExistException(dir + " exists and is not a folder");
    }
    if (Files.isDirectory(dir) && !force) {
      try (Stream<Path> entries = Files.list(dir)) {
        if (entries.findAny().isPresent()) {
          throw new ResultsExistException(dir + " already holds results; choose another --out "
              + "folder or pass --force to overwrite them");
        }
      }
    }
    Files.createDirectories(dir);
    return new OutputDirectory(dir);
  }

  /** The folder. */
  public Path path() {
    return dir;
  }

  /** Writes the text file {@code name} in this folder atomically; returns its path. */
  public Path write(String name, TextContent content) throws IOException {
    Path file = dir.resolve(name);
    writeAtomically(file, content);
    return file;
  }

  /** Writes the binary file {@code name} in this folder atomically; returns its path. */
  public Path writeBytes(String name, ByteContent content) throws IOException {
    Path file = dir.resolve(name);
    writeBytesAtomically(file, content);
    return file;
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
}
