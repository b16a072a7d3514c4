package org.rissim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.rissim.analysis.patterns.Discrimination;
import org.rissim.analysis.patterns.DiscriminationWriter;
import org.rissim.analysis.patterns.ModelOutcomes;
import org.rissim.analysis.patterns.PatternReplication;
import org.rissim.analysis.patterns.PatternShare;
import org.rissim.experiment.ExperimentException;
import org.rissim.experiment.OutputFiles;
import org.rissim.experiment.RunFunction;
import org.rissim.experiment.RunResult;
import org.rissim.experiment.SweepProgress;
import org.rissim.io.Faults;
import org.rissim.io.OutputFolder;
import org.rissim.scenario.LoadedScenario;
import org.rissim.scenario.Scenario;
import org.rissim.scenario.ScenarioException;
import org.rissim.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code rissim patterns}: how often replicated runs show the scenario's validation patterns, and,
 * against null models or a posterior, which patterns discriminate.
 */
@Command(name = "patterns", mixinStandardHelpOptions = true,
    description = "Run a scenario --reps times and report the share of runs showing each of its "
        + "patterns (95%% Wilson interval), the joint shares, and with --null / --against / "
        + "--posterior the same for other models; writes patterns.csv.")
public final class PatternsCommand implements Callable<Integer> {
  /** Loads a scenario file with overrides (the scenario loader in use). */
  @FunctionalInterface
  public interface Loader {
    /** Loads {@code file} with {@code --set} overrides. */
    LoadedScenario load(Path file, List<String> overrides) throws ScenarioException;
  }

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario YAML file.")
  Path scenario;

  @Mixin SharedOptions.RequiredReps reps;

  @Mixin SharedOptions.Threads threads;

  @Option(names = "--quiet", description = "No progress output.")
  boolean quiet;

  @Mixin SharedOptions.Seed seed;

  @Mixin SharedOptions.Output output;

  @Option(names = "--require", paramLabel = "P",
      description = "Exit with code 1 when any pattern holds in less than this share of runs.")
  Double require;

  @Mixin SharedOptions.Overrides overrides;

  @Option(names = "--null", description = "Also run every null model of the scenario's folder null/ that extends the scenario.")
  boolean nulls;

  @Option(names = "--against", arity = "1..*", paramLabel = "FILE",
      description = "Also run these models (null overlays or any scenario).")
  List<Path> against = new ArrayList<>();

  @Option(names = "--posterior", paramLabel = "DIR",
      description = "Also run the prior and posterior predictive of a calibration folder (rissim calibrate).")
  Path posterior;

  @Option(names = "--markdown", description = "Also write shares.md and discrimination.md (the tables of docs/VALIDATION.md).")
  boolean markdown;

  private final Loader loader;
  private final RunFunction model;

  /** The command with the real scenario loader and model. */
  public PatternsCommand() {
    this(ScenarioLoader::load, RunFunction.MODEL);
  }

  /** The command with another loader and model (tests use fast fakes). */
  public PatternsCommand(Loader loader, RunFunction model) {
    this.loader = loader;
    this.model = model;
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String bad = reps.value() < 1 ? "--reps: expected at least 1, found " + reps.value()
        : threads.count() < 1 ? "--threads: expected at least 1, found " + threads.count()
        : require != null && !(require >= 0 && require <= 1)
            ? "--require: expected a share in [0,1], found " + require : null;
    if (bad != null) {
      err.println(bad);
      return 2;
    }
    List<PatternModels.Model> models;
    try {
      models = new PatternModels(loader, overrides.values()).gather(scenario, nulls, against,
          posterior, seed.value(), reps.value());
    } catch (ScenarioException e) {
      e.errors().forEach(err::println);
      return 2;
    } catch (PatternModels.BadInput e) {
      err.println(e.getMessage());
      return 2;
    }
    Scenario s = models.get(0).scenarioOf().apply(0);
    Path dir = output.folderOr(Arguments.defaultFolder(s.name(), "", "-patterns"));
    // One writer per folder, for the whole command; a folder this command created is removed
    // again if it fails.
    try (OutputFolder folder = OutputFolder.inPlace(dir)) {
      Locks.noteTakeover(folder, err);
      int code = write(dir, s, models, stdout, err);
      if (Files.exists(dir.resolve("patterns.csv"))) {
        folder.commit();
      }
      return code;
    } catch (FileAlreadyExistsException e) {
      err.println(Faults.describe(e));
      return 2;
    }
  }

  private int write(Path dir, Scenario s, List<PatternModels.Model> models, PrintWriter stdout,
      PrintWriter err) throws IOException {
    OutputFiles.checkFree(dir, output.force(), "patterns.csv", "shares.md", "discrimination.md");
    int t = threads.count();
    List<ModelOutcomes> outcomes = new ArrayList<>();
    SweepProgress progress = ConsoleProgress.of(quiet, err, "patterns");
    long total = (long) reps.value() * models.size();
    progress.started(total, 0);
    RunFunction counted = (scenario, runSeed) -> {
      RunResult r = model.run(scenario, runSeed);
      synchronized (progress) {
        progress.step();
      }
      return r;
    };
    for (PatternModels.Model m : models) {
      try {
        outcomes.add(new ModelOutcomes(m.name(), m.removes(), PatternReplication.run(
            m.scenarioOf(), s.patterns(), seed.value(), reps.value(), t, counted)));
      } catch (ExperimentException e) {
        err.println(m.name() + ": " + e.getMessage());
        return 1;
      }
    }
    progress.finished(total, 0);
    Discrimination d = Discrimination.of(s.patterns(), outcomes);
    OutputFiles.write(dir.resolve("patterns.csv"), DiscriminationWriter.csv(d));
    if (markdown) {
      OutputFiles.write(dir.resolve("shares.md"),
          DiscriminationWriter.shareMarkdown(d.shares().get(0)));
      OutputFiles.write(dir.resolve("discrimination.md"), DiscriminationWriter.markdown(d));
    }
    stdout.printf(Locale.ROOT, "Patterns of %s: %d runs per model, base seed %d%n", s.name(),
        reps.value(), seed.value());
    stdout.print(DiscriminationWriter.terminal(d));
    for (PatternShare p : d.shares().get(0)) {
      p.exampleFailure().ifPresent(f -> stdout.printf("  %s fails, e.g.: %s%n", p.pattern(), f));
    }
    stdout.printf("Written to %s%n", dir.resolve("patterns.csv"));
    if (require != null) {
      boolean shortfall = false;
      for (PatternShare p : d.shares().get(0)) {
        if (p.share() < require) {
          err.printf(Locale.ROOT, "pattern %s holds in %.3f of runs, less than the required %.3f%n",
              p.pattern(), p.share(), require);
          shortfall = true;
        }
      }
      return shortfall ? 1 : 0;
    }
    return 0;
  }
}
