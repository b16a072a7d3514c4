package org.rissim.experiment;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.rissim.observe.TimeSeries;

/**
 * The long ("tidy") time-series table of a sweep, {@code series.csv} or {@code series.csv.gz}:
 * one row per run and month with {@code run,point,rep,seed,<parameters>,month,<columns>}.
 *
 * <p>Rows are streamed in run order to {@code series.part.csv} as runs finish, each run's rows
 * before its line of runs.csv, so a run listed there has all its rows. On resume the rows of
 * earlier invocations that belong to completed runs are kept (the rest dropped), and at the end
 * the sorted segments are merged into the final file; memory holds one line per segment, and
 * the result equals an uninterrupted sweep's byte for byte.
 */
final class SeriesTable implements Closeable {
  static final String PART = "series.part.csv";
  static final String OLD = "series.old.csv";

  private final Path out;
  private final String header;
  private final boolean gzip;
  private final BufferedWriter part;

  private SeriesTable(Path out, String header, boolean gzip, BufferedWriter part) {
    this.out = out;
    this.header = header;
    this.gzip = gzip;
    this.part = part;
  }

  /** The final file's name. */
  static String fileName(boolean gzip) {
    return gzip ? "series.csv.gz" : "series.csv";
  }

  /** Deletes every file of an earlier table in {@code out} (a fresh or forced sweep). */
  static void delete(Path out) throws IOException {
    for (String f : List.of(PART, OLD, fileName(false), fileName(true))) {
      Files.deleteIfExists(out.resolve(f));
    }
  }

  /**
   * Opens the table for this invocation: keeps the earlier rows of the runs in {@code done} (a
   * resumed sweep) and starts a new part file.
   */
  static SeriesTable open(Path out, SweepSpec spec, BitSet done) throws IOException {
    List<String> h = new ArrayList<>(List.of("run", "point", "rep", "seed"));
    h.addAll(spec.columns());
    h.add("month");
    h.addAll(spec.extras().series());
    String header = Sweep.line(h);
    boolean gzip = spec.extras().gzip();
    if (Files.exists(out.resolve(PART))) {
      RunsFile.truncatePartialLine(out.resolve(PART));
    }
    List<Path> earlier = new ArrayList<>();
    for (String f : List.of(fileName(gzip), OLD, PART)) {
      if (Files.exists(out.resolve(f))) {
        earlier.add(out.resolve(f));
      }
    }
    if (!earlier.isEmpty()) {
      Path tmp = out.resolve(OLD + ".tmp");
      try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        merge(earlier, w, done);
      }
      Files.move(tmp, out.resolve(OLD), StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
      Files.deleteIfExists(out.resolve(fileName(gzip)));
      Files.deleteIfExists(out.resolve(PART));
    }
    return new SeriesTable(out, header, gzip,
        Files.newBufferedWriter(out.resolve(PART), StandardCharsets.UTF_8));
  }

  /** The rows of one run as text, one line per month ({@code columns} checked to exist). */
  static String rows(SweepSpec spec, int run, int point, int rep, long seed, TimeSeries s) {
    for (String c : spec.extras().series()) {
      if (!c.equals("classification") && !s.has(c)) {
        throw new IllegalArgumentException("--series: no column `" + c + "` in timeseries.csv");
      }
    }
    Map<String, String> values = spec.points().get(point);
    List<String> prefix = new ArrayList<>(List.of(Integer.toString(run), Integer.toString(point),
        Integer.toString(rep), Long.toString(seed)));
    spec.columns().forEach(c -> prefix.add(values.getOrDefault(c, "")));
    StringBuilder b = new StringBuilder();
    for (int row = 0; row < s.size(); row++) {
      List<String> cells = new ArrayList<>(prefix);
      cells.add(s.month(row).toString());
      for (String c : spec.extras().series()) {
        cells.add(c.equals("classification") ? s.classification(row).label()
            : Cells.format(s.value(row, c)));
      }
      b.append(Sweep.line(cells)).append('\n');
    }
    return b.toString();
  }

  /** Appends one run's rows and flushes them. */
  void append(String rows) throws IOException {
    part.write(rows);
    part.flush();
  }

  /** Merges the earlier rows and this invocation's into the final file, in run order. */
  void finish() throws IOException {
    part.close();
    List<Path> segments = new ArrayList<>();
    if (Files.exists(out.resolve(OLD))) {
      segments.add(out.resolve(OLD));
    }
    segments.add(out.resolve(PART));
    Path target = out.resolve(fileName(gzip));
    Path tmp = out.resolve(fileName(gzip) + ".tmp");
    try (Writer w = gzip
        ? new BufferedWriter(new OutputStreamWriter(
            new GZIPOutputStream(Files.newOutputStream(tmp)), StandardCharsets.UTF_8))
        : Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      w.write(header);
      w.write('\n');
      merge(segments, w, null);
    }
    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING,
        StandardCopyOption.ATOMIC_MOVE);
    Files.deleteIfExists(out.resolve(OLD));
    Files.deleteIfExists(out.resolve(PART));
  }

  @Override
  public void close() throws IOException {
    part.close();
  }

  /**
   * A k-way merge of segments each sorted by run (the first column), writing the lines of the
   * runs in {@code keep} (every run when null); a header line and a last line without its line
   * break (a write cut short) are skipped.
   */
  private static void merge(List<Path> segments, Writer w, BitSet keep) throws IOException {
    List<BufferedReader> readers = new ArrayList<>();
    try {
      List<String> heads = new ArrayList<>();
      for (Path p : segments) {
        BufferedReader r = reader(p);
        readers.add(r);
        heads.add(next(r));
      }
      while (true) {
        int best = -1;
        long bestRun = Long.MAX_VALUE;
        for (int i = 0; i < heads.size(); i++) {
          String line = heads.get(i);
          if (line != null && runOf(line) < bestRun) {
            best = i;
            bestRun = runOf(line);
          }
        }
        if (best < 0) {
          return;
        }
        if (keep == null || keep.get((int) bestRun)) {
          w.write(heads.get(best));
          w.write('\n');
        }
        heads.set(best, next(readers.get(best)));
      }
    } finally {
      for (BufferedReader r : readers) {
        r.close();
      }
    }
  }

  private static BufferedReader reader(Path p) throws IOException {
    if (p.getFileName().toString().endsWith(".gz")) {
      return new BufferedReader(new InputStreamReader(
          new GZIPInputStream(Files.newInputStream(p)), StandardCharsets.UTF_8));
    }
    return Files.newBufferedReader(p, StandardCharsets.UTF_8);
  }

  /** The next data line (a header, whose first cell is not a number, is skipped), or null. */
  private static String next(BufferedReader r) throws IOException {
    String line = r.readLine();
    while (line != null && (line.isEmpty() || !Character.isDigit(line.charAt(0)))) {
      line = r.readLine();
    }
    return line;
  }

  private static long runOf(String line) {
    int comma = line.indexOf(',');
    return Long.parseLong(comma < 0 ? line : line.substring(0, comma));
  }
}
