package org.rissim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
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
import picocli.CommandLine.Mixin;
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

  @Mixin SharedOptions.Seed seed;

  @Mixin SharedOptions.Output output;

  @Option(names = "--until", paramLabel = "YYYY-MM", description = "Stop after this month.")
  String until;

  @Mixin SharedOptions.Reps reps;

  @Mixin SharedOptions.Threads threads;

  @Mixin SharedOptions.Overrides overrides;

  @Override
  public Integer call() throws Exception {
    PrintWriter outWriter = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    LoadedScenario loaded;
    try {
      loaded = ScenarioLoader.load(scenario, overrides.values());
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
    if (reps.value() < 1) {
      err.println("--reps: expected at least 1, found " + reps.value());
      return 2;
    }
    Path dir = output.folderOr(Path.of("results", loaded.scenario().name()));
    try {
      if (reps.value() > 1) {
        Replications.run(loaded, seed.value(), reps.value(), threads.count(), dir,
            output.force(), true, RunFunction.until(stop));
        outWriter.printf("%d replicates of %s (base seed %d) written to %s%n", reps.value(),
            loaded.scenario().name(), seed.value(), dir);
        return 0;
      }
      OutputFiles.checkFree(dir, output.force(), "timeseries.csv", "events.jsonl", "run.json");
      RunResult result = Simulation.run(loaded.scenario(), seed.value(), stop);
      new RunFolder().write(dir, loaded, result);
      outWriter.print(RunSummary.of(result.scenario(), result.seed(), result.series(),
          result.events()));
      outWriter.printf("Results written to %s%n", dir);
      return 0;
    } catch (java.nio.file.FileAlreadyExistsException e) {
      err.println(e.getMessage());
      return 2;
    }
  }
}
