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
    try (Bytes in = new Bytes(path)) {
      in.skipLine(); // the header
      headerEnd = in.pos;
      int previous = -1;
      while (in.c >= 0) {
        long start = in.pos;
        long id = 0;
        int read = 0;
        while (in.c >= '0' && in.c <= '9' && read < 10) {
          id = id * 10 + (in.c - '0');
          read++;
          in.next();
        }
        if (read == 0 || !(in.c == ',' || in.c < 0 || in.c == '\n' || in.c == '\r')) {
          throw new NumberFormatException("not a run id at the start of the line at byte "
              + start + " of " + path);
        }
        in.skipLine();
        sorted &= id > previous;
        previous = (int) id;
        lines.add(new long[] {id, start, in.pos - start});
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

  /** A file's bytes read through a buffer, with the position of the current byte. */
  private static final class Bytes implements java.io.Closeable {
    private final java.io.InputStream in;
    /** Offset of {@link #c} in the file. */
    long pos;
    /** The current byte, or -1 at the end. */
    int c;

    Bytes(Path path) throws IOException {
      in = new java.io.BufferedInputStream(Files.newInputStream(path), 1 << 16);
      c = in.read();
    }

    void next() throws IOException {
      pos++;
      c = in.read();
    }

    /** Moves past the rest of the line and its ending (\n, \r or \r\n, as readLine has it). */
    void skipLine() throws IOException {
      while (c >= 0 && c != '\n' && c != '\r') {
        next();
      }
      if (c == '\r') {
        next();
        if (c == '\n') {
          next();
        }
      } else if (c == '\n') {
        next();
      }
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
