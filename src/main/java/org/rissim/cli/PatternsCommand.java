package org.rissim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.rissim.analysis.patterns.PatternOutcome;
import org.rissim.analysis.patterns.PatternReplication;
import org.rissim.analysis.patterns.PatternShare;
import org.rissim.analysis.patterns.PatternShares;
import org.rissim.experiment.ExperimentException;
import org.rissim.experiment.OutputFiles;
import org.rissim.experiment.RunFunction;
import org.rissim.experiment.RunResult;
import org.rissim.experiment.SweepProgress;
import org.rissim.scenario.LoadedScenario;
import org.rissim.scenario.Scenario;
import org.rissim.scenario.ScenarioException;
import org.rissim.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rissim patterns}: how often replicated runs show the scenario's validation patterns. */
@Command(name = "patterns", mixinStandardHelpOptions = true,
    description = "Run a scenario --reps times and report the share of runs showing each of its "
        + "patterns (95%% Wilson interval) and when their events first happen; writes patterns.csv.")
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

  @Option(names = "--reps", required = true, description = "Replicates (seeds derived from --seed).")
  int reps;

  @Option(names = "--threads", description = "Worker threads. Default: number of cores.")
  Integer threads;

  @Option(names = "--quiet", description = "No progress output.")
  boolean quiet;

  @Option(names = "--seed", defaultValue = "1", description = "Base seed. Default: ${DEFAULT-VALUE}.")
  long seed;

  @Option(names = "--out", description = "Output folder. Default: results/<scenario-name>-patterns/.")
  Path out;

  @Option(names = "--require", paramLabel = "P",
      description = "Exit with code 1 when any pattern holds in less than this share of runs.")
  Double require;

  @Option(names = "--set", paramLabel = "PATH=VALUE", description = "Override a scenario value (repeatable).")
  List<String> sets = new ArrayList<>();

  @Option(names = "--force", description = "Overwrite a patterns.csv already in the output folder.")
  boolean force;

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
    if (reps < 1) {
      err.println("--reps: expected at least 1, found " + reps);
      return 2;
    }
    if (threads != null && threads < 1) {
      err.println("--threads: expected at least 1, found " + threads);
      return 2;
    }
    if (require != null && !(require >= 0 && require <= 1)) {
      err.println("--require: expected a share in [0,1], found " + require);
      return 2;
    }
    Scenario s;
    try {
      s = loader.load(scenario, sets).scenario();
    } catch (ScenarioException e) {
      e.errors().forEach(err::println);
      return 2;
    }
    if (s.patterns().isEmpty()) {
      err.println(scenario + ": the scenario defines no patterns (add a `patterns:` list)");
      return 2;
    }
    Path dir = out != null ? out : Path.of("results", s.name() + "-patterns");
    try {
      OutputFiles.checkFree(dir, force, "patterns.csv");
    } catch (FileAlreadyExistsException e) {
      err.println(e.getMessage());
      return 2;
    }
    int t = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    List<List<PatternOutcome>> outcomes;
    try {
      SweepProgress progress = ConsoleProgress.of(quiet, err, "patterns");
      progress.started(reps, 0);
      RunFunction counted = (scenario, runSeed) -> {
        RunResult r = model.run(scenario, runSeed);
        synchronized (progress) {
          progress.step();
        }
        return r;
      };
      outcomes = PatternReplication.run(s, seed, reps, t, counted);
      progress.finished(reps, 0);
    } catch (ExperimentException e) {
      err.println(e.getMessage());
      return 1;
    }
    List<PatternShare> shares = PatternShares.of(s.patterns(), outcomes);
    OutputFiles.write(dir.resolve("patterns.csv"), PatternShares.csv(shares));
    print(stdout, s.name(), shares);
    stdout.printf("Written to %s%n", dir.resolve("patterns.csv"));
    if (require != null) {
      boolean shortfall = false;
      for (PatternShare p : shares) {
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

  private void print(PrintWriter w, String name, List<PatternShare> shares) {
    w.printf(Locale.ROOT, "Patterns of %s: %d runs, base seed %d%n", name, reps, seed);
    int width = Math.max(7, shares.stream().mapToInt(p -> p.pattern().length()).max().orElse(0));
    String row = "%-" + width + "s  %5s  %-14s  %s%n";
    w.printf(Locale.ROOT, row, "pattern", "share", "95% CI", "first event: median [IQR]");
    for (PatternShare p : shares) {
      String timing = p.medianMonth().map(m -> m + " [" + p.q1Month().get() + ", "
          + p.q3Month().get() + "]").orElse(p.event() ? "-" : "");
      w.printf(Locale.ROOT, row, p.pattern(), String.format(Locale.ROOT, "%.3f", p.share()),
          String.format(Locale.ROOT, "[%.3f, %.3f]", p.ciLow(), p.ciHigh()), timing);
    }
    for (PatternShare p : shares) {
      p.exampleFailure().ifPresent(f -> w.printf("  %s fails, e.g.: %s%n", p.pattern(), f));
    }
  }

}
