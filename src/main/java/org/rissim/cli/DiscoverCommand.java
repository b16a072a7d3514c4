package org.rissim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.rissim.io.OutputFolder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.rissim.analysis.prim.Prim;
import org.rissim.analysis.prim.PrimBox;
import org.rissim.analysis.prim.PrimInput;
import org.rissim.analysis.sensitivity.CsvTable;
import org.rissim.analysis.sensitivity.SweepData;
import org.rissim.experiment.design.ParameterSpec;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rissim discover SWEEP_DIR --outcome M --above X}: PRIM scenario discovery over a sweep's runs. */
@Command(name = "discover", mixinStandardHelpOptions = true,
    description = {"Scenario discovery (PRIM): the box of parameter values where runs with an"
        + " outcome above (or below) a threshold concentrate.",
        "Writes SWEEP_DIR/analysis/prim-trajectory.csv and prim-box.csv."})
public final class DiscoverCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "SWEEP_DIR", description = "Folder written by 'rissim sweep'.")
  Path sweepDir;

  @Option(names = "--outcome", required = true, paramLabel = "M", description = "Outcome measure (a runs.csv column).")
  String outcome;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Threshold threshold;

  @Option(names = "--peel", defaultValue = "0.05", description = "Share of the box peeled per step (default ${DEFAULT-VALUE}).")
  double peel;

  @Option(names = "--min-support", defaultValue = "0.05", description = "Smallest share of runs a box may hold (default ${DEFAULT-VALUE}).")
  double minSupport;

  /** Which runs are of interest. */
  static final class Threshold {
    @Option(names = "--above", paramLabel = "X", description = "Runs with outcome > X are of interest.")
    Double above;

    @Option(names = "--below", paramLabel = "X", description = "Runs with outcome < X are of interest.")
    Double below;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      SweepData data = SweepData.read(sweepDir);
      PrimInput input = PrimInput.of(data, outcome, threshold.above != null
          ? v -> v > threshold.above : v -> v < threshold.below);
      Prim.Result result = new Prim(peel, minSupport).find(input.x(), input.y());
      List<String> columns = data.paramColumns();
      String rule = threshold.above != null ? "> " + threshold.above : "< " + threshold.below;
      out.printf(Locale.ROOT, "PRIM on %d runs (%d skipped: missing values), of interest: %s %s%n",
          input.x().length, input.skipped(), outcome, rule);
      CsvTable trajectory = trajectoryTable(result, columns.size());
      CsvTable box = boxTable(result, data);
      out.println();
      out.println("== peeling and pasting trajectory ==");
      trajectory.print(out);
      PrimBox chosen = result.box();
      out.println();
      out.printf(Locale.ROOT, "chosen box: step %d (%s), coverage %.3f, density %.3f, mass %.3f, %d runs%n",
          chosen.step(), chosen.phase(), chosen.coverage(), chosen.density(), chosen.mass(), chosen.n());
      box.print(out);
      Path dir = sweepDir.resolve("analysis");
      // One writer per folder; earlier tables are replaced atomically (docs/OUTPUTS.md).
      try (OutputFolder folder = OutputFolder.inPlace(dir)) {
        trajectory.write(dir);
        box.write(dir);
        folder.commit();
      }
      out.println();
      out.println("written to " + dir);
      out.flush();
      return 0;
    } catch (IllegalArgumentException e) {
      err.println("discover: " + e.getMessage());
      return 2;
    } catch (IOException | UncheckedIOException e) {
      err.println("discover: cannot read or write " + sweepDir + ": " + e.getMessage());
      return 2;
    }
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
