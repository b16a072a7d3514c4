package org.rissim.experiment;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVPrinter;
import org.rissim.scenario.LoadedScenario;

/**
 * Compares scenarios under common random numbers: replicate k of every scenario runs with the
 * same seed, so differences from the base are paired by seed and the noise they share cancels.
 */
public final class Comparison {
  /** Header of compare.csv (docs/OUTPUTS.md). */
  public static final List<String> HEADER = List.of("scenario", "measure", "n", "mean", "ciLow",
      "ciHigh", "diff", "diffCiLow", "diffCiHigh", "effectSize");

  private Comparison() {}

  /**
   * One row of compare.csv.
   *
   * @param scenario   the scenario's folder name
   * @param measure    the outcome measure
   * @param level      the measure's estimate in this scenario
   * @param difference the paired differences from the base (null for the base itself)
   */
  public record Row(String scenario, String measure, Estimate level, Estimate difference) {}

  /**
   * Runs every scenario {@code reps} times (the first is the base) and writes compare.csv,
   * compare.json and one folder per scenario with summary.csv, outcomes.csv and
   * scenario.effective.yaml.
   */
  public static List<Row> run(List<LoadedScenario> scenarios, long baseSeed, int reps,
      int threads, Path out, boolean force, RunFunction model)
      throws IOException, ExperimentException {
    return run(scenarios, baseSeed, reps, threads, out, force, model, SweepProgress.NONE);
  }

  /** As {@link #run(List, long, int, int, Path, boolean, RunFunction)}, reporting each run. */
  public static List<Row> run(List<LoadedScenario> scenarios, long baseSeed, int reps,
      int threads, Path out, boolean force, RunFunction model, SweepProgress progress)
      throws IOException, ExperimentException {
    if (scenarios.isEmpty()) {
      throw new IllegalArgumentException("no scenario to compare");
    }
    OutputFiles.checkFree(out, force, "compare.csv", "compare.json");
    List<String> folders = folders(scenarios);
    List<Replications.Replicates> results = new ArrayList<>();
    progress.started((long) scenarios.size() * reps, 0);
    for (int i = 0; i < scenarios.size(); i++) {
      Path dir = out.resolve(folders.get(i));
      Replications.Replicates r = Replications.run(scenarios.get(i), baseSeed, reps, threads,
          dir, force, false, model, progress, false);
      OutputFiles.write(dir.resolve("outcomes.csv"), outcomesCsv(folders.get(i), r));
      // The effective scenario beside its results: charts and the report take the practices'
      // labels from it, and the folder says what ran.
      OutputFiles.write(dir.resolve("scenario.effective.yaml"), scenarios.get(i).effectiveYaml());
      results.add(r);
    }
    progress.finished((long) scenarios.size() * reps, 0);
    OutputFiles.write(out.resolve("outcomes.csv"), stackedOutcomesCsv(folders, results));
    List<Row> rows = rows(folders, results);
    OutputFiles.write(out.resolve("compare.csv"), csv(rows));
    OutputFiles.write(out.resolve("compare.json"), json(scenarios, folders, baseSeed, reps));
    return rows;
  }

  /** Folder names: scenario names, with -2, -3 ... added to repeated names. */
  static List<String> folders(List<LoadedScenario> scenarios) {
    List<String> names = new ArrayList<>();
    Set<String> used = new HashSet<>();
    for (LoadedScenario s : scenarios) {
      String base = s.scenario().name().replaceAll("[^A-Za-z0-9._-]", "_");
      if (base.isEmpty() || base.chars().allMatch(c -> c == '.')) {
        base = "scenario" + base.replace('.', '_'); // never "." or "..": a folder outside
      }
      String name = base;
      for (int k = 2; !used.add(name); k++) {
        name = base + "-" + k;
      }
      names.add(name);
    }
    return names;
  }

  private static List<Row> rows(List<String> folders, List<Replications.Replicates> results) {
    Replications.Replicates base = results.get(0);
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < results.size(); i++) {
      Replications.Replicates r = results.get(i);
      for (String measure : base.measures()) {
        int n = r.outcomes().size();
        double[] level = new double[n];
        double[] diff = new double[n];
        for (int k = 0; k < n; k++) {
          level[k] = value(r.outcomes().get(k), measure);
          // Paired by seed: replicate k of both scenarios ran with the same seed.
          diff[k] = level[k] - value(base.outcomes().get(k), measure);
        }
        rows.add(new Row(folders.get(i), measure,
            Estimate.isShare(measure) ? Estimate.ofShare(level) : Estimate.of(level),
            i == 0 ? null : Estimate.of(diff)));
      }
    }
    return rows;
  }

  private static double value(Map<String, Double> outcomes, String measure) {
    Double v = outcomes.get(measure);
    return v == null ? Double.NaN : v;
  }

  /** The compare.csv text of these rows (also used by {@link DesignComparison}). */
  static String csv(List<Row> rows) throws IOException {
    StringWriter out = new StringWriter();
    try (CSVPrinter p = new CSVPrinter(out, RunFolder.CSV)) {
      p.printRecord(HEADER);
      for (Row row : rows) {
        Estimate e = row.level();
        Estimate d = row.difference();
        p.printRecord(row.scenario(), row.measure(), e.n(), Cells.format(e.mean()),
            Cells.format(e.ciLow()), Cells.format(e.ciHigh()),
            d == null ? "" : Cells.format(d.mean()), d == null ? "" : Cells.format(d.ciLow()),
            d == null ? "" : Cells.format(d.ciHigh()),
            d == null ? "" : Cells.format(d.effectSizeDz()));
      }
    }
    return out.toString();
  }

  /**
   * A scenario's outcomes.csv: one row per replicate, {@code scenario,rep,seed,<measures...>}
   * (rep 1-based).
   */
  static String outcomesCsv(String scenario, Replications.Replicates r) throws IOException {
    return stackedOutcomesCsv(List.of(scenario), List.of(r));
  }

  /**
   * The comparison's outcomes.csv: every scenario's replicates stacked, one row per scenario and
   * replicate, with the base's measures as columns (a tidy table for R and pandas).
   */
  static String stackedOutcomesCsv(List<String> scenarios, List<Replications.Replicates> all)
      throws IOException {
    StringWriter out = new StringWriter();
    List<String> measures = all.get(0).measures();
    try (CSVPrinter p = new CSVPrinter(out, RunFolder.CSV)) {
      List<String> header = new ArrayList<>(List.of("scenario", "rep", "seed"));
      header.addAll(measures);
      p.printRecord(header);
      for (int i = 0; i < all.size(); i++) {
        Replications.Replicates r = all.get(i);
        for (int k = 0; k < r.outcomes().size(); k++) {
          p.printRecord(row(scenarios.get(i), k, r, measures));
        }
      }
    }
    return out.toString();
  }

  private static List<String> row(String scenario, int k, Replications.Replicates r,
      List<String> measures) {
    List<String> cells = new ArrayList<>();
    cells.add(scenario);
    cells.add(Integer.toString(k + 1));
    cells.add(Long.toString(r.seeds().get(k)));
    for (String m : measures) {
      cells.add(Cells.format(value(r.outcomes().get(k), m)));
    }
    return cells;
  }

  private static String json(List<LoadedScenario> scenarios, List<String> folders, long seed,
      int reps) throws IOException {
    ObjectMapper json = new ObjectMapper();
    ObjectNode root = json.createObjectNode();
    root.put("seed", seed);
    root.put("reps", reps);
    root.put("version", BuildInfo.current().version());
    ArrayNode list = root.putArray("scenarios");
    for (int i = 0; i < scenarios.size(); i++) {
      ObjectNode s = list.addObject();
      s.put("name", scenarios.get(i).scenario().name());
      s.put("folder", folders.get(i));
      s.put("sha256", scenarios.get(i).sha256());
      s.put("base", i == 0);
    }
    return json.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
  }
}
