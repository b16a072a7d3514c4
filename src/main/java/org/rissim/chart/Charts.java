package org.rissim.chart;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds each figure from a result folder (the entry points of {@code plot} and {@code report}). */
public final class Charts {
  private Charts() {}

  /** Legend text of the band a table draws. */
  static String bandLabel(SummaryTable.Band band) {
    return band == SummaryTable.Band.SPREAD ? "95% of replicates (p2.5 to p97.5)"
        : "95% CI of the mean";
  }

  /** The norm-drift figure of a run or replicated-run folder. */
  public static Figure drift(Path dir, SummaryTable.Band band, String title, int width, int height)
      throws IOException {
    ResultFolder folder = ResultFolder.open(dir);
    if (folder.kind() != ResultFolder.Kind.RUN && folder.kind() != ResultFolder.Kind.REPLICATED) {
      throw new IllegalArgumentException(dir + " is a " + folder.kind().name().toLowerCase()
          + " folder; plot drift needs a run or replicated-run folder");
    }
    TimeTable table = folder.table(band);
    List<ResultFolder.Practice> practices = folder.practices(table);
    if (practices.isEmpty()) {
      throw new IllegalArgumentException(dir + ": no r.<practice> columns");
    }
    boolean replicated = folder.kind() == ResultFolder.Kind.REPLICATED;
    Map<String, String> names = folder.bodyNames();
    var vocabulary = folder.vocabulary();
    List<EventMarker> markers = folder.events().markers(replicated,
        id -> InstitutionsChart.shortName(id, names), vocabulary.names().opportunity());
    String name = scenarioName(folder);
    String t = title != null ? title : "Norm drift: " + name
        + (replicated ? " (mean of " + replicateCount(folder) + " replicates)" : "");
    return DriftChart.build(table, practices, markers, t, replicated ? bandLabel(band) : null,
        width, height, vocabulary.opportunity());
  }

  /** The comparison figure of a compare folder. */
  public static Figure compare(Path dir, SummaryTable.Band band, String title) throws IOException {
    ResultFolder folder = ResultFolder.open(dir);
    if (folder.kind() != ResultFolder.Kind.COMPARE) {
      throw new IllegalArgumentException(dir + ": no compare.json; plot compare needs a folder"
          + " written by rissim compare");
    }
    Map<String, TimeTable> tables = new LinkedHashMap<>();
    List<ResultFolder.Practice> practices = null;
    for (Map.Entry<String, Path> e : folder.compareFolders().entrySet()) {
      String s = e.getKey();
      Path sub = e.getValue();
      if (!Files.exists(sub.resolve("summary.csv"))) {
        throw new IOException(sub.resolve("summary.csv") + ": missing");
      }
      ResultFolder sf = new ResultFolder(sub, ResultFolder.Kind.REPLICATED);
      TimeTable t = sf.table(band);
      tables.put(s, t);
      if (practices == null || practices.isEmpty()) {
        practices = sf.practices(t);
      }
    }
    String t = title != null ? title
        : "Regional understanding by scenario (base: " + tables.keySet().iterator().next() + ")";
    return CompareChart.build(tables, practices, t, bandLabel(band));
  }

  /** The institutions figure of a run or replicated-run folder. */
  public static Figure institutions(Path dir, SummaryTable.Band band, String title)
      throws IOException {
    ResultFolder folder = ResultFolder.open(dir);
    if (folder.kind() != ResultFolder.Kind.RUN && folder.kind() != ResultFolder.Kind.REPLICATED) {
      throw new IllegalArgumentException(dir + " is a " + folder.kind().name().toLowerCase()
          + " folder; plot institutions needs a run or replicated-run folder");
    }
    TimeTable table = folder.table(band);
    List<String> rungs = new ArrayList<>();
    for (JsonNode r : folder.scenario().path("recognition").path("rungs")) {
      rungs.add(r.path("id").asText());
    }
    String t = title != null ? title : "Secondary institutions: " + scenarioName(folder);
    return InstitutionsChart.build(table, folder.bodyNames(), rungs, t,
        folder.kind() == ResultFolder.Kind.REPLICATED ? bandLabel(band) : null);
  }

  /** A height in pixels that gives each body's row of the institutions figure room (190 px a body). */
  public static int institutionsHeight(Path dir) {
    try {
      TimeTable table = ResultFolder.open(dir).table(SummaryTable.Band.SPREAD);
      return Math.max(400, 190 * InstitutionsChart.drawn(table).size() + 120);
    } catch (IOException | RuntimeException unreadable) {
      // The build step reports the real problem with a message; any height will do here.
      return 800;
    }
  }

  /** The heatmap of a sweep folder's {@code runs.csv}. */
  public static Figure heatmap(Path dir, String x, String y, String metric, int bins, String title)
      throws IOException {
    Path runs = dir.resolve("runs.csv");
    if (!Files.exists(runs)) {
      throw new IllegalArgumentException(dir + ": no runs.csv; plot heatmap needs a sweep folder");
    }
    if (bins < 2 || bins > 100) {
      throw new IllegalArgumentException("--bins must be in 2..100, not " + bins);
    }
    return HeatmapChart.build(runs, x, y, metric, bins, title);
  }

  /** The Sobol-indices figure of an analysis ({@code DIR/analysis/sobol.csv} or {@code DIR/sobol.csv}). */
  public static Figure sensitivity(Path dir, String outcome, String title) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException(dir + ": not a folder");
    }
    ResultFolder folder = new ResultFolder(dir, ResultFolder.Kind.ANALYSIS);
    if (folder.sobolFile().isEmpty() && folder.morrisFile().isPresent()) {
      return MorrisChart.build(folder.morrisFile().get(), outcome,
          title != null ? title : "Morris elementary effects");
    }
    Path sobol = folder.sobolFile().orElseThrow(() -> new IllegalArgumentException(
        dir + ": no analysis/sobol.csv or analysis/morris.csv; run rissim analyze on a sobol"
        + " or morris sweep first"));
    String t = title != null ? title : "Sobol sensitivity indices";
    return SensitivityChart.build(sobol, outcome, t);
  }

  /** A height in pixels that gives each row of sensitivity panels room. */
  public static int sensitivityHeight(Path dir, String outcome) {
    ResultFolder folder = new ResultFolder(dir, ResultFolder.Kind.ANALYSIS);
    if (folder.sobolFile().isEmpty() && folder.morrisFile().isPresent()) {
      return MorrisChart.height(folder.morrisFile().get(), outcome);
    }
    return folder.sobolFile().map(f -> SensitivityChart.height(f, outcome)).orElse(800);
  }

  /**
   * Replicates behind a replicated folder: its rep-* folders, or for a scenario folder of a
   * comparison (which keeps no run folders) the replicates its compare.json records.
   */
  static int replicateCount(ResultFolder folder) throws IOException {
    int reps = folder.replicates().size();
    Path parent = folder.dir().toAbsolutePath().getParent();
    if (reps == 0 && parent != null) {
      reps = new ResultFolder(parent, ResultFolder.Kind.COMPARE).metadata("compare.json")
          .map(json -> json.path("reps").asInt()).orElse(0);
    }
    return reps;
  }

  /** The scenario name from run.json or the effective scenario, else the folder name. */
  static String scenarioName(ResultFolder folder) throws IOException {
    JsonNode run = folder.runInfo();
    for (String key : List.of("scenario", "name")) {
      if (run.path(key).isTextual()) {
        return run.path(key).asText();
      }
    }
    JsonNode scenario = folder.scenario();
    if (scenario.path("name").isTextual()) {
      return scenario.path("name").asText();
    }
    return String.valueOf(folder.dir().toAbsolutePath().normalize().getFileName());
  }
}
