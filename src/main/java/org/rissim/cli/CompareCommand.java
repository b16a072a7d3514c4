package org.rissim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.rissim.experiment.Comparison;
import org.rissim.experiment.DesignComparison;
import org.rissim.experiment.Estimate;
import org.rissim.experiment.ExperimentException;
import org.rissim.experiment.RunFunction;
import org.rissim.io.Faults;
import org.rissim.io.OutputFolder;
import org.rissim.scenario.LoadedScenario;
import org.rissim.scenario.ScenarioException;
import org.rissim.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

  @Mixin SharedOptions.RequiredReps reps;

  @Mixin SharedOptions.Threads threads;

  @Mixin SharedOptions.Seed seed;

  @Mixin SharedOptions.Output output;

  @Mixin SharedOptions.Overrides overrides;

  @Mixin SharedOptions.Until until;

  @Option(names = "--quiet", description = "no progress output")
  boolean quiet;

  @Option(names = "--design", description = "policies x scenarios: run every scenario over the"
      + " points of this design (grid, random, lhs, sobol, morris)")
  String design;

  @Option(names = "--param", paramLabel = "PATH=SPEC", description = "with --design: lo:hi, lo:hi:step or a,b,c")
  List<String> params = new ArrayList<>();

  @Option(names = "--mix", paramLabel = "STATE_ID", description = "with --design: sweep this state's strategy mix")
  List<String> mixes = new ArrayList<>();

  @Option(names = "--samples", defaultValue = "10", description = "with --design: samples of the design (default ${DEFAULT-VALUE})")
  int samples;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    if (reps.value() < (design == null ? 2 : 1) || threads.count() < 1) {
      err.println("compare: --reps must be at least " + (design == null ? 2 : 1)
          + " and --threads at least 1");
      return 2;
    }
    if (design == null && !(params.isEmpty() && mixes.isEmpty())) {
      err.println("compare: --param and --mix need --design");
      return 2;
    }
    if (design != null && until.given()) {
      err.println("compare: --until does not combine with --design (a sweep runs every month)");
      return 2;
    }
    String badOut = Arguments.checkOut(output.folderOr(null));
    if (badOut != null) {
      err.println(badOut);
      return 2;
    }
    List<LoadedScenario> loaded = new ArrayList<>();
    try {
      for (Path p : scenarios) {
        loaded.add(ScenarioLoader.load(p, overrides.values()));
      }
    } catch (ScenarioException e) {
      err.println(e.getMessage());
      return 2;
    }
    Optional<YearMonth> stop = Optional.empty();
    try {
      for (LoadedScenario l : loaded) {
        stop = until.month(l.scenario());
      }
    } catch (SharedOptions.BadMonth e) {
      err.println("compare: " + e.getMessage());
      return 2;
    }
    Path dir = output.folderOr(
        Arguments.defaultFolder(loaded.get(0).scenario().name(), "compare-", ""));
    if (design != null) {
      // Locked for the whole command; each scenario's sweep locks its own folder inside it.
      try (OutputFolder folder = OutputFolder.fresh(dir, output.force())) {
        Locks.noteTakeover(folder, err);
        int code = overDesign(loaded, dir, err);
        if (code == 0) {
          folder.commit();
        }
        return code;
      }
    }
    List<Comparison.Row> rows;
    // Locked for the whole command, written under a staging name and renamed into place:
    // a failed compare leaves nothing behind, --force replaces the folder as a whole.
    try (OutputFolder folder = OutputFolder.staged(dir, output.force())) {
      Locks.noteTakeover(folder, err);
      rows = Comparison.run(loaded, seed.value(), reps.value(), threads.count(), folder.path(),
          true, RunFunction.until(stop), ConsoleProgress.of(quiet, err, "compare"));
      folder.commit();
    } catch (ExperimentException | java.nio.file.FileAlreadyExistsException e) {
      err.println("compare: " + Faults.describe(e));
      return 2;
    }
    print(spec.commandLine().getOut(), rows);
    spec.commandLine().getOut().println("written to " + dir);
    return 0;
  }

  /**
   * Policies x scenarios: one sweep per scenario over the same design points and seeds (common
   * random numbers), in DIR/<scenario>/, then runs.csv and compare.csv of them all in DIR.
   */
  private int overDesign(List<LoadedScenario> loaded, Path dir, PrintWriter err)
      throws Exception {
    List<String> folders = DesignComparison.folders(loaded);
    List<String> typed = new ArrayList<>(spec.commandLine().getParseResult().expandedArgs());
    if (!typed.isEmpty() && typed.get(0).equals("compare")) {
      typed.remove(0);
    }
    for (int i = 0; i < scenarios.size(); i++) {
      SweepCommand sweep = new SweepCommand();
      sweep.spec = spec;
      sweep.scenario = scenarios.get(i);
      sweep.overrides = SharedOptions.Overrides.of(overrides.values());
      sweep.params = new ArrayList<>(params);
      sweep.mixes = new ArrayList<>(mixes);
      sweep.design = design;
      sweep.samples = samples;
      sweep.reps = SharedOptions.Reps.of(reps.value());
      sweep.seed = SharedOptions.Seed.of(seed.value());
      sweep.threads = SharedOptions.Threads.of(threads.count());
      sweep.output = SharedOptions.Output.of(dir.resolve(folders.get(i)), output.force());
      sweep.quiet = true;
      sweep.recordedCommand = "rissim compare " + String.join(" ", typed);
      if (!quiet) {
        err.printf("compare: scenario %d of %d, %s%n", i + 1, scenarios.size(), folders.get(i));
        err.flush();
        sweep.quiet = false;
      }
      int code = sweep.call();
      if (code != 0) {
        return code;
      }
    }
    List<Comparison.Row> rows = DesignComparison.join(dir, folders);
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
