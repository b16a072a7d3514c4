package org.rissim.analysis.patterns;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a {@link Discrimination} as the long {@code patterns.csv}, a terminal table and a
 * Markdown table (docs/VALIDATION.md is generated from the latter).
 */
public final class DiscriminationWriter {
  /** Header of the long {@code patterns.csv}: one row per pattern (or joint set) and model. */
  public static final List<String> HEADER = List.of("pattern", "model", "holds", "n", "share",
      "lo", "hi", "discriminates", "label", "medianMonth", "q1Month", "q3Month");
  /** The {@code pattern} value of the joint share of the evidence patterns. */
  public static final String JOINT_EVIDENCE = "joint:evidence";
  /** The {@code pattern} value of the joint share of the patterns labelled evidence. */
  public static final String JOINT_DISCRIMINATING = "joint:discriminating";
  /** The {@code pattern} value of the joint share of all patterns. */
  public static final String JOINT_ALL = "joint:all";

  private DiscriminationWriter() {}

  /** The long CSV: patterns in scenario order, models in order within each, then the joints. */
  public static String csv(Discrimination d) {
    StringBuilder b = new StringBuilder();
    CSVFormat format = CSVFormat.DEFAULT.builder().setRecordSeparator('\n')
        .setHeader(HEADER.toArray(String[]::new)).get();
    try (CSVPrinter out = new CSVPrinter(b, format)) {
      for (int p = 0; p < d.patterns().size(); p++) {
        for (int m = 0; m < d.models().size(); m++) {
          PatternShare s = d.shares().get(m).get(p);
          out.printRecord(s.pattern(), d.models().get(m).name(), s.holds(), s.n(), s.share(),
              s.ciLow(), s.ciHigh(), d.discriminates(p, m).map(String::valueOf).orElse(""),
              d.label(p), month(s.medianMonth()), month(s.q1Month()), month(s.q3Month()));
        }
      }
      for (int m = 0; m < d.models().size(); m++) {
        Optional<JointShare> e = d.jointEvidence().get(m);
        if (e.isPresent()) {
          joint(out, JOINT_EVIDENCE, d.models().get(m).name(), e.get());
        }
      }
      List<Optional<JointShare>> discriminating = d.jointDiscriminating();
      for (int m = 0; m < d.models().size(); m++) {
        if (discriminating.get(m).isPresent()) {
          joint(out, JOINT_DISCRIMINATING, d.models().get(m).name(), discriminating.get(m).get());
        }
      }
      for (int m = 0; m < d.models().size(); m++) {
        joint(out, JOINT_ALL, d.models().get(m).name(), d.jointAll().get(m));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return b.toString();
  }

  private static void joint(CSVPrinter out, String id, String model, JointShare j)
      throws IOException {
    out.printRecord(id, model, j.holds(), j.n(), j.share(), j.lo(), j.hi(), "", "", "", "", "");
  }

  private static String month(Optional<YearMonth> m) {
    return m.map(YearMonth::toString).orElse("");
  }

  /**
   * The terminal table: the reference's share with its interval, every other model's share
   * ({@code *} when the pattern discriminates against it, {@code ~} when the model removes a
   * mechanism the pattern evidences but the share does not fall by 0.5), the label.
   */
  public static String terminal(Discrimination d) {
    List<String> names = shortNames(d);
    List<List<String>> rows = new ArrayList<>();
    List<String> head = new ArrayList<>(List.of("pattern", "label", names.get(0) + " [95% CI]"));
    head.addAll(names.subList(1, names.size()));
    rows.add(head);
    for (int p = 0; p < d.patterns().size(); p++) {
      List<String> row = new ArrayList<>();
      row.add(d.patterns().get(p).id());
      row.add(d.label(p));
      PatternShare ref = d.shares().get(0).get(p);
      row.add(String.format(Locale.ROOT, "%.3f [%.3f, %.3f]", ref.share(), ref.ciLow(),
          ref.ciHigh()));
      for (int m = 1; m < d.models().size(); m++) {
        row.add(cell(d, p, m));
      }
      rows.add(row);
    }
    if (d.jointEvidence().get(0).isPresent()) {
      rows.add(jointRow("all evidence patterns", d.jointEvidence().stream()
          .map(Optional::get).toList()));
    }
    if (d.jointDiscriminating().get(0).isPresent()) {
      rows.add(jointRow("all discriminating patterns", d.jointDiscriminating().stream()
          .map(Optional::get).toList()));
    }
    rows.add(jointRow("all patterns", d.jointAll()));
    StringBuilder b = new StringBuilder();
    int[] width = new int[head.size()];
    for (List<String> r : rows) {
      for (int c = 0; c < r.size(); c++) {
        width[c] = Math.max(width[c], r.get(c).length());
      }
    }
    for (List<String> r : rows) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < r.size(); c++) {
        line.append(c < 2 ? pad(r.get(c), width[c]) : padLeft(r.get(c), width[c])).append("  ");
      }
      b.append(line.toString().stripTrailing()).append('\n');
    }
    if (d.models().size() > 1) {
      b.append("* the share falls by >= 0.5 under a null removing a mechanism the pattern "
          + "evidences; ~ it removes one but the share does not fall so far\n");
    }
    return b.toString();
  }

  /**
   * The Markdown table of docs/VALIDATION.md: pattern, label, declared evidences, the
   * reference's share and interval, every other model's share (marked as in the terminal).
   */
  public static String markdown(Discrimination d) {
    List<String> names = shortNames(d);
    StringBuilder b = new StringBuilder();
    b.append("| pattern | label | evidences | ").append(names.get(0)).append(" [95% CI]");
    names.subList(1, names.size()).forEach(n -> b.append(" | ").append(n));
    b.append(" |\n|---|---|---|---");
    names.subList(1, names.size()).forEach(n -> b.append("|---"));
    b.append("|\n");
    for (int p = 0; p < d.patterns().size(); p++) {
      PatternShare ref = d.shares().get(0).get(p);
      b.append("| ").append(d.patterns().get(p).id()).append(" | ").append(d.label(p))
          .append(" | ").append(String.join(", ", d.patterns().get(p).evidences()))
          .append(String.format(Locale.ROOT, " | %.3f [%.3f, %.3f]", ref.share(), ref.ciLow(),
              ref.ciHigh()));
      for (int m = 1; m < d.models().size(); m++) {
        String c = cell(d, p, m);
        b.append(" | ").append(c.endsWith("*") ? "**" + c + "**" : c);
      }
      b.append(" |\n");
    }
    List<List<JointShare>> joints = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    if (d.jointEvidence().get(0).isPresent()) {
      joints.add(d.jointEvidence().stream().map(Optional::get).toList());
      labels.add("*all evidence patterns together*");
    }
    if (d.jointDiscriminating().get(0).isPresent()) {
      joints.add(d.jointDiscriminating().stream().map(Optional::get).toList());
      labels.add("*all patterns labelled evidence together*");
    }
    joints.add(d.jointAll());
    labels.add("*all patterns together*");
    for (int j = 0; j < joints.size(); j++) {
      List<String> row = jointRow(labels.get(j), joints.get(j));
      b.append("| ").append(row.get(0)).append(" | | | ").append(String.join(" | ",
          row.subList(2, row.size()))).append(" |\n");
    }
    return b.toString();
  }

  /**
   * The Markdown table of one model's shares: pattern, share, 95% interval, and for event
   * patterns the median [IQR] month of the first matching event (docs/VALIDATION.md, "Baseline").
   */
  public static String shareMarkdown(List<PatternShare> shares) {
    StringBuilder b = new StringBuilder("| pattern | share | 95% CI | first event: median [IQR] |\n"
        + "|---|---|---|---|\n");
    for (PatternShare p : shares) {
      String timing = p.medianMonth().map(m -> m + " [" + p.q1Month().get() + ", "
          + p.q3Month().get() + "]").orElse("");
      b.append(String.format(Locale.ROOT, "| %s | %.3f | [%.3f, %.3f] | %s |%n", p.pattern(),
          p.share(), p.ciLow(), p.ciHigh(), timing));
    }
    return b.toString();
  }

  private static String cell(Discrimination d, int p, int m) {
    String share = String.format(Locale.ROOT, "%.3f", d.shares().get(m).get(p).share());
    return share + d.discriminates(p, m).map(x -> x ? "*" : "~").orElse("");
  }

  private static List<String> jointRow(String label, List<JointShare> joints) {
    List<String> row = new ArrayList<>(List.of(label, ""));
    JointShare ref = joints.get(0);
    row.add(String.format(Locale.ROOT, "%.3f [%.3f, %.3f]", ref.share(), ref.lo(), ref.hi()));
    for (int m = 1; m < joints.size(); m++) {
      JointShare j = joints.get(m);
      row.add(String.format(Locale.ROOT, "%.3f [%.3f, %.3f]", j.share(), j.lo(), j.hi()));
    }
    return row;
  }

  /** Model names for column heads: a null model's {@code null-} prefix is dropped. */
  private static List<String> shortNames(Discrimination d) {
    return d.models().stream().map(m -> m.name().startsWith("null-")
        ? m.name().substring("null-".length()) : m.name()).toList();
  }

  private static String pad(String s, int w) {
    return s + " ".repeat(Math.max(0, w - s.length()));
  }

  private static String padLeft(String s, int w) {
    return " ".repeat(Math.max(0, w - s.length())) + s;
  }
}
