package org.rissim.experiment;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * A CSV file streamed one complete line per run ({@code runs.csv}, {@code failures.csv}), whose
 * first column is the run id. Lines never contain a line break, so a line without its final
 * {@code \n} is the trace of a write that was cut short, and is dropped on resume.
 */
final class RunsFile implements Closeable {
  private final Path path;
  private final BufferedWriter out;

  private RunsFile(Path path, BufferedWriter out) {
    this.path = path;
    this.out = out;
  }

  /**
   * Opens the file for appending: creates it with {@code header} when it is new, empty or has no
   * complete header; otherwise cuts a partial last line and keeps the complete ones.
   */
  static RunsFile open(Path path, String header) throws IOException {
    if (!Files.exists(path) || firstLine(path) == null) {
      OutputFiles.write(path, header + "\n");
    } else {
      String existing = firstLine(path);
      if (!existing.equals(header)) {
        throw new IOException(path + " has columns " + existing + ", expected " + header);
      }
      truncatePartialLine(path);
    }
    return new RunsFile(path, Files.newBufferedWriter(path, StandardCharsets.UTF_8,
        StandardOpenOption.APPEND));
  }

  /** Appends one complete line and flushes it, so that a finished run is on disk. */
  void append(String line) throws IOException {
    try {
      out.write(line);
      out.write('\n');
      out.flush();
    } catch (java.nio.file.FileSystemException e) {
      throw e;
    } catch (IOException e) {
      // "No space left on device" alone does not say which file: name it.
      java.nio.file.FileSystemException located = new java.nio.file.FileSystemException(
          path.toString(), null, e.getMessage());
      located.initCause(e);
      throw located;
    }
  }

  @Override
  public void close() throws IOException {
    out.close();
  }

  /** The file this writes. */
  Path path() {
    return path;
  }

  /** The first complete line, or null when there is none. */
  static String firstLine(Path path) throws IOException {
    try (BufferedReader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      char[] buf = new char[64 * 1024];
      StringBuilder b = new StringBuilder();
      int n;
      while ((n = r.read(buf)) > 0) {
        b.append(buf, 0, n);
        int nl = b.indexOf("\n");
        if (nl >= 0) {
          return b.substring(0, nl);
        }
      }
    }
    return null;
  }

  /** Cuts everything after the last line break (a line a kill cut short while it was written). */
  static void truncatePartialLine(Path path) throws IOException {
    org.rissim.io.OutputDirectory.truncatePartialLine(path);
  }

  /** Number of complete data lines. */
  static long count(Path path) throws IOException {
    if (!Files.exists(path)) {
      return 0;
    }
    try (BufferedReader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      return Math.max(0, r.lines().count() - 1);
    }
  }

  /** The run id at the start of a data line. */
  static int runId(String line) {
    int comma = line.indexOf(',');
    return Integer.parseInt(comma < 0 ? line : line.substring(0, comma));
  }

  /**
   * Puts the data lines in run order if they are not (runs retried on resume are appended after
   * later ones). Holds only each line's id and offset in memory, not the lines.
   */
  static void sortByRun(Path path) throws IOException {
    List<long[]> lines = new ArrayList<>();
    boolean sorted = true;
    long headerEnd;
    // One buffered pass over the bytes (RandomAccessFile.readLine reads a byte per system call:
    // minutes for a million-run file). Lines end at \n, \r or \r\n, as readLine ends them.
    try (java.io.InputStream in = new java.io.BufferedInputStream(Files.newInputStream(path),
        1 << 16)) {
      long pos = 0;
      int c = in.read();
      // the header line
      while (c >= 0 && c != '\n' && c != '\r') {
        pos++;
        c = in.read();
      }
      if (c == '\r') {
        pos++;
        c = in.read();
        if (c == '\n') {
          pos++;
          c = in.read();
        }
      } else if (c == '\n') {
        pos++;
        c = in.read();
      }
      headerEnd = pos;
      int previous = -1;
      while (c >= 0) {
        long start = pos;
        long id = 0;
        boolean digits = true;
        int read = 0;
        while (c >= 0 && c != '\n' && c != '\r') {
          if (digits) {
            if (c >= '0' && c <= '9' && read < 10) {
              id = id * 10 + (c - '0');
              read++;
            } else if (c == ',' && read > 0) {
              digits = false;
            } else {
              throw new NumberFormatException("not a run id at the start of the line at byte "
                  + start + " of " + path);
            }
          }
          pos++;
          c = in.read();
        }
        if (digits && read == 0) {
          throw new NumberFormatException("an empty line at byte " + start + " of " + path);
        }
        if (c == '\r') {
          pos++;
          c = in.read();
          if (c == '\n') {
            pos++;
            c = in.read();
          }
        } else if (c == '\n') {
          pos++;
          c = in.read();
        }
        sorted &= id > previous;
        previous = (int) id;
        lines.add(new long[] {id, start, pos - start});
      }
    }
    if (sorted) {
      return;
    }
    lines.sort((a, b) -> Long.compare(a[0], b[0]));
    Path tmp = path.resolveSibling("." + path.getFileName() + ".sorting");
    try (RandomAccessFile in = new RandomAccessFile(path.toFile(), "r");
        var out = Files.newOutputStream(tmp)) {
      byte[] header = new byte[(int) headerEnd];
      in.readFully(header);
      out.write(header);
      for (long[] l : lines) {
        byte[] buf = new byte[(int) l[2]];
        in.seek(l[1]);
        in.readFully(buf);
        out.write(buf);
      }
    }
    Files.move(tmp, path, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }
}
