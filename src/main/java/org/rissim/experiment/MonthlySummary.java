package org.rissim.experiment;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.rissim.observe.TimeSeries;

/** The {@code summary.csv} of replicated runs: one row per month and numeric column. */
public final class MonthlySummary {
  /** Header of summary.csv (docs/OUTPUTS.md). */
  public static final List<String> HEADER =
      List.of("month", "column", "n", "mean", "sd", "p025", "p975", "ciLow", "ciHigh");

  private MonthlySummary() {}

  /** The text of summary.csv for these replicates (months and columns of the first). */
  public static String csv(List<TimeSeries> replicates) {
    StringWriter out = new StringWriter();
    try (CSVPrinter p = new CSVPrinter(out, RunFolder.CSV)) {
      p.printRecord(HEADER);
      if (replicates.isEmpty()) {
        return out.toString();
      }
      TimeSeries first = replicates.get(0);
      double[] values = new double[replicates.size()];
      for (int row = 0; row < first.size(); row++) {
        for (String column : first.columns()) {
          for (int k = 0; k < values.length; k++) {
            TimeSeries s = replicates.get(k);
            // A replicate that stopped early or lacks the column counts as missing.
            values[k] = row < s.size() && s.has(column) ? s.value(row, column) : Double.NaN;
          }
          Estimate e = Estimate.of(values);
          p.printRecord(first.month(row).toString(), column, e.n(), Cells.format(e.mean()),
              Cells.format(e.sd()), Cells.format(e.p025()), Cells.format(e.p975()),
              Cells.format(e.ciLow()), Cells.format(e.ciHigh()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
