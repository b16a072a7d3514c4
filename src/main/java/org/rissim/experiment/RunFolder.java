package org.rissim.experiment;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.rissim.observe.Event;
import org.rissim.observe.StateTable;
import org.rissim.observe.TimeSeries;
import org.rissim.scenario.LoadedScenario;

/**
 * Writes one run's folder in the formats of docs/OUTPUTS.md (timeseries.csv, events.jsonl,
 * run.json, scenario.effective.yaml).
 */
public final class RunFolder {
  /** CSV as docs/OUTPUTS.md fixes it: comma, header row, {@code \n} line ends. */
  static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

  /** Writes every file of the run into {@code dir}. */
  public void write(Path dir, LoadedScenario scenario, RunResult run) throws IOException {
    Files.createDirectories(dir);
    OutputFiles.write(dir.resolve("timeseries.csv"), timeseries(run.series()));
    OutputFiles.write(dir.resolve("events.jsonl"), events(run.events()));
    if (run.states() != null) {
      // streamed: a region of a thousand states writes tens of megabytes
      org.rissim.io.OutputDirectory.writeAtomically(dir.resolve("states.csv"),
          w -> states(run.states(), w));
    }
    OutputFiles.write(dir.resolve("scenario.effective.yaml"), scenario.effectiveYaml());
    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("scenario", run.scenario().name());
    meta.put("sha256", scenario.sha256());
    meta.put("seed", run.seed());
    BuildInfo build = BuildInfo.current();
    meta.put("version", build.version());
    meta.put("commit", build.commit().orElse(null));
    meta.put("months", run.series().size());
    meta.put("wallSeconds", run.wallNanos() / 1e9);
    OutputFiles.write(dir.resolve("run.json"),
        JsonText.pretty(meta) + "\n");
  }

  /** The time series as the text of timeseries.csv. */
  static String timeseries(TimeSeries s) {
    StringWriter out = new StringWriter();
    try (CSVPrinter p = new CSVPrinter(out, CSV)) {
      List<String> header = new ArrayList<>(List.of("month", "classification"));
      header.addAll(s.columns());
      p.printRecord(header);
      for (int row = 0; row < s.size(); row++) {
        List<String> cells = new ArrayList<>(header.size());
        cells.add(s.month(row).toString());
        cells.add(s.classification(row).label());
        for (double v : s.row(row)) {
          cells.add(Cells.format(v));
        }
        p.printRecord(cells);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** Every state's belief and stances as the text of states.csv (tidy long form). */
  static String states(StateTable t) {
    StringWriter out = new StringWriter();
    try {
      states(t, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * Writes states.csv to {@code out} (not closed). The header goes through CSVPrinter; the rows,
   * tens of megabytes for a large region, are assembled directly: the state and practice cells
   * are escaped once each exactly as CSVPrinter escapes a cell that is not first in its record,
   * and a number cell (digits, sign, point, exponent or empty) never needs quoting, so the bytes
   * are those CSVPrinter would write, without its per-record stream, lock and list.
   */
  static void states(StateTable t, java.io.Writer out) throws IOException {
    CSVPrinter p = new CSVPrinter(out, CSV);
    List<String> header = new ArrayList<>(List.of("month", "state", "practice"));
    header.addAll(StateTable.VALUES);
    p.printRecord(header);
    p.flush();
    String[] states = new String[t.states().size()];
    for (int s = 0; s < states.length; s++) {
      states[s] = notFirstCell(t.states().get(s));
    }
    String[] practices = new String[t.practices().size()];
    for (int q = 0; q < practices.length; q++) {
      practices[q] = notFirstCell(t.practices().get(q));
    }
    String separator = CSV.getRecordSeparator();
    StringBuilder row = new StringBuilder(128);
    for (int month = 0; month < t.size(); month++) {
      String when = firstCell(t.month(month).toString());
      for (int s = 0; s < states.length; s++) {
        for (int q = 0; q < practices.length; q++) {
          row.setLength(0);
          row.append(when).append(',').append(states[s]).append(',').append(practices[q]);
          for (int v = 0; v < StateTable.VALUES.size(); v++) {
            row.append(',').append(Cells.format(t.value(month, s, q, v)));
          }
          row.append(separator);
          out.append(row);
        }
      }
    }
    out.flush();
  }

  /** A cell as CSVPrinter writes it at the start of a record. */
  private static String firstCell(String value) throws IOException {
    StringBuilder b = new StringBuilder();
    CSVPrinter p = new CSVPrinter(b, CSV);
    p.print(value);
    return b.toString();
  }

  /** A cell as CSVPrinter writes it after another cell of the same record (without the comma). */
  private static String notFirstCell(String value) throws IOException {
    StringBuilder b = new StringBuilder();
    CSVPrinter p = new CSVPrinter(b, CSV);
    p.print("x");
    p.print(value);
    return b.substring(2);
  }

  /** The event log as the text of events.jsonl: one JSON object a line. */
  static String events(List<Event> events) {
    StringBuilder b = new StringBuilder();
    for (Event e : events) {
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("month", e.month().toString());
      line.put("tick", e.tick());
      line.put("type", e.type());
      line.putAll(e.fields());
      b.append(JsonText.compact(line)).append('\n');
    }
    return b.toString();
  }
}
