package org.rissim.analysis.sensitivity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.rissim.experiment.ExperimentException;
import org.rissim.experiment.RunsFileCheck;
import org.rissim.experiment.design.ParameterSpec;
import org.rissim.io.RunsCsv;

/**
 * A finished (or partial) sweep as read from its folder: sweep.json (design, samples, reps, seed,
 * params), design.csv (points in design order) and runs.csv (one row per completed run).
 *
 * @param design       the design name ({@code grid}, {@code lhs}, {@code sobol}, {@code morris:4} ...)
 * @param samples      the design's sample count (N base rows for sobol, r trajectories for morris)
 * @param reps         replicates per point
 * @param seed         the sweep's base seed (also seeds the bootstrap)
 * @param params       the parameters, in design order
 * @param paramColumns the parameter columns of design.csv (a mix gives eight)
 * @param points       the design points in design.csv order, column to value text
 * @param outcomes     the outcome measures (runs.csv columns after the parameters)
 * @param runs         the completed runs
 */
public record SweepData(String design, int samples, int reps, long seed, List<ParameterSpec> params,
    List<String> paramColumns, List<Map<String, String>> points, List<String> outcomes,
    List<Run> runs) {

  /** Columns of runs.csv that are neither parameters nor outcomes. */
  private static final Set<String> RUN_COLUMNS = Set.copyOf(RunsCsv.RUN_COLUMNS);

  /**
   * One completed run.
   *
   * @param point    index of its design point in {@link #points()}
   * @param rep      replicate number
   * @param outcomes value of each outcome (NaN when missing), in {@link #outcomes()} order
   */
  public record Run(int point, int rep, double[] outcomes) {}

  public SweepData {
    params = List.copyOf(params);
    paramColumns = List.copyOf(paramColumns);
    points = List.copyOf(points);
    outcomes = List.copyOf(outcomes);
    runs = List.copyOf(runs);
  }

  /** Reads a sweep folder; a missing file or malformed content throws {@link IllegalArgumentException}. */
  public static SweepData read(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("sweep folder " + dir + " does not exist");
    }
    JsonNode json = new ObjectMapper().readTree(require(dir, "sweep.json").toFile());
    String design = text(json, "design");
    int samples = json.path("samples").asInt(0);
    int reps = json.path("reps").asInt(1);
    long seed = json.path("seed").asLong(0);
    List<ParameterSpec> params = new ArrayList<>();
    JsonNode ps = json.path("params");
    if (!ps.isArray() || ps.isEmpty()) {
      throw new IllegalArgumentException("sweep.json has no params list");
    }
    for (JsonNode p : ps) {
      params.add(ParameterSpec.restore(p.path("path").asText(null), p.path("spec").asText(null),
          p.path("kind").asText("")));
    }
    List<String> paramColumns = params.stream().flatMap(p -> p.paths().stream()).toList();

    List<Map<String, String>> points = new ArrayList<>();
    Map<String, Integer> pointIndex = new HashMap<>();
    try (CSVParser csv = parser(require(dir, "design.csv"))) {
      checkColumns("design.csv", csv.getHeaderNames(), paramColumns, List.of("point"));
      for (CSVRecord r : csv) {
        Map<String, String> point = new LinkedHashMap<>();
        for (String c : paramColumns) {
          point.put(c, r.get(c));
        }
        pointIndex.put(r.get("point").strip(), points.size());
        points.add(point);
      }
    }

    checkRuns(require(dir, "runs.csv"), json);
    List<String> outcomes = new ArrayList<>();
    List<Run> runs = new ArrayList<>();
    try (CSVParser csv = parser(require(dir, "runs.csv"))) {
      List<String> header = csv.getHeaderNames();
      checkColumns("runs.csv", header, List.of(), List.of("point", "rep"));
      for (String h : header) {
        if (!RUN_COLUMNS.contains(h) && !paramColumns.contains(h)) {
          outcomes.add(h);
        }
      }
      for (CSVRecord r : csv) {
        Integer point = pointIndex.get(r.get("point").strip());
        if (point == null) {
          throw new IllegalArgumentException("runs.csv line " + r.getRecordNumber() + ": point "
              + r.get("point") + " is not in design.csv");
        }
        double[] values = new double[outcomes.size()];
        for (int i = 0; i < values.length; i++) {
          values[i] = number(r.isSet(outcomes.get(i)) ? r.get(outcomes.get(i)) : "");
        }
        runs.add(new Run(point, (int) number(r.get("rep")), values));
      }
    }
    return new SweepData(design, samples, reps, seed, params, paramColumns, points, outcomes, runs);
  }

  /** Reads runs.csv completely first: field counts, run ids, duplicates, a line cut short. */
  private static void checkRuns(Path file, JsonNode json) throws IOException {
    String shard = json.path("shard").asText("1/1");
    String[] kn = shard.matches("\\d+/\\d+") ? shard.split("/") : new String[] {"1", "1"};
    try {
      RunsFileCheck.Checked c = RunsFileCheck.check(file, json.path("runs").asLong(Long.MAX_VALUE),
          Integer.parseInt(kn[0]), Integer.parseInt(kn[1]));
      if (c.partialLast()) {
        throw new IllegalArgumentException(file + ":" + (c.lines() + 2) + ": the last line is "
            + "cut short (the sweep was interrupted, or is still running); complete it with "
            + "sweep --resume");
      }
    } catch (ExperimentException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  private static Path require(Path dir, String name) {
    Path p = dir.resolve(name);
    if (!Files.isRegularFile(p)) {
      throw new IllegalArgumentException(dir + " has no " + name + " (is it a sweep folder?)");
    }
    return p;
  }

  private static String text(JsonNode json, String field) {
    JsonNode n = json.path(field);
    if (!n.isTextual() || n.asText().isBlank()) {
      throw new IllegalArgumentException("sweep.json has no '" + field + "'");
    }
    return n.asText();
  }

  private static CSVParser parser(Path file) throws IOException {
    Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
    return CSVParser.parse(in, CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
        .setTrim(true).get());
  }

  private static void checkColumns(String file, List<String> header, List<String> params,
      List<String> fixed) {
    for (String c : fixed) {
      if (!header.contains(c)) {
        throw new IllegalArgumentException(file + " has no '" + c + "' column");
      }
    }
    for (String c : params) {
      if (!header.contains(c)) {
        throw new IllegalArgumentException(file + " has no column for parameter " + c
            + " listed in sweep.json");
      }
    }
  }

  /** A cell as a number: empty, {@code NaN} or unparseable cells are NaN (missing). */
  static double number(String cell) {
    if (cell == null || cell.isBlank()) {
      return Double.NaN;
    }
    try {
      return Double.parseDouble(cell.strip());
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  /** Mean of each point's finite runs of outcome {@code o} (NaN where a point has none). */
  public double[] pointMeans(int o) {
    double[] sum = new double[points.size()];
    int[] n = new int[points.size()];
    for (Run r : runs) {
      double v = r.outcomes()[o];
      if (Double.isFinite(v)) {
        sum[r.point()] += v;
        n[r.point()]++;
      }
    }
    double[] mean = new double[sum.length];
    for (int p = 0; p < mean.length; p++) {
      mean[p] = n[p] == 0 ? Double.NaN : sum[p] / n[p];
    }
    return mean;
  }

  /** Number of runs whose outcome {@code o} is missing (NaN). */
  public int missing(int o) {
    return (int) runs.stream().filter(r -> !Double.isFinite(r.outcomes()[o])).count();
  }

  /** The parameter that sets design column {@code column}. */
  public ParameterSpec owner(String column) {
    for (ParameterSpec p : params) {
      if (p.paths().contains(column)) {
        return p;
      }
    }
    throw new IllegalArgumentException("no parameter sets column " + column);
  }

  /** Column {@code column} of design point {@code point} as a number ({@link ParameterSpec#numeric}). */
  public double numeric(int point, String column) {
    return owner(column).numeric(points.get(point).get(column));
  }
}
