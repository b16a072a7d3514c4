package org.rissim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;
import org.rissim.observe.StateTable;

class StatesCsvBytesTest {
  /** states.csv as CSVPrinter writes it record by record: the reference for the fast writer. */
  private static String byCsvPrinter(StateTable t) throws Exception {
    StringWriter out = new StringWriter();
    CSVPrinter p = new CSVPrinter(out, RunFolder.CSV);
    List<String> header = new ArrayList<>(List.of("month", "state", "practice"));
    header.addAll(StateTable.VALUES);
    p.printRecord(header);
    for (int m = 0; m < t.size(); m++) {
      for (int s = 0; s < t.states().size(); s++) {
        for (int q = 0; q < t.practices().size(); q++) {
          List<String> cells = new ArrayList<>(List.of(t.month(m).toString(),
              t.states().get(s), t.practices().get(q)));
          for (int v = 0; v < StateTable.VALUES.size(); v++) {
            cells.add(Cells.format(t.value(m, s, q, v)));
          }
          p.printRecord(cells);
        }
      }
    }
    p.flush();
    return out.toString();
  }

  @Test
  void fastStatesCsvHasTheBytesOfCsvPrinterForAwkwardNamesAndNumbers() throws Exception {
    List<String> states = List.of("A", "with,comma", "say \"no\"", " lead", "trail ", "#x", "",
        "multi\nline");
    List<String> practices = List.of("consent", "use of force", "a,b");
    StateTable t = new StateTable(states, practices);
    double[] specials = {0.5, -0.25, 1, 0, Double.NaN, 1e-9, -3.5e20, 123456789.125};
    for (int m = 0; m < 2; m++) {
      double[] values = new double[states.size() * practices.size() * StateTable.VALUES.size()];
      for (int i = 0; i < values.length; i++) {
        values[i] = specials[(i + m) % specials.length];
      }
      t.add(YearMonth.of(2000, 1 + m), values);
    }
    assertEquals(byCsvPrinter(t), RunFolder.states(t));
  }
}
