package org.rissim.experiment;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Policies × scenarios: the same design points run in a base and in counterfactual scenarios,
 * each as a sweep in its own folder with the same base seed, so run r of every scenario uses
 * the same seed (common random numbers). This joins the scenarios' runs.csv into one table,
 * one row per scenario, point and replicate, and compares each scenario with the base over all
 * pairs of runs.
 */
public final class DesignComparison {
  private DesignComparison() {}

  /**
   * Writes {@code out/runs.csv} ({@code scenario,} then the columns of the sweeps' runs.csv) and
   * {@code out/compare.csv} (as {@link Comparison#HEADER}, differences paired by run), from the
   * sweep folders {@code out/<folder>} of each scenario (the first is the base).
   *
   * @return the rows of compare.csv
   */
  public static List<Comparison.Row> join(Path out, List<String> folders) throws IOException {
    List<List<CSVRecord>> runs = new ArrayList<>();
    List<String> header = null;
    for (String f : folders) {
      try (Reader in = Files.newBufferedReader(out.resolve(f).resolve("runs.csv"));
          CSVParser p = CSVParser.parse(in, CSVFormat.DEFAULT.builder().setHeader()
              .setSkipHeaderRecord(true).get())) {
        if (header == null) {
          header = p.getHeaderNames();
        }
        runs.add(p.getRecords());
      }
    }
    List<String> measures = measures(out.resolve(folders.get(0)), header);
    try (BufferedWriter w = Files.newBufferedWriter(out.resolve("runs.csv.tmp"),
        StandardCharsets.UTF_8); CSVPrinter p = new CSVPrinter(w, RunFolder.CSV)) {
      List<String> h = new ArrayList<>(List.of("scenario"));
      h.addAll(header);
      p.printRecord(h);
      for (int i = 0; i < folders.size(); i++) {
        for (CSVRecord r : runs.get(i)) {
          List<String> cells = new ArrayList<>(List.of(folders.get(i)));
          header.forEach(c -> cells.add(r.isMapped(c) ? r.get(c) : ""));
          p.printRecord(cells);
        }
      }
    }
    Files.move(out.resolve("runs.csv.tmp"), out.resolve("runs.csv"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    List<Comparison.Row> rows = new ArrayList<>();
    Map<String, CSVRecord> base = byRun(runs.get(0));
    for (int i = 0; i < folders.size(); i++) {
      Map<String, CSVRecord> mine = byRun(runs.get(i));
      for (String m : measures) {
        List<Double> level = new ArrayList<>();
        List<Double> diff = new ArrayList<>();
        for (Map.Entry<String, CSVRecord> e : mine.entrySet()) {
          double v = value(e.getValue(), m);
          level.add(v);
          CSVRecord b = base.get(e.getKey());
          // Paired by run: the same point, replicate and seed in both scenarios.
          diff.add(b == null ? Double.NaN : v - value(b, m));
        }
        rows.add(new Comparison.Row(folders.get(i), m, Estimate.isShare(m)
            ? Estimate.ofShare(array(level)) : Estimate.of(array(level)),
            i == 0 ? null : Estimate.of(array(diff))));
      }
    }
    OutputFiles.write(out.resolve("compare.csv"), csv(rows));
    return rows;
  }

  /** The measure columns: those after the run, point, rep, seed and parameter columns. */
  private static List<String> measures(Path sweep, List<String> header) throws IOException {
    int params = Files.readAllLines(sweep.resolve("design.csv")).get(0).split(",", -1).length - 1;
    return header.subList(4 + params, header.size());
  }

  private static Map<String, CSVRecord> byRun(List<CSVRecord> records) {
    Map<String, CSVRecord> m = new java.util.LinkedHashMap<>();
    records.forEach(r -> m.put(r.get("run"), r));
    return m;
  }

  private static double value(CSVRecord r, String measure) {
    return r.isMapped(measure) ? Cells.parse(r.get(measure)) : Double.NaN;
  }

  private static double[] array(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).toArray();
  }

  private static String csv(List<Comparison.Row> rows) throws IOException {
    return Comparison.csv(rows);
  }

  /** Folder names for the scenarios (repeated names get -2, -3 ...), as {@code compare}'s. */
  public static List<String> folders(List<org.rissim.scenario.LoadedScenario> scenarios) {
    return Comparison.folders(scenarios);
  }
}
