package org.rissim.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * One line for any failure: the path and the cause of an I/O fault (read-only, full, not a
 * folder, permission ...), or what went wrong otherwise, never a stack trace.
 */
public final class Faults {
  private Faults() {}

  /** A one-line description of {@code t} that names the path when there is one. */
  public static String describe(Throwable t) {
    if (t instanceof UncheckedIOException u && u.getCause() != null) {
      return describe(u.getCause());
    }
    if (t instanceof OutOfMemoryError) {
      return "out of memory (" + t.getMessage() + "); give Java more memory, e.g. "
          + "RISSIM_JAVA_OPTS=-Xmx4g, or make the experiment smaller";
    }
    String type = t.getClass().getName();
    if (type.equals("java.awt.AWTError") || type.equals("java.awt.HeadlessException")) {
      return "no display to open a window on (" + oneLine(String.valueOf(t.getMessage()))
          + "); run it on a desktop, or under Xvfb";
    }
    if (t instanceof StackOverflowError) {
      return "stack overflow: something is nested too deeply";
    }
    if (t instanceof FileSystemException f) {
      return fileSystem(f);
    }
    if (t instanceof IOException) {
      return oneLine(t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage());
    }
    if (t instanceof IllegalArgumentException && t.getMessage() != null) {
      return oneLine(t.getMessage());
    }
    if (t.getCause() != null && t.getCause() != t && t.getMessage() == null) {
      return describe(t.getCause());
    }
    return oneLine(t.getClass().getSimpleName() + (t.getMessage() == null ? ""
        : ": " + t.getMessage()));
  }

  private static String fileSystem(FileSystemException f) {
    String file = f.getFile() == null ? "" : f.getFile();
    String reason = f.getReason();
    if (reason == null && f.getOtherFile() == null && file.contains(" ")) {
      return oneLine(file); // already a sentence (a message of ours)
    }
    String cause;
    if (reason != null) {
      cause = reason;
    } else if (f instanceof AccessDeniedException) {
      cause = "permission denied (read-only, or not yours)";
    } else if (f instanceof NoSuchFileException) {
      cause = "no such file or folder";
    } else if (f instanceof NotDirectoryException) {
      cause = "not a folder";
    } else if (f instanceof FileAlreadyExistsException) {
      cause = "already exists";
    } else if (f instanceof DirectoryNotEmptyException) {
      cause = "folder not empty";
    } else if (f instanceof FileSystemLoopException) {
      cause = "symbolic link loop";
    } else {
      cause = f.getClass().getSimpleName();
    }
    String other = f.getOtherFile() == null ? "" : " -> " + f.getOtherFile();
    return oneLine(file + other + ": " + cause);
  }

  private static String oneLine(String s) {
    return s.replaceAll("[\\r\\n]+", " ").trim();
  }
}
