package org.rissim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.rissim.experiment.ExperimentException;
import org.rissim.experiment.Replications;
import org.rissim.experiment.RunFolder;
import org.rissim.experiment.RunFunction;
import org.rissim.experiment.RunResult;
import org.rissim.experiment.Simulation;
import org.rissim.io.Faults;
import org.rissim.io.OutputFolder;
import org.rissim.observe.RunSummary;
import org.rissim.scenario.LoadedScenario;
import org.rissim.scenario.ScenarioException;
import org.rissim.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rissim run}: one run (or N replicates) of a scenario, written to a result folder. */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Run a scenario once (or --reps times) and write timeseries.csv, events.jsonl, run.json.")
public final class RunCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario YAML file.")
  Path scenario;

  @Option(names = "--seed", defaultValue = "1", description = "Seed of the run (base seed with --reps). Default: ${DEFAULT-VALUE}.")
  long seed;

  @Option(names = "--out", description = "Output folder. Default: results/<scenario-name>/.")
  Path out;

  @Option(names = "--until", paramLabel = "YYYY-MM", description = "Stop after this month.")
  String until;

  @Option(names = "--reps", defaultValue = "1", description = "Replicates (seeds derived from --seed). Default: ${DEFAULT-VALUE}.")
  int reps;

  @Option(names = "--threads", description = "Worker threads for --reps. Default: number of cores.")
  Integer threads;

  @Option(names = "--set", paramLabel = "PATH=VALUE", description = "Override a scenario value (repeatable).")
  List<String> sets = new ArrayList<>();

  @Option(names = "--force", description = "Replace the output folder (a rissim result folder) as a whole.")
  boolean force;

  @Override
  public Integer call() throws Exception {
    PrintWriter outWriter = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    // Arguments first: nothing is read, run or written before they are all checked.
    if (reps < 1) {
      err.println("--reps: expected at least 1, found " + reps);
      return 2;
    }
    if (threads != null && threads < 1) {
      err.println("--threads: expected at least 1, found " + threads);
      return 2;
    }
    String badOut = Arguments.checkOut(out);
    if (badOut != null) {
      err.println(badOut);
      return 2;
    }
    LoadedScenario loaded;
    try {
      loaded = ScenarioLoader.load(scenario, sets);
    } catch (ScenarioException e) {
      e.errors().forEach(x -> err.println(x));
      return 2;
    }
    Optional<YearMonth> stop = Optional.empty();
    if (until != null) {
      try {
        stop = Optional.of(YearMonth.parse(until));
      } catch (DateTimeParseException e) {
        err.println("--until: expected a month YYYY-MM, found '" + until + "'");
        return 2;
      }
      YearMonth start = loaded.scenario().start();
      YearMonth end = loaded.scenario().end();
      if (stop.get().isBefore(start) || stop.get().isAfter(end)) {
        err.println("--until: expected a month in [" + start + ", " + end + "] (the scenario's "
            + "start and end), found " + until);
        return 2;
      }
    }
    Path dir = out != null ? out : Arguments.defaultFolder(loaded.scenario().name(), "");
    // The folder is locked for the whole command and written under a staging name: a second
    // writer is refused, --force replaces the folder as a whole, a failure leaves nothing.
    try (OutputFolder folder = OutputFolder.staged(dir, force)) {
      Locks.noteTakeover(folder, err);
      if (reps > 1) {
        int t = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        Replications.run(loaded, seed, reps, t, folder.path(), true, true,
            RunFunction.until(stop), ConsoleProgress.of(false, err, "run"), true);
        folder.commit();
        outWriter.printf("%d replicates of %s (base seed %d) written to %s%n", reps,
            loaded.scenario().name(), seed, dir);
        return 0;
      }
      RunResult result = Simulation.run(loaded.scenario(), seed, stop);
      new RunFolder().write(folder.path(), loaded, result);
      folder.commit();
      outWriter.print(RunSummary.of(result.scenario(), result.seed(), result.series(),
          result.events()));
      outWriter.printf("Results written to %s%n", dir);
      return 0;
    } catch (java.nio.file.FileAlreadyExistsException | ExperimentException e) {
      err.println(Faults.describe(e));
      return 2;
    }
  }
}
