package org.rissim.chart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.rissim.scenario.InstitutionSpec;

/**
 * A folder written by {@code run}, {@code run --reps}, {@code compare}, {@code sweep} or
 * {@code analyze} (docs/OUTPUTS.md): its kind and the metadata charts need (practice order and
 * labels, body names), and the one place that reads its JSON, YAML and CSV files for charts
 * and the report.
 *
 * @param dir   the folder
 * @param kind  what wrote it
 */
public record ResultFolder(Path dir, Kind kind) {
  // Configured once and never changed, so shared (Jackson mappers are thread-safe then).
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final CSVFormat CSV =
      CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();

  /** What wrote a result folder. */
  public enum Kind {
    /** One run: {@code timeseries.csv}, {@code events.jsonl}. */
    RUN,
    /** Replicated runs: {@code summary.csv} and {@code rep-NNNN/}. */
    REPLICATED,
    /** A comparison: {@code compare.json} and one folder per scenario. */
    COMPARE,
    /** A sweep: {@code runs.csv} (and perhaps {@code analysis/}). */
    SWEEP,
    /** Only a sweep analysis: {@code sobol.csv} or {@code morris.csv}. */
    ANALYSIS
  }

  /** A reproducing practice: column id and the label charts show. */
  public record Practice(String id, String label) {}

  /**
   * The head of a CSV file.
   *
   * @param header column names
   * @param rows   the first rows asked for, cells as written
   * @param total  the number of data rows in the file
   */
  public record CsvExcerpt(List<String> header, List<List<String>> rows, long total) {
    /** The cell of a row in the named column ("" when the row is shorter). */
    public String get(List<String> row, String column) {
      int i = header.indexOf(column);
      if (i < 0) {
        throw new IllegalArgumentException("no column `" + column + "`");
      }
      return i < row.size() ? row.get(i) : "";
    }
  }

  /** Recognises the folder kind, or fails with a message naming what was expected. */
  public static ResultFolder open(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new IOException(dir + ": not a folder");
    }
    Kind kind;
    if (Files.exists(dir.resolve("compare.json"))) {
      kind = Kind.COMPARE;
    } else if (Files.exists(dir.resolve("runs.csv"))) {
      kind = Kind.SWEEP;
    } else if (Files.exists(dir.resolve("summary.csv"))) {
      kind = Kind.REPLICATED;
    } else if (Files.exists(dir.resolve("timeseries.csv"))) {
      kind = Kind.RUN;
    } else if (Files.exists(dir.resolve("sobol.csv")) || Files.exists(dir.resolve("morris.csv"))
        || Files.exists(dir.resolve("analysis").resolve("sobol.csv"))) {
      kind = Kind.ANALYSIS;
    } else {
      throw new IOException(dir + ": not a result folder (no timeseries.csv, summary.csv,"
          + " compare.json, runs.csv, sobol.csv or morris.csv)");
    }
    return new ResultFolder(dir, kind);
  }

  /** The replicate folders {@code rep-*}, sorted. */
  public List<Path> replicates() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> Files.isDirectory(p) && p.getFileName().toString().startsWith("rep-"))
          .sorted().toList();
    }
  }

  /** The effective scenario of this folder (or of its first replicate), if written. */
  public Optional<Path> scenarioFile() throws IOException {
    Path here = dir.resolve("scenario.effective.yaml");
    if (Files.exists(here)) {
      return Optional.of(here);
    }
    for (Path rep : replicates()) {
      Path there = rep.resolve("scenario.effective.yaml");
      if (Files.exists(there)) {
        return Optional.of(there);
      }
    }
    return Optional.empty();
  }

  /** The text of the effective scenario ({@link #scenarioFile()}), if written. */
  public Optional<String> scenarioText() throws IOException {
    Optional<Path> file = scenarioFile();
    return file.isPresent() ? Optional.of(Files.readString(file.get(), StandardCharsets.UTF_8))
        : Optional.empty();
  }

  /** A CSV file of this folder ({@code compare.csv}, {@code runs.csv} ...) read as {@link #csv}, if written. */
  public Optional<CsvExcerpt> csv(String name, int maxRows) throws IOException {
    Path file = dir.resolve(name);
    return Files.exists(file) ? Optional.of(csv(file, maxRows)) : Optional.empty();
  }

  /** The effective scenario as a YAML tree (a missing node when there is none). */
  public JsonNode scenario() throws IOException {
    Optional<Path> file = scenarioFile();
    if (file.isEmpty()) {
      return YAML.missingNode();
    }
    return YAML.readTree(file.get().toFile());
  }

  /**
   * The institution's vocabulary, read from the effective scenario's
   * {@code institution.vocabulary} with the defaults of docs/SCENARIOS.md (the neutral one when
   * the folder has no scenario): the words of its labels and the names of its events and columns.
   */
  public InstitutionSpec.Vocabulary vocabulary() throws IOException {
    JsonNode v = scenario().path("institution").path("vocabulary");
    Map<String, String> labels = new LinkedHashMap<>();
    for (String key : List.of("opportunity", "opportunities", "act", "acts")) {
      if (v.path(key).isValueNode() && !v.path(key).asText().isBlank()) {
        labels.put(key, v.path(key).asText());
      }
    }
    Map<String, String> names = new LinkedHashMap<>();
    for (var e : v.path("names").properties()) {
      if (e.getValue().isValueNode() && !e.getValue().asText().isBlank()) {
        names.put(e.getKey(), e.getValue().asText());
      }
    }
    return InstitutionSpec.Vocabulary.of(labels, InstitutionSpec.Names.of(names));
  }

  /**
   * The practices in the institution's order (which fixes their colours): from the effective
   * scenario, else from the order of the {@code r.<practice>} columns.
   */
  public List<Practice> practices(TimeTable table) throws IOException {
    List<Practice> out = new ArrayList<>();
    for (JsonNode p : scenario().path("institution").path("practices")) {
      String id = p.path("id").asText();
      out.add(new Practice(id, p.path("label").asText(id).isBlank() ? id : p.path("label").asText(id)));
    }
    if (out.isEmpty() && table != null) {
      table.columns().stream().filter(c -> c.startsWith("r."))
          .forEach(c -> out.add(new Practice(c.substring(2), readable(c.substring(2)))));
    }
    return out;
  }

  /** A readable label from an id: {@code limitedForce} becomes {@code Limited force}. */
  static String readable(String id) {
    String words = id.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replace('-', ' ').replace('_', ' ')
        .toLowerCase(java.util.Locale.ROOT);
    return words.isEmpty() ? id : Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  /** Display names of bodies by id (bodies of the scenario; founded bodies keep their id). */
  public Map<String, String> bodyNames() throws IOException {
    Map<String, String> names = new LinkedHashMap<>();
    for (JsonNode b : scenario().path("bodies")) {
      String id = b.path("id").asText();
      names.put(id, b.path("name").asText(id).isBlank() ? id : b.path("name").asText(id));
    }
    return names;
  }

  /** The run metadata {@code run.json} of this folder or its first replicate, if any. */
  public JsonNode runInfo() throws IOException {
    Path file = dir.resolve("run.json");
    if (!Files.exists(file)) {
      List<Path> reps = replicates();
      file = reps.isEmpty() ? file : reps.get(0).resolve("run.json");
    }
    return json(file);
  }

  /** The run metadata {@code run.json} of one replicate folder (a missing node when absent). */
  public JsonNode runInfo(Path replicate) throws IOException {
    return json(replicate.resolve("run.json"));
  }

  /** A JSON file of this folder ({@code compare.json}, {@code sweep.json} ...), if written. */
  public Optional<JsonNode> metadata(String name) throws IOException {
    Path file = dir.resolve(name);
    return Files.exists(file) ? Optional.of(json(file)) : Optional.empty();
  }

  /** The header, the first {@code maxRows} rows and the row count of a CSV file. */
  public static CsvExcerpt csv(Path file, int maxRows) throws IOException {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
         CSVParser p = CSVParser.parse(in, CSV)) {
      List<List<String>> rows = new ArrayList<>();
      long total = 0;
      for (CSVRecord r : p) {
        total++;
        if (rows.size() < maxRows) {
          rows.add(r.toList());
        }
      }
      return new CsvExcerpt(p.getHeaderNames(), rows, total);
    }
  }

  private static JsonNode json(Path file) throws IOException {
    return Files.exists(file) ? JSON.readTree(file.toFile()) : JSON.missingNode();
  }

  /** The table of monthly series: {@code summary.csv} if present, else {@code timeseries.csv}. */
  public TimeTable table(SummaryTable.Band band) throws IOException {
    Path summary = dir.resolve("summary.csv");
    if (Files.exists(summary)) {
      return SummaryTable.read(summary, band);
    }
    Path series = dir.resolve("timeseries.csv");
    if (Files.exists(series)) {
      return RunTable.read(series);
    }
    throw new IOException(dir + ": neither summary.csv nor timeseries.csv");
  }

  /**
   * The events to mark: this run's {@code events.jsonl}; for replicated runs the first
   * replicate's (whose scripted crises all replicates share).
   */
  public EventLog events() throws IOException {
    Path file = dir.resolve("events.jsonl");
    if (!Files.exists(file)) {
      List<Path> reps = replicates();
      file = reps.isEmpty() ? file : reps.get(0).resolve("events.jsonl");
    }
    return Files.exists(file) ? EventLog.read(file) : EventLog.empty();
  }

  /** The scenario names of a comparison, base first, from {@code compare.json}. */
  public List<String> compareScenarios() throws IOException {
    return List.copyOf(compareFolders().keySet());
  }

  /**
   * The scenarios of a comparison, base first, each with its folder ({@code folder} in
   * {@code compare.json}, else the folder named after the scenario).
   */
  public Map<String, Path> compareFolders() throws IOException {
    JsonNode root = JSON.readTree(dir.resolve("compare.json").toFile());
    JsonNode list = root.isArray() ? root : root.path("scenarios");
    Map<String, Path> names = new LinkedHashMap<>();
    for (JsonNode s : list) {
      String name = s.isTextual() ? s.asText() : s.path("name").asText();
      String folder = s.isTextual() ? name : s.path("folder").asText(name);
      if (!name.isBlank()) {
        names.put(name, dir.resolve(folder.isBlank() ? name : folder));
      }
    }
    if (names.isEmpty()) {
      throw new IOException(dir.resolve("compare.json") + ": no scenarios listed");
    }
    return names;
  }

  /** The Morris measures of an analysis: {@code analysis/morris.csv} or {@code morris.csv}. */
  public Optional<Path> morrisFile() {
    for (Path p : List.of(dir.resolve("analysis").resolve("morris.csv"), dir.resolve("morris.csv"))) {
      if (Files.exists(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /** The Sobol indices file of an analysis: {@code analysis/sobol.csv} or {@code sobol.csv}. */
  public Optional<Path> sobolFile() {
    Path nested = dir.resolve("analysis").resolve("sobol.csv");
    if (Files.exists(nested)) {
      return Optional.of(nested);
    }
    Path flat = dir.resolve("sobol.csv");
    return Files.exists(flat) ? Optional.of(flat) : Optional.empty();
  }
}
