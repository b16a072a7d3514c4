package org.rissim.chart;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The HTML report of a {@code rissim patterns} folder: the discrimination table (patterns x
 * models, shares with the reference's interval, discrimination marks, labels) and the joint
 * shares, from the long {@code patterns.csv} (read through {@link ResultFolder}).
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
    ResultFolder.CsvExcerpt csv = ResultFolder.csv(dir.resolve("patterns.csv"), Integer.MAX_VALUE);
    if (!csv.header().contains("model")) {
      throw new IllegalArgumentException(dir.resolve("patterns.csv")
          + ": no `model` column (written by an older rissim patterns)");
    }
    Map<String, Map<String, List<String>>> byPattern = new LinkedHashMap<>();
    List<String> models = new ArrayList<>();
    for (List<String> r : csv.rows()) {
      String model = csv.get(r, "model");
      byPattern.computeIfAbsent(csv.get(r, "pattern"), k -> new LinkedHashMap<>()).put(model, r);
      if (!models.contains(model)) {
        models.add(model);
      }
    }
    StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta "
        + "charset=\"utf-8\"><title>rissim report: patterns</title><style>").append(css)
        .append("</style></head><body>\n<h1>rissim report: patterns of ")
        .append(HtmlText.esc(models.get(0))).append("</h1>\n<p>Share of runs in which each "
            + "pattern holds (95% Wilson interval for the reference model). <b>*</b>: the share "
            + "falls by at least 0.5 under a null model that removes a mechanism the pattern "
            + "evidences (the pattern discriminates); <b>~</b>: such a null model, but a smaller "
            + "fall. See docs/VALIDATION.md.</p>\n<h2>Discrimination</h2>\n<div class=\"scroll\">"
            + "<table><thead><tr><th>pattern</th><th>label</th>");
    models.forEach(m -> h.append("<th>").append(HtmlText.esc(m)).append("</th>"));
    h.append("</tr></thead><tbody>\n");
    for (Map.Entry<String, Map<String, List<String>>> e : byPattern.entrySet()) {
      List<String> ref = e.getValue().get(models.get(0));
      h.append("<tr><td>").append(HtmlText.esc(e.getKey())).append("</td><td>")
          .append(HtmlText.esc(ref == null ? "" : csv.get(ref, "label"))).append("</td>");
      for (String m : models) {
        List<String> r = e.getValue().get(m);
        String cell = "";
        if (r != null) {
          double share = Double.parseDouble(csv.get(r, "share"));
          cell = m.equals(models.get(0)) || e.getKey().startsWith("joint:")
              ? String.format(Locale.ROOT, "%.3f [%.3f, %.3f]", share,
                  Double.parseDouble(csv.get(r, "lo")), Double.parseDouble(csv.get(r, "hi")))
              : String.format(Locale.ROOT, "%.3f", share)
                  + (csv.get(r, "discriminates").equals("true") ? "*"
                      : csv.get(r, "discriminates").equals("false") ? "~" : "");
        }
        h.append("<td class=\"n\">").append(HtmlText.esc(cell)).append("</td>");
      }
      h.append("</tr>\n");
    }
    return h.append("</tbody></table></div>\n</body></html>\n").toString();
  }
}
