package org.rissim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.YearMonth;
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
import picocli.CommandLine.Mixin;
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

  @Mixin SharedOptions.Until until;

  @Mixin SharedOptions.Reps reps;

  @Mixin SharedOptions.Threads threads;

  @Mixin SharedOptions.Overrides overrides;

  @Override
  public Integer call() throws Exception {
    PrintWriter outWriter = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    // Arguments first: nothing is read, run or written before they are all checked.
    if (reps.value() < 1) {
      err.println("--reps: expected at least 1, found " + reps.value());
      return 2;
    }
    if (threads.count() < 1) {
      err.println("--threads: expected at least 1, found " + threads.count());
      return 2;
    }
    String badOut = Arguments.checkOut(output.folderOr(null));
    if (badOut != null) {
      err.println(badOut);
      return 2;
    }
    LoadedScenario loaded;
    try {
      loaded = ScenarioLoader.load(scenario, overrides.values());
    } catch (ScenarioException e) {
      e.errors().forEach(x -> err.println(x));
      return 2;
    }
    Optional<YearMonth> stop;
    try {
      stop = until.month(loaded.scenario());
    } catch (SharedOptions.BadMonth e) {
      err.println(e.getMessage());
      return 2;
    }
    Path dir = output.folderOr(Arguments.defaultFolder(loaded.scenario().name(), ""));
    // The folder is locked for the whole command and written under a staging name: a second
    // writer is refused, --force replaces the folder as a whole, a failure leaves nothing.
    try (OutputFolder folder = OutputFolder.staged(dir, output.force())) {
      Locks.noteTakeover(folder, err);
      if (reps.value() > 1) {
        Replications.run(loaded, seed.value(), reps.value(), threads.count(), folder.path(), true,
            true,
            RunFunction.until(stop), ConsoleProgress.of(false, err, "run"), true);
        folder.commit();
        outWriter.printf("%d replicates of %s (base seed %d) written to %s%n", reps.value(),
            loaded.scenario().name(), seed.value(), dir);
        return 0;
      }
      RunResult result = Simulation.run(loaded.scenario(), seed.value(), stop);
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
