package org.rissim.analysis.prim;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoublePredicate;
import org.rissim.analysis.sensitivity.CsvTable;
import org.rissim.analysis.sensitivity.SweepData;
import org.rissim.experiment.design.ParameterSpec;

/**
 * Scenario discovery over a sweep's runs: PRIM's input, its search and the two tables that
 * {@code rissim discover} prints and writes, {@code prim-trajectory.csv} (every box, with how
 * many parameters it restricts and which one is chosen) and {@code prim-box.csv} (the chosen
 * box's bounds of each restricted parameter beside the data range, a category by its name).
 *
 * @param input      the runs PRIM read and the runs skipped
 * @param result     PRIM's trajectory and chosen box
 * @param trajectory the table of the peeling and pasting trajectory
 * @param box        the table of the chosen box
 */
public record ScenarioDiscovery(PrimInput input, Prim.Result result, CsvTable trajectory,
    CsvTable box) {

  /**
   * PRIM over {@code data}'s runs, a run being of interest when its {@code outcome} passes
   * {@code interesting}, peeling {@code peel} of the box per step down to {@code minSupport}.
   *
   * @throws IllegalArgumentException for an unknown outcome, a bad peel or support, or no run
   *                                  to search (the message says which)
   */
  public static ScenarioDiscovery of(SweepData data, String outcome,
      DoublePredicate interesting, double peel, double minSupport) {
    PrimInput input = PrimInput.of(data, outcome, interesting);
    Prim.Result result = new Prim(peel, minSupport).find(input.x(), input.y());
    return new ScenarioDiscovery(input, result,
        trajectoryTable(result, data.paramColumns().size()), boxTable(result, data));
  }

  private static CsvTable trajectoryTable(Prim.Result result, int dims) {
    List<List<Object>> rows = new ArrayList<>();
    for (int i = 0; i < result.trajectory().size(); i++) {
      PrimBox b = result.trajectory().get(i);
      int restricted = 0;
      for (int d = 0; d < dims; d++) {
        restricted += b.restricts(d, result.min()[d], result.max()[d]) ? 1 : 0;
      }
      rows.add(List.of(b.step(), b.phase(), b.coverage(), b.density(), b.mass(), b.n(), restricted,
          i == result.chosen() ? 1 : 0));
    }
    return new CsvTable("prim-trajectory.csv",
        List.of("step", "phase", "coverage", "density", "mass", "n", "restricted", "chosen"), rows);
  }

  private static CsvTable boxTable(Prim.Result result, SweepData data) {
    List<List<Object>> rows = new ArrayList<>();
    PrimBox b = result.box();
    List<String> columns = data.paramColumns();
    for (int d = 0; d < columns.size(); d++) {
      if (b.restricts(d, result.min()[d], result.max()[d])) {
        ParameterSpec p = data.owner(columns.get(d));
        rows.add(List.of(columns.get(d), cell(p, b.lower()[d]), cell(p, b.upper()[d]),
            cell(p, result.min()[d]), cell(p, result.max()[d])));
      }
    }
    return new CsvTable("prim-box.csv", List.of("parameter", "lower", "upper", "min", "max"), rows);
  }

  /** A bound as a number, or as the category name for a categorical parameter of names. */
  private static Object cell(ParameterSpec p, double v) {
    String label = p.label(v);
    return label.equals(Double.toString(v)) ? (Object) v : label;
  }
}
