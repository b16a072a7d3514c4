package org.rissim.chart;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.rissim.io.RunsCsv;

/**
 * One self-contained {@code report.html} for a result folder: scenario, seeds, summary tables
 * and every chart that applies, inlined as SVG with inline CSS and no external requests. Every
 * file is read through {@link ResultFolder}.
 */
public final class HtmlReport {
  private static final int WIDTH = 1200;
  private static final int HEIGHT = 800;
  private static final String CSS = """
      body{font-family:sans-serif;margin:2em auto;max-width:1240px;padding:0 1em;color:#222;
      background:#fff;line-height:1.4}
      h1{font-size:1.6em}h2{font-size:1.3em;border-bottom:1px solid #ddd;padding-bottom:.2em;
      margin-top:1.6em}
      table{border-collapse:collapse;margin:.5em 0;font-size:.9em}
      th,td{border:1px solid #ccc;padding:.25em .6em;text-align:left}
      td.n{text-align:right;font-variant-numeric:tabular-nums}
      th{background:#f2f2f2}td,th{white-space:nowrap}.scroll{overflow-x:auto}
      .kv td{white-space:normal;overflow-wrap:anywhere;max-width:60em}
      pre{background:#f7f7f7;border:1px solid #ddd;padding:.8em;overflow:auto;font-size:.85em}
      figure{margin:1em 0}figure svg{width:100%;height:auto;display:block}
      figcaption{font-size:.9em;color:#444;margin-top:.3em}
      .note{color:#666;font-style:italic}
      """;

  private final StringBuilder html = new StringBuilder();
  private int figures;

  private HtmlReport() {}

  /** Writes the report of the folder to {@code target} (temporary name, then renamed). */
  public static void write(Path dir, Path target) throws IOException {
    String page = render(dir);
    Files.createDirectories(target.toAbsolutePath().getParent());
    org.rissim.io.OutputDirectory.writeAtomically(target, w -> w.write(page));
  }

  /** The report of the folder as one HTML page. */
  public static String render(Path dir) throws IOException {
    if (PatternsReport.applies(dir)) {
      return PatternsReport.render(dir, CSS);
    }
    ResultFolder folder = ResultFolder.open(dir);
    HtmlReport r = new HtmlReport();
    String name = folder.kind() == ResultFolder.Kind.COMPARE
        ? String.join(" vs ", folder.compareScenarios()) : Charts.scenarioName(folder);
    r.html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>rissim report: ").append(HtmlText.esc(name)).append("</title><style>")
        .append(CSS).append("</style></head><body>\n");
    r.html.append("<h1>rissim report: ").append(HtmlText.esc(name)).append("</h1>\n<p>Folder kind: <b>")
        .append(folder.kind().name().toLowerCase(Locale.ROOT)).append("</b>. Charts are described in "
            + "docs/CHARTS.md; file formats in docs/OUTPUTS.md.</p>\n");
    switch (folder.kind()) {
      case RUN, REPLICATED -> r.runSections(folder);
      case COMPARE -> r.compareSections(folder);
      case SWEEP, ANALYSIS -> r.sweepSections(folder);
    }
    r.html.append("</body></html>\n");
    return r.html.toString();
  }

  private void runSections(ResultFolder folder) throws IOException {
    boolean replicated = folder.kind() == ResultFolder.Kind.REPLICATED;
    h2("Run");
    com.fasterxml.jackson.databind.JsonNode runInfo = folder.runInfo();
    if (replicated && runInfo instanceof com.fasterxml.jackson.databind.node.ObjectNode o) {
      // Replicate 1's run.json stands for the scenario and version; its seed and wall time are
      // that replicate's only, so they are left to the seed table below.
      runInfo = o.deepCopy().without(List.of("seed", "wallSeconds"));
    }
    keyValues(runInfo);
    h2("Seeds");
    if (replicated) {
      List<List<String>> rows = new ArrayList<>();
      for (Path rep : folder.replicates()) {
        String seed = folder.runInfo(rep).path("seed").asText("?");
        rows.add(List.of(rep.getFileName().toString(), seed));
      }
      table(List.of("replicate", "seed"), rows);
    } else {
      html.append("<p>Seed: <b>").append(HtmlText.esc(folder.runInfo().path("seed").asText("unknown")))
          .append("</b></p>\n");
    }
    SummaryTable.Band band = SummaryTable.Band.SPREAD;
    TimeTable table = folder.table(band);
    h2("Charts");
    String opportunities = folder.vocabulary().opportunities();
    figure(() -> Charts.drift(folder.dir(), band, null, WIDTH, HEIGHT),
        "Norm drift: regional understanding r (solid) and global standard g (dashed) per practice,"
            + " principle acceptance (dash-dot), change-in / change-of months shaded"
            + (replicated ? ", band: 95% of replicates; markers: scripted " + opportunities + "."
                : "; markers: scripted " + opportunities
                    + ", foundings, passed recognition votes."));
    figure(() -> Charts.institutions(folder.dir(), band, null),
        "Secondary institutions: legitimacy, recognition level, cohesion and membership.",
        Charts.institutionsHeight(folder.dir()));
    h2("Summary at the end of the run");
    finalTable(table, folder.practices(table), replicated);
    if (!replicated) {
      h2("Events");
      List<List<String>> rows = new ArrayList<>();
      folder.events().countByType().forEach((k, v) -> rows.add(List.of(k, String.valueOf(v))));
      table(List.of("type", "count"), rows);
    }
    scenario(folder.scenarioText());
  }

  private void compareSections(ResultFolder folder) throws IOException {
    h2("Scenarios");
    List<List<String>> rows = new ArrayList<>();
    List<String> names = folder.compareScenarios();
    for (int i = 0; i < names.size(); i++) {
      rows.add(List.of(String.valueOf(i), names.get(i), i == 0 ? "base" : "counterfactual"));
    }
    table(List.of("#", "scenario", "role"), rows);
    h2("Charts");
    figure(() -> Charts.compare(folder.dir(), SummaryTable.Band.SPREAD, null),
        "Regional understanding per practice: base scenario (black) and counterfactuals, mean"
            + " lines with bands of 95% of replicates.");
    Optional<ResultFolder.CsvExcerpt> compareCsv = folder.csv("compare.csv", Integer.MAX_VALUE);
    if (compareCsv.isPresent()) {
      h2("Outcome measures (compare.csv)");
      csvTable(compareCsv.get(), "compare.csv");
    }
    h2("Seeds");
    JsonNode compareJson = folder.metadata("compare.json").orElseThrow();
    if (compareJson.has("seed")) {
      html.append("<p>Base seed: <b>").append(HtmlText.esc(compareJson.path("seed").asText()))
          .append("</b>; every scenario uses the same replicate seeds (column <code>seed</code>).</p>\n");
    }
    Map<String, Path> folders = folder.compareFolders();
    for (String s : names) {
      ResultFolder sub = new ResultFolder(folders.get(s), ResultFolder.Kind.REPLICATED);
      Optional<ResultFolder.CsvExcerpt> outcomes = sub.csv("outcomes.csv", 200);
      html.append("<h3>").append(HtmlText.esc(s)).append("</h3>\n");
      if (outcomes.isPresent()) {
        csvTable(outcomes.get(), "outcomes.csv");
      } else {
        html.append("<p class=\"note\">no outcomes.csv</p>\n");
      }
    }
    for (String s : names) {
      ResultFolder sub = new ResultFolder(folders.get(s), ResultFolder.Kind.REPLICATED);
      Optional<String> yaml = sub.scenarioText();
      if (yaml.isPresent()) {
        html.append("<h3>Scenario ").append(HtmlText.esc(s)).append("</h3>\n");
        pre(yaml.get());
      }
    }
  }

  private void sweepSections(ResultFolder folder) throws IOException {
    Optional<JsonNode> sweepJson = folder.metadata("sweep.json");
    if (sweepJson.isPresent()) {
      h2("Sweep");
      keyValues(sweepJson.get());
    }
    Optional<ResultFolder.CsvExcerpt> runs = folder.csv("runs.csv", 0);
    List<String> params = new ArrayList<>();
    List<String> outcomes = new ArrayList<>();
    if (runs.isPresent()) {
      ResultFolder.CsvExcerpt runTable = runs.get();
      List<String> design = designParams(folder, sweepJson);
      for (String h : runTable.header()) {
        if (RunsCsv.RUN_COLUMNS.contains(h)) {
          continue;
        }
        (design.contains(h) ? params : outcomes).add(h);
      }
      long n = runTable.total();
      long failed = folder.csv("failures.csv", 0).map(ResultFolder.CsvExcerpt::total).orElse(0L);
      h2("Runs");
      // One row per field, wrapping: the list of outcomes ran off a 1400-px page as one line.
      html.append("<div class=\"kv\">\n");
      table(List.of("field", "value"), List.of(
          List.of("completed runs", String.valueOf(n)),
          List.of("failed runs", String.valueOf(failed)),
          List.of("parameters", String.join(", ", params)),
          List.of("outcomes", String.join(", ", outcomes))));
      html.append("</div>\n");
      html.append("<p>Seeds: each run's seed is in runs.csv (column <code>seed</code>), derived "
          + "from the base seed of sweep.json.</p>\n");
    }
    Optional<Path> sobol = folder.sobolFile();
    h2("Charts");
    if (params.size() >= 2 && !outcomes.isEmpty()) {
      String metric = outcomes.stream().filter(o -> o.startsWith("final.drift.")).findFirst()
          .orElse(outcomes.get(0));
      figure(() -> Charts.heatmap(folder.dir(), params.get(0), params.get(1), metric, 10, null),
          "Mean " + metric + " per cell of " + params.get(0) + " and " + params.get(1)
              + " (rissim plot heatmap draws other pairs and outcomes).");
    }
    Optional<Path> morris = sobol.isPresent() ? Optional.empty() : folder.morrisFile();
    if (sobol.isPresent()) {
      figure(() -> Charts.sensitivity(folder.dir(), null, null),
          "First-order (light) and total-order (dark) Sobol indices with 95% bootstrap intervals.",
          Charts.sensitivityHeight(folder.dir(), null));
    } else if (morris.isPresent()) {
      figure(() -> Charts.sensitivity(folder.dir(), null, null),
          "Morris elementary effects: each parameter at (mu*, sigma) per outcome, mu* with its 95%"
              + " bootstrap interval; dashed: sigma = mu*.",
          Charts.sensitivityHeight(folder.dir(), null));
    }
    if (sobol.isPresent()) {
      h2("Sobol indices (analysis/sobol.csv)");
      csvTable(ResultFolder.csv(sobol.get(), Integer.MAX_VALUE), sobol.get().getFileName().toString());
    } else if (morris.isPresent()) {
      h2("Morris measures (analysis/morris.csv)");
      csvTable(ResultFolder.csv(morris.get(), Integer.MAX_VALUE), morris.get().getFileName().toString());
    }
    scenario(folder.scenarioText());
  }

  /** Parameter paths of a sweep: from design.csv, else sweep.json's params. */
  private static List<String> designParams(ResultFolder folder, Optional<JsonNode> sweepJson)
      throws IOException {
    Optional<ResultFolder.CsvExcerpt> design = folder.csv("design.csv", 0);
    List<String> out = new ArrayList<>();
    if (design.isPresent()) {
      design.get().header().stream().filter(h -> !h.equals("point")).forEach(out::add);
    } else if (sweepJson.isPresent()) {
      for (JsonNode p : sweepJson.get().path("params")) {
        out.add(p.path("path").asText());
      }
    }
    return out;
  }

  private void finalTable(TimeTable table, List<ResultFolder.Practice> practices,
      boolean replicated) {
    int last = table.months().size() - 1;
    if (last < 0) {
      return;
    }
    html.append("<p>Month ").append(table.months().get(last)).append(replicated
        ? ": mean over replicates, [p2.5, p97.5] of replicates.</p>\n" : ".</p>\n");
    List<List<String>> rows = new ArrayList<>();
    for (ResultFolder.Practice p : practices) {
      List<String> row = new ArrayList<>(List.of(p.label()));
      for (String prefix : List.of("r.", "g.", "drift.")) {
        row.add(cell(table, prefix + p.id(), last, replicated));
      }
      rows.add(row);
    }
    table(List.of("practice", "regional understanding r", "global standard g", "drift g - r"), rows);
    List<List<String>> other = new ArrayList<>();
    if (table.has("principle.acceptance")) {
      other.add(List.of("principle acceptance", cell(table, "principle.acceptance", last, replicated)));
    }
    int[] codes = table.classification();
    int in = 0;
    int of = 0;
    for (int c : codes) {
      in += c == 1 ? 1 : 0;
      of += c == 2 ? 1 : 0;
    }
    other.add(List.of("share of months change-in", HtmlText.fmt((double) in / codes.length)));
    other.add(List.of("share of months change-of", HtmlText.fmt((double) of / codes.length)));
    table(List.of("measure", "value"), other);
  }

  private static String cell(TimeTable table, String column, int t, boolean replicated) {
    if (!table.has(column)) {
      return "";
    }
    String v = HtmlText.fmt(table.mean(column)[t]);
    if (replicated && table.low(column) != null) {
      v += " [" + HtmlText.fmt(table.low(column)[t]) + ", " + HtmlText.fmt(table.high(column)[t]) + "]";
    }
    return v;
  }

  /** Builds a figure for the report; may fail for folders a chart does not apply to. */
  private interface FigureSource {
    Figure get() throws IOException;
  }

  private void figure(FigureSource source, String caption) throws IOException {
    figure(source, caption, HEIGHT);
  }

  private void figure(FigureSource source, String caption, int height) throws IOException {
    Figure f;
    try {
      f = source.get();
    } catch (IllegalArgumentException notApplicable) {
      html.append("<p class=\"note\">").append(HtmlText.esc(notApplicable.getMessage())).append("</p>\n");
      return;
    }
    figures++;
    html.append("<figure>\n").append(f.toSvgElement(WIDTH, height, "fig" + figures + "-"))
        .append("\n<figcaption>Figure ").append(figures).append(". ").append(HtmlText.esc(caption))
        .append("</figcaption></figure>\n");
  }

  private void scenario(Optional<String> text) {
    h2("Scenario (scenario.effective.yaml)");
    if (text.isEmpty()) {
      html.append("<p class=\"note\">No scenario.effective.yaml in this folder.</p>\n");
      return;
    }
    pre(text.get());
  }

  private void pre(String text) {
    html.append("<details open><summary>effective scenario</summary><pre>").append(HtmlText.esc(text))
        .append("</pre></details>\n");
  }

  private void h2(String title) {
    html.append("<h2>").append(HtmlText.esc(title)).append("</h2>\n");
  }

  private void keyValues(JsonNode node) {
    if (node.isMissingNode() || node.size() == 0) {
      html.append("<p class=\"note\">No metadata.</p>\n");
      return;
    }
    List<List<String>> rows = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      JsonNode v = e.getValue();
      rows.add(List.of(e.getKey(), v.isValueNode() ? v.asText() : HtmlText.textList(v)));
    }
    // Long values (the command, the parameters as JSON) wrap instead of widening the page.
    html.append("<div class=\"kv\">\n");
    table(List.of("field", "value"), rows);
    html.append("</div>\n");
  }

  private void csvTable(ResultFolder.CsvExcerpt csv, String fileName) {
    List<List<String>> rows = new ArrayList<>();
    for (List<String> r : csv.rows()) {
      rows.add(r.stream().map(HtmlText::rounded).toList());
    }
    table(csv.header(), rows);
    if (csv.total() > rows.size()) {
      html.append("<p class=\"note\">").append(csv.total() - rows.size())
          .append(" more rows in ").append(HtmlText.esc(fileName)).append("</p>\n");
    }
  }

  private void table(List<String> header, List<List<String>> rows) {
    html.append("<div class=\"scroll\"><table><thead><tr>");
    header.forEach(h -> html.append("<th>").append(HtmlText.esc(h)).append("</th>"));
    html.append("</tr></thead><tbody>\n");
    for (List<String> row : rows) {
      html.append("<tr>");
      for (String c : row) {
        boolean numeric = c.matches("-?[0-9.eE+-]+( \\[.*\\])?");
        html.append(numeric ? "<td class=\"n\">" : "<td>").append(HtmlText.esc(c)).append("</td>");
      }
      html.append("</tr>\n");
    }
    html.append("</tbody></table></div>\n");
  }


}
