package org.rissim.analysis.sensitivity;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.rissim.io.OutputDirectory;

/**
 * A result table: written as CSV (numbers in full, NaN as an empty cell) and printed as aligned
 * text (numbers to three decimals).
 *
 * @param file   file name under {@code analysis/}
 * @param header column names
 * @param rows   cells: {@link Double}, {@link Integer} or text
 */
public record CsvTable(String file, List<String> header, List<List<Object>> rows) {
  public CsvTable {
    header = List.copyOf(header);
    rows = rows.stream().map(r -> (List<Object>) new ArrayList<>(r)).toList();
  }

  /** Writes the table to {@code dir/file} through a temporary file, so that the file is whole. */
  public Path write(Path dir) throws IOException {
    Files.createDirectories(dir);
    Path target = dir.resolve(file);
    OutputDirectory.writeAtomically(target, w -> {
      // Not closed here: writeAtomically flushes and closes the file itself.
      CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get());
      csv.printRecord(header);
      for (List<Object> row : rows) {
        csv.printRecord(row.stream().map(CsvTable::full).toList());
      }
      csv.flush();
    });
    return target;
  }

  /** Prints the table as aligned columns. */
  public void print(PrintWriter out) {
    List<List<String>> cells = new ArrayList<>();
    cells.add(header);
    for (List<Object> row : rows) {
      cells.add(row.stream().map(CsvTable::brief).toList());
    }
    int[] width = new int[header.size()];
    for (List<String> r : cells) {
      for (int c = 0; c < r.size(); c++) {
        width[c] = Math.max(width[c], r.get(c).length());
      }
    }
    for (List<String> r : cells) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < r.size(); c++) {
        String v = r.get(c);
        boolean left = c == 0 || !(v.isEmpty() || Character.isDigit(v.charAt(v.length() - 1)));
        line.append(left ? String.format("%-" + width[c] + "s", v) : String.format("%" + width[c] + "s", v));
        line.append(c + 1 < r.size() ? "  " : "");
      }
      out.println(line.toString().stripTrailing());
    }
    out.flush();
  }

  private static String full(Object cell) {
    if (cell instanceof Double d) {
      return Double.isFinite(d) ? Double.toString(d) : "";
    }
    return String.valueOf(cell);
  }

  private static String brief(Object cell) {
    if (cell instanceof Double d) {
      return Double.isFinite(d) ? String.format(Locale.ROOT, "%.3f", d) : "NaN";
    }
    return String.valueOf(cell);
  }
}
