package org.rissim.cli;

import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.rissim.analysis.DeclaredOutcomes;
import org.rissim.experiment.ExperimentException;
import org.rissim.experiment.RunFunction;
import org.rissim.experiment.SlurmJob;
import org.rissim.experiment.Shard;
import org.rissim.experiment.Sweep;
import org.rissim.experiment.SweepPlan;
import org.rissim.experiment.SweepSpec;
import org.rissim.scenario.OutcomeSpec;
import org.rissim.scenario.ScenarioException;
import org.rissim.scenario.ScenarioLoader;
import org.rissim.scenario.ScenarioTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code rissim sweep SCENARIO --param ... --design D}: a parameter sweep, resumable and sharded. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
    description = "Run a design of parameter points, each replicated; stream runs.csv.")
public final class SweepCommand implements Callable<Integer> {
  /** Loads a scenario template (the scenario loader; tests put a fake here). */
  @FunctionalInterface
  interface Templates {
    ScenarioTemplate load(Path file, List<String> overrides) throws ScenarioException;
  }

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "SCENARIO", description = "scenario file")
  Path scenario;

  @Option(names = "--param", paramLabel = "PATH=SPEC", description = "lo:hi, lo:hi:step or a,b,c")
  List<String> params = new ArrayList<>();

  @Option(names = "--mix", paramLabel = "STATE_ID", description = "sweep this state's strategy mix")
  List<String> mixes = new ArrayList<>();

  @Option(names = "--design", required = true, description = "grid, random, lhs, sobol or morris")
  String design;

  @Option(names = "--samples", defaultValue = "10", description = "samples of the design (default ${DEFAULT-VALUE})")
  int samples;

  @Mixin SharedOptions.Reps reps;

  @Mixin SharedOptions.Threads threads;

  @Mixin SharedOptions.Seed seed;

  @Mixin SharedOptions.Output output;

  @Option(names = "--shard", paramLabel = "K/N", converter = ShardText.class,
      description = "run only the runs with run %% N == K-1")
  Shard shard;

  /** Reads {@code --shard K/N}; bad text is a usage error (exit code 2) that says why. */
  static final class ShardText implements ITypeConverter<Shard> {
    @Override
    public Shard convert(String value) {
      try {
        return Shard.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  @Option(names = "--resume", description = "continue the sweep in --out")
  boolean resume;

  @Option(names = "--keep-series", description = "keep every run's time series in series/")
  boolean keepSeries;

  @Option(names = "--series", split = ",", paramLabel = "COLUMN",
      description = "write series.csv: one row per run and month with these timeseries.csv columns")
  List<String> series = new ArrayList<>();

  @Option(names = "--gzip", description = "with --series: write series.csv.gz")
  boolean gzip;

  @Option(names = "--plan", description = "print runs, estimated time and disk use; run nothing")
  boolean plan;

  @Option(names = "--quiet", description = "no progress output")
  boolean quiet;

  @Option(names = "--any-version", description = "with --resume: continue a sweep written by another rissim version")
  boolean anyVersion;

  @Mixin SharedOptions.Overrides overrides;

  @Option(names = "--slurm", paramLabel = "TASKS", description = "write a Slurm job array of TASKS shards instead of running")
  Integer slurmTasks;

  @Option(names = "--submit", description = "with --slurm: submit the array and the merge with sbatch")
  boolean submit;

  @Option(names = "--partition", description = "with --slurm: the Slurm partition")
  String partition;

  RunFunction model = RunFunction.MODEL;
  /** Outcome measures an experiment file declares (beside the built-in and scenario ones). */
  List<OutcomeSpec> declared = new ArrayList<>();
  /** The command recorded in sweep.json when not this sweep's own (an experiment file). */
  String recordedCommand;
  /** Files written into the locked sweep folder before the first run (an experiment's). */
  Map<String, String> beside = new LinkedHashMap<>();
  Templates templates = ScenarioLoader::template;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter stdout = spec.commandLine().getOut();
    if (samples < 1 || reps.value() < 1 || threads.count() < 1
        || (slurmTasks != null && slurmTasks < 1)) {
      err.println("sweep: --samples, --reps, --threads and --slurm must be at least 1");
      return 2;
    }
    String bad = checkOptions();
    if (bad != null) {
      err.println("sweep: " + bad);
      return 2;
    }
    SweepPlan asked;
    SweepSpec sweep;
    try {
      ScenarioTemplate template = templates.load(scenario, overrides.values());
      asked = new SweepPlan(template, params, mixes, design, samples, reps.value(), seed.value(),
          shard != null ? shard : Shard.ALL, keepSeries,
          recordedCommand != null ? recordedCommand : typedCommand(),
          new SweepSpec.Extras(declared, series, gzip));
      sweep = asked.spec(DeclaredOutcomes.MEASUREMENT);
    } catch (SweepPlan.RejectedValue e) {
      e.errors().forEach(x -> err.println("--param " + x.path() + ": " + x.message()));
      return 2;
    } catch (ScenarioException e) {
      err.println(e.getMessage());
      return 2;
    } catch (IllegalArgumentException e) {
      err.println("sweep: " + e.getMessage());
      return 2;
    }
    Path dir = output.folderOr(Arguments.defaultFolder(sweep.scenarioName(), "sweep-", ""));
    if (resume && !anyVersion) {
      String other = SweepChecks.otherVersion(dir.resolve("sweep.json"), org.rissim.experiment.BuildInfo.current().version());
      if (other != null) {
        err.println("sweep: " + other);
        return 2;
      }
    }
    if (slurmTasks != null) {
      return slurm(dir, asked, stdout, err);
    }
    if (plan) {
      stdout.print(Sweep.plan(sweep, threads.count(), model, DeclaredOutcomes.MEASUREMENT).text());
      stdout.flush();
      return 0;
    }
    try (InterruptNotice notice = InterruptNotice.install("sweep", sweep.commandLine())) {
      Sweep.Summary s = Sweep.run(sweep, dir, threads.count(), resume, output.force(), model,
          DeclaredOutcomes.MEASUREMENT, notice.watch(ConsoleProgress.of(quiet, err)), beside);
      if (!quiet) {
        stdout.printf("%d runs completed, %d failed%s%s; %s%n", s.completed(), s.failed(),
            s.skipped() > 0 ? ", " + s.skipped() + " already done" : "",
            s.failed() > 0 ? " (see failures.csv; --resume retries them)" : "",
            dir.resolve("runs.csv"));
      }
      return 0;
    } catch (FileAlreadyExistsException e) {
      err.println("sweep: " + dir + " already holds a sweep: continue it with --resume"
          + " (--force deletes its runs and starts again)");
      return 2;
    } catch (ExperimentException e) {
      err.println("sweep: " + e.getMessage());
      return 2;
    }
  }

  /** Checks options against each other before any work; an error line, or null. */
  private String checkOptions() {
    String badOut = Arguments.checkOut(output.folderOr(null));
    if (badOut != null) {
      return badOut;
    }
    if (submit && slurmTasks == null) {
      return "--submit needs --slurm TASKS (it submits the job array that --slurm writes)";
    }
    if (shard != null && slurmTasks != null) {
      return "--shard and --slurm exclude each other (--slurm writes one shard per task)";
    }
    if (partition != null && slurmTasks == null) {
      return "--partition needs --slurm TASKS";
    }
    if (partition != null && (partition.isBlank() || !partition.matches("[A-Za-z0-9_.,-]+"))) {
      return Arguments.checkNoControl("--partition", partition) != null
          ? Arguments.checkNoControl("--partition", partition)
          : "--partition: expected a Slurm partition name (letters, digits, _ . , -), found '"
              + partition + "'";
    }
    if (slurmTasks != null && plan) {
      return "--plan and --slurm exclude each other";
    }
    return null;
  }

  /** The sweep's command as typed, with @argfiles expanded: {@code rissim sweep ARGS}. */
  private String typedCommand() {
    List<String> args = new ArrayList<>(spec.commandLine().getParseResult().expandedArgs());
    // The parse result of a subcommand starts at the subcommand's own name when run from Main.
    if (!args.isEmpty() && args.get(0).equals("sweep")) {
      args.remove(0);
    }
    List<String> quoted = new ArrayList<>(List.of("rissim", "sweep"));
    args.forEach(a -> quoted.add(a.matches("[A-Za-z0-9_./:=,@+-]+") ? a : "'" + a + "'"));
    return String.join(" ", quoted);
  }

  private int slurm(Path dir, SweepPlan asked, PrintWriter stdout, PrintWriter err)
      throws Exception {
    // Each array task asks Slurm for --threads CPUs: one unless said, not this machine's cores.
    SlurmJob job = new SlurmJob(slurmTasks, partition, threads.given() ? threads.count() : 1);
    Path array = job.write(dir, scenario, asked, overrides.values());
    stdout.println("wrote " + array + " and merge.sh");
    if (submit) {
      try {
        List<String> ids = SlurmJob.submit(dir);
        stdout.println("submitted array job " + ids.get(0) + " and merge job " + ids.get(1));
      } catch (ExperimentException e) {
        err.println("sweep: " + e.getMessage());
        return 2;
      }
    }
    return 0;
  }
}
