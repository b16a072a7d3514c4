package org.rissim.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.rissim.scenario.ExperimentLoader;
import org.rissim.scenario.ExperimentSpec;
import org.rissim.scenario.LoadedScenario;
import org.rissim.scenario.ScenarioException;
import org.rissim.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code rissim experiment FILE}: runs the sweep an experiment file describes into a folder that
 * keeps a self-contained copy ({@code experiment.yaml} beside {@code scenario.effective.yaml});
 * running that copy reproduces the results byte for byte.
 */
@Command(name = "experiment", mixinStandardHelpOptions = true,
    description = "Run the experiment an experiment file (experiments/NAME.yaml) describes.")
public final class ExperimentCommand implements Callable<Integer> {
  /** The name of the experiment's copy in its output folder. */
  static final String COPY = "experiment.yaml";
  /** The name of the effective scenario in the output folder. */
  static final String SCENARIO = "scenario.effective.yaml";

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "experiment file")
  Path file;

  @Option(names = "--out", description = "output folder (default: the file's out, else results/<experiment>)")
  Path out;

  @Option(names = "--threads", description = "worker threads (default: the file's, else all cores)")
  Integer threads;

  @Option(names = "--resume", description = "continue the experiment in its folder")
  boolean resume;

  @Option(names = "--force", description = "overwrite an earlier experiment in the folder")
  boolean force;

  @Option(names = "--plan", description = "print runs, estimated time and disk use; run nothing")
  boolean plan;

  @Option(names = "--quiet", description = "no progress output")
  boolean quiet;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    ExperimentSpec e;
    LoadedScenario effective;
    try {
      e = ExperimentLoader.load(file);
      effective = ScenarioLoader.load(e.scenario(), e.set());
    } catch (ScenarioException x) {
      err.println(x.getMessage());
      return 2;
    }
    Path dir = out != null ? out : Path.of(e.out().orElse("results/" + e.name()));
    if (!plan && !resume && !force && Files.exists(dir.resolve("sweep.json"))) {
      err.println("experiment: " + dir + " already holds this or another experiment: continue it"
          + " with --resume (--force deletes its runs and starts again)");
      return 2;
    }
    SweepCommand sweep = new SweepCommand();
    sweep.spec = spec;
    sweep.scenario = e.scenario();
    sweep.overrides = SharedOptions.Overrides.of(e.set());
    sweep.params = new ArrayList<>(e.parameters());
    sweep.mixes = new ArrayList<>(e.mix());
    sweep.design = e.design();
    sweep.samples = e.samples();
    sweep.reps = SharedOptions.Reps.of(e.reps());
    sweep.seed = SharedOptions.Seed.of(e.seed());
    sweep.threads = SharedOptions.Threads.of(threads != null ? threads
        : e.threads().orElse(Runtime.getRuntime().availableProcessors()));
    sweep.output = SharedOptions.Output.of(dir, force);
    sweep.resume = resume;
    sweep.plan = plan;
    sweep.quiet = quiet;
    sweep.series = new ArrayList<>(e.series());
    sweep.gzip = e.gzip();
    sweep.declared = new ArrayList<>(e.outcomes());
    sweep.recordedCommand = "rissim experiment " + String.join(" ", typed());
    // Written by the sweep into its locked folder (after an earlier one is replaced, --force).
    sweep.beside.put(SCENARIO, effective.effectiveYaml());
    sweep.beside.put(COPY, ExperimentLoader.copy(file, SCENARIO,
        "# The experiment " + e.name() + " as run (rissim "
        + org.rissim.experiment.BuildInfo.current().version() + "): the\n"
        + "# scenario is the effective scenario beside this file, overrides included.\n"
        + "# Rerun: rissim experiment " + COPY + " --out NEW_FOLDER\n"));
    return sweep.call();
  }

  private List<String> typed() {
    List<String> args = new ArrayList<>(spec.commandLine().getParseResult().expandedArgs());
    if (!args.isEmpty() && args.get(0).equals("experiment")) {
      args.remove(0);
    }
    return args;
  }
}
