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
import org.rissim.io.Faults;
import org.rissim.io.OutputFolder;
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

  @Option(names = "--force", description = "replace an earlier compare folder as a whole")
  boolean force;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    if (reps < 2 || threads < 1) {
      err.println("compare: --reps must be at least 2 and --threads at least 1");
      return 2;
    }
    String badOut = Arguments.checkOut(out);
    if (badOut != null) {
      err.println(badOut);
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
        : Arguments.defaultFolder(loaded.get(0).scenario().name(), "compare-", "");
    List<Comparison.Row> rows;
    // Locked for the whole command, written under a staging name and renamed into place:
    // a failed compare leaves nothing behind, --force replaces the folder as a whole.
    try (OutputFolder folder = OutputFolder.staged(dir, force)) {
      Locks.noteTakeover(folder, err);
      rows = Comparison.run(loaded, seed, reps, threads, folder.path(), true, RunFunction.MODEL);
      folder.commit();
    } catch (ExperimentException | java.nio.file.FileAlreadyExistsException e) {
      err.println("compare: " + Faults.describe(e));
      return 2;
    }
    print(spec.commandLine().getOut(), rows);
    spec.commandLine().getOut().println("written to " + dir);
    return 0;
  }

  private static void print(PrintWriter out, List<Comparison.Row> rows) {
    out.printf("%-16s %-28s %26s %26s %8s%n", "scenario", "measure", "mean [95% CI]",
        "diff [95% CI]", "d_z");
    for (Comparison.Row r : rows) {
      Estimate d = r.difference();
      out.printf("%-16s %-28s %26s %26s %8s%n", r.scenario(), r.measure(),
          interval(r.level()), d == null ? "" : interval(d),
          d == null ? "" : number(d.effectSizeDz()));
    }
  }

  private static String interval(Estimate e) {
    return number(e.mean()) + " [" + number(e.ciLow()) + ", " + number(e.ciHigh()) + "]";
  }

  private static String number(double v) {
    return Double.isNaN(v) ? "-" : String.format(java.util.Locale.ROOT, "%.4g", v);
  }
}
