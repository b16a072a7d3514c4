package org.rissim.chart;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The HTML report of a {@code rissim patterns} folder: the discrimination table (patterns x
 * models, shares with the reference's interval, discrimination marks, labels) and the joint
 * shares, from the long {@code patterns.csv}.
 */
final class PatternsReport {
  private PatternsReport() {}

  /** Whether the folder is a patterns folder (a long patterns.csv and no run of its own). */
  static boolean applies(Path dir) {
    return Files.isRegularFile(dir.resolve("patterns.csv"))
        && !Files.exists(dir.resolve("timeseries.csv")) && !Files.exists(dir.resolve("run.json"));
  }

  /** The page, styled with {@code css}. */
  static String render(Path dir, String css) throws IOException {
    Map<String, Map<String, CSVRecord>> byPattern = new LinkedHashMap<>();
    List<String> models = new ArrayList<>();
    try (Reader in = Files.newBufferedReader(dir.resolve("patterns.csv"))) {
      for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
          .parse(in)) {
        if (!r.isMapped("model")) {
          throw new IllegalArgumentException(dir.resolve("patterns.csv")
              + ": no `model` column (written by an older rissim patterns)");
        }
        byPattern.computeIfAbsent(r.get("pattern"), k -> new LinkedHashMap<>())
            .put(r.get("model"), r);
        if (!models.contains(r.get("model"))) {
          models.add(r.get("model"));
        }
      }
    }
    StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta "
        + "charset=\"utf-8\"><title>rissim report: patterns</title><style>").append(css)
        .append("</style></head><body>\n<h1>rissim report: patterns of ")
        .append(HtmlReport.esc(models.get(0))).append("</h1>\n<p>Share of runs in which each "
            + "pattern holds (95% Wilson interval for the reference model). <b>*</b>: the share "
            + "falls by at least 0.5 under a null model that removes a mechanism the pattern "
            + "evidences (the pattern discriminates); <b>~</b>: such a null model, but a smaller "
            + "fall. See docs/VALIDATION.md.</p>\n<h2>Discrimination</h2>\n<div class=\"scroll\">"
            + "<table><thead><tr><th>pattern</th><th>label</th>");
    models.forEach(m -> h.append("<th>").append(HtmlReport.esc(m)).append("</th>"));
    h.append("</tr></thead><tbody>\n");
    for (Map.Entry<String, Map<String, CSVRecord>> e : byPattern.entrySet()) {
      CSVRecord ref = e.getValue().get(models.get(0));
      h.append("<tr><td>").append(HtmlReport.esc(e.getKey())).append("</td><td>")
          .append(HtmlReport.esc(ref == null ? "" : ref.get("label"))).append("</td>");
      for (String m : models) {
        CSVRecord r = e.getValue().get(m);
        String cell = "";
        if (r != null) {
          double share = Double.parseDouble(r.get("share"));
          cell = m.equals(models.get(0)) || e.getKey().startsWith("joint:")
              ? String.format(Locale.ROOT, "%.3f [%.3f, %.3f]", share,
                  Double.parseDouble(r.get("lo")), Double.parseDouble(r.get("hi")))
              : String.format(Locale.ROOT, "%.3f", share)
                  + (r.get("discriminates").equals("true") ? "*"
                      : r.get("discriminates").equals("false") ? "~" : "");
        }
        h.append("<td class=\"n\">").append(HtmlReport.esc(cell)).append("</td>");
      }
      h.append("</tr>\n");
    }
    return h.append("</tbody></table></div>\n</body></html>\n").toString();
  }
}
