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
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
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

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    if (reps.value() < 2 || threads.count() < 1) {
      err.println("compare: --reps must be at least 2 and --threads at least 1");
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
    Path dir = output.folderOr(Path.of("results", "compare-" + loaded.get(0).scenario().name()));
    List<Comparison.Row> rows;
    try {
      rows = Comparison.run(loaded, seed.value(), reps.value(), threads.count(), dir,
          output.force(), RunFunction.MODEL);
    } catch (ExperimentException | java.nio.file.FileAlreadyExistsException e) {
      err.println("compare: " + e.getMessage());
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
