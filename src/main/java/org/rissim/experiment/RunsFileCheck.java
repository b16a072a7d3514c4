package org.rissim.experiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;
import java.util.stream.StreamSupport;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a runs.csv or failures.csv completely and checks it: a header, then lines with as many
 * fields as the header, each starting with a whole run id in [0, runs) that appears once (and,
 * for a shard, belongs to it). A last line without its line break (a write cut short) is
 * reported, not read. Any other defect is an {@link ExperimentException} naming file and line.
 */
public final class RunsFileCheck {
  private RunsFileCheck() {}

  /**
   * What a checked file holds.
   *
   * @param header      the header line
   * @param ids         the run ids of the complete lines
   * @param lines       complete data lines
   * @param partialLast whether the file ends in a line without its line break
   */
  public record Checked(String header, BitSet ids, long lines, boolean partialLast) {}

  /**
   * Checks {@code file}; {@code runs} is the sweep's run count, {@code shard}/{@code shards} the
   * slice the file must belong to (1/1 for a whole sweep).
   *
   * @throws ExperimentException naming file and line of the first defect
   */
  public static Checked check(Path file, long runs, int shard, int shards)
      throws IOException, ExperimentException {
    if (!Files.exists(file)) {
      return new Checked(null, new BitSet(), 0, false);
    }
    boolean partial;
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
      long length = f.length();
      if (length == 0) {
        return new Checked(null, new BitSet(), 0, false);
      }
      f.seek(length - 1);
      partial = f.read() != '\n';
    }
    // Streamed line by line: memory does not grow with the sweep.
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String header = r.readLine();
      String next = r.readLine();
      if (next == null && partial) {
        return new Checked(null, new BitSet(), 0, true);
      }
      int fields = parse(header, file, 1).size();
      BitSet ids = new BitSet();
      long count = 0;
      int lineNo = 1;
      for (String line = next; line != null; line = next) {
        next = r.readLine();
        lineNo++;
        if (next == null && partial) {
          break; // the last line has no line break: a write cut short, not read
        }
        List<String> cells = parse(line, file, lineNo);
        if (cells.size() != fields) {
          throw new ExperimentException(file + ":" + lineNo + ": expected " + fields
              + " fields (as the header), found " + cells.size());
        }
        long id;
        try {
          id = Long.parseLong(cells.get(0));
        } catch (NumberFormatException e) {
          throw new ExperimentException(file + ":" + lineNo + ": expected a run id (a whole "
              + "number), found '" + cells.get(0) + "'");
        }
        if (id < 0 || id >= runs) {
          throw new ExperimentException(file + ":" + lineNo + ": run " + id
              + " is outside the sweep's runs 0.." + (runs - 1));
        }
        if (shards > 1 && id % shards != shard - 1) {
          throw new ExperimentException(file + ":" + lineNo + ": run " + id
              + " does not belong to shard " + shard + "/" + shards);
        }
        if (ids.get((int) id)) {
          throw new ExperimentException(file + ":" + lineNo + ": run " + id
              + " appears more than once");
        }
        ids.set((int) id);
        count++;
      }
      return new Checked(header, ids, count, partial);
    }
  }

  private static List<String> parse(String line, Path file, int lineNo)
      throws ExperimentException {
    try (CSVParser p = CSVParser.parse(line, RunFolder.CSV)) {
      List<CSVRecord> records = p.getRecords();
      if (records.size() != 1) {
        throw new ExperimentException(file + ":" + lineNo + ": expected one CSV record, found "
            + records.size());
      }
      return StreamSupport.stream(records.get(0).spliterator(), false).toList();
    } catch (IOException | RuntimeException e) {
      throw new ExperimentException(file + ":" + lineNo + ": not a valid CSV line ("
          + e.getMessage() + ")");
    }
  }

}
