package org.rissim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.rissim.experiment.Comparison;
import org.rissim.experiment.Estimate;
import org.rissim.experiment.ExperimentException;
import org.rissim.experiment.RunFunction;
import org.rissim.scenario.LoadedScenario;
import org.rissim.scenario.ScenarioException;
import org.rissim.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rissim compare BASE CF...}: counterfactuals against a base under common random numbers. */
@Command(name = "compare", mixinStandardHelpOptions = true,
    description = "Compare scenarios with a base: replicate k of each uses the same seed.")
public final class CompareCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "2..*", paramLabel = "SCENARIO", description = "base scenario, then counterfactuals")
  List<Path> scenarios;

  @Option(names = "--reps", required = true, description = "replicates per scenario")
  int reps;

  @Option(names = "--threads", defaultValue = "1", description = "worker threads (default ${DEFAULT-VALUE})")
  int threads;

  @Option(names = "--seed", defaultValue = "1", description = "base seed (default ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--out", description = "output folder (default results/compare-<base>)")
  Path out;

  @Option(names = "--set", paramLabel = "PATH=VALUE", description = "override applied to every scenario")
  List<String> sets = new ArrayList<>();

  @Option(names = "--force", description = "overwrite earlier results")
  boolean force;

  @Option(names = "--quiet", description = "no progress output")
  boolean quiet;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    if (reps < 2 || threads < 1) {
      err.println("compare: --reps must be at least 2 and --threads at least 1");
      return 2;
    }
    List<LoadedScenario> loaded = new ArrayList<>();
    try {
      for (Path p : scenarios) {
        loaded.add(ScenarioLoader.load(p, sets));
      }
    } catch (ScenarioException e) {
      err.println(e.getMessage());
      return 2;
    }
    Path dir = out != null ? out
        : Path.of("results", "compare-" + loaded.get(0).scenario().name());
    List<Comparison.Row> rows;
    try {
      rows = Comparison.run(loaded, seed, reps, threads, dir, force, RunFunction.MODEL,
          ConsoleProgress.of(quiet, err, "compare"));
    } catch (ExperimentException | java.nio.file.FileAlreadyExistsException e) {
      err.println("compare: " + e.getMessage());
      return 2;
    }
    print(spec.commandLine().getOut(), rows);
    spec.commandLine().getOut().println("written to " + dir);
    return 0;
  }

  /** The table of compare.csv, each column as wide as its widest cell. */
  static void print(PrintWriter out, List<Comparison.Row> rows) {
    List<String[]> cells = new ArrayList<>();
    cells.add(new String[] {"scenario", "measure", "mean [95% CI]", "diff [95% CI]", "d_z"});
    for (Comparison.Row r : rows) {
      Estimate d = r.difference();
      cells.add(new String[] {r.scenario(), r.measure(), interval(r.level()),
          d == null ? "" : interval(d), d == null ? "" : number(d.effectSizeDz())});
    }
    int[] width = new int[5];
    for (String[] row : cells) {
      for (int c = 0; c < row.length; c++) {
        width[c] = Math.max(width[c], row[c].length());
      }
    }
    String format = "%-" + width[0] + "s  %-" + width[1] + "s  %" + width[2] + "s  %" + width[3]
        + "s  %" + width[4] + "s%n";
    for (String[] row : cells) {
      out.printf(format, (Object[]) row);
    }
  }

  private static String interval(Estimate e) {
    return number(e.mean()) + " [" + number(e.ciLow()) + ", " + number(e.ciHigh()) + "]";
  }

  private static String number(double v) {
    return Double.isNaN(v) ? "-" : String.format(java.util.Locale.ROOT, "%.4g", v);
  }
}
