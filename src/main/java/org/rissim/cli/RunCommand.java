package org.rissim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.rissim.experiment.OutputFiles;
import org.rissim.experiment.Replications;
import org.rissim.experiment.RunFolder;
import org.rissim.experiment.RunFunction;
import org.rissim.experiment.RunResult;
import org.rissim.experiment.Simulation;
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

  @Option(names = "--force", description = "Overwrite results already in the output folder.")
  boolean force;

  @Override
  public Integer call() throws Exception {
    PrintWriter outWriter = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
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
    }
    if (reps < 1) {
      err.println("--reps: expected at least 1, found " + reps);
      return 2;
    }
    Path dir = out != null ? out : Path.of("results", loaded.scenario().name());
    try {
      if (reps > 1) {
        int t = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        Replications.run(loaded, seed, reps, t, dir, force, true, RunFunction.MODEL,
            ConsoleProgress.of(false, err, "run"), true);
        outWriter.printf("%d replicates of %s (base seed %d) written to %s%n", reps,
            loaded.scenario().name(), seed, dir);
        return 0;
      }
      OutputFiles.checkFree(dir, force, "timeseries.csv", "events.jsonl", "run.json");
      RunResult result = Simulation.run(loaded.scenario(), seed, stop);
      new RunFolder().write(dir, loaded, result);
      outWriter.print(RunSummary.of(result));
      outWriter.printf("Results written to %s%n", dir);
      return 0;
    } catch (java.nio.file.FileAlreadyExistsException e) {
      err.println(e.getMessage());
      return 2;
    }
  }
}
