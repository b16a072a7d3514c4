package org.rissim.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.rissim.analysis.patterns.PatternEvaluator;
import org.rissim.analysis.patterns.PatternOutcome;
import org.rissim.calibration.AbcSettings;
import org.rissim.calibration.AbcSmc;
import org.rissim.calibration.CalibrationException;
import org.rissim.calibration.CalibrationFolder;
import org.rissim.calibration.Parameter;
import org.rissim.calibration.ParticleModel;
import org.rissim.calibration.PatternDistance;
import org.rissim.calibration.PosteriorSummary;
import org.rissim.experiment.RunFunction;
import org.rissim.experiment.RunResult;
import org.rissim.scenario.LoadedScenario;
import org.rissim.scenario.PatternSpec;
import org.rissim.scenario.Scenario;
import org.rissim.scenario.ScenarioException;
import org.rissim.scenario.ScenarioLoader;
import org.rissim.scenario.ScenarioTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rissim calibrate}: ABC-SMC of scenario parameters against the scenario's patterns. */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
    description = "Calibrate parameters against the scenario's patterns by approximate Bayesian "
        + "computation (ABC-SMC); writes per-generation particles, posterior.csv and summary.csv; "
        + "resumable with --resume.")
public final class CalibrateCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario YAML file with patterns.")
  Path scenario;

  @Option(names = "--param", required = true, paramLabel = "PATH=PRIOR",
      description = "A parameter and its prior: uniform(a,b), loguniform(a,b) or "
          + "normal(mu,sigma,lo,hi) (repeatable).")
  List<String> params = new ArrayList<>();

  @Option(names = "--particles", defaultValue = "200", description = "Particles per generation. Default: ${DEFAULT-VALUE}.")
  int particles;

  @Option(names = "--generations", description = "Stop after this many generations (default 5 without --budget).")
  Integer generations;

  @Option(names = "--budget", paramLabel = "SIMS", description = "Stop when this many simulations are used.")
  Long budget;

  @Option(names = "--reps", defaultValue = "1", description = "Simulations per particle (mean distance). Default: ${DEFAULT-VALUE}.")
  int reps;

  @Option(names = "--alpha", defaultValue = "0.5", description = "Quantile of the last distances that sets the next tolerance. Default: ${DEFAULT-VALUE}.")
  double alpha;

  @Option(names = "--threads", description = "Worker threads. Default: number of cores.")
  Integer threads;

  @Option(names = "--seed", defaultValue = "1", description = "Base seed. Default: ${DEFAULT-VALUE}.")
  long seed;

  @Option(names = "--out", description = "Output folder. Default: results/<scenario-name>-calibration/.")
  Path out;

  @Option(names = "--resume", description = "Continue the calibration in the output folder.")
  boolean resume;

  @Option(names = "--force", description = "Start again, deleting the calibration in the output folder.")
  boolean force;

  @Option(names = "--set", paramLabel = "PATH=VALUE", description = "Override a scenario value (repeatable).")
  List<String> sets = new ArrayList<>();

  private final RunFunction model;

  /** The command with the real model. */
  public CalibrateCommand() {
    this(RunFunction.MODEL);
  }

  /** The command with another model (tests). */
  public CalibrateCommand(RunFunction model) {
    this.model = model;
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    AbcSettings settings;
    ScenarioTemplate template;
    LoadedScenario base;
    try {
      List<Parameter> ps = new ArrayList<>();
      Set<String> paths = new HashSet<>();
      for (String p : params) {
        Parameter parsed = Parameter.parse(p);
        if (!paths.add(parsed.path())) {
          throw new CalibrationException("--param " + parsed.path() + ": given twice");
        }
        ps.add(parsed);
      }
      if (particles < 2) {
        throw new CalibrationException("--particles: expected at least 2, found " + particles);
      }
      if (reps < 1 || (threads != null && threads < 1) || (budget != null && budget < 1)
          || (generations != null && generations < 1) || !(alpha > 0 && alpha < 1)) {
        throw new CalibrationException("expected --reps, --threads, --budget, --generations "
            + "of at least 1 and --alpha in (0,1)");
      }
      template = ScenarioLoader.template(scenario, sets);
      base = template.with(Map.of());
      if (base.scenario().patterns().isEmpty()) {
        throw new CalibrationException(scenario + ": the scenario defines no patterns (add a "
            + "`patterns:` list)");
      }
      for (Parameter p : ps) {
        check(template, p);
      }
      int g = generations != null ? generations : budget == null ? 5 : 0;
      settings = new AbcSettings(ps, particles, g, budget == null ? Long.MAX_VALUE : budget, reps,
          alpha, seed, threads != null ? threads : Runtime.getRuntime().availableProcessors());
    } catch (ScenarioException e) {
      e.errors().forEach(err::println);
      return 2;
    } catch (CalibrationException e) {
      err.println(e.getMessage());
      return 2;
    }
    Scenario s = base.scenario();
    List<PatternSpec> patterns = s.patterns();
    List<Integer> used = PatternDistance.used(patterns);
    Path dir = out != null ? out : Path.of("results", s.name() + "-calibration");
    CalibrationFolder folder;
    try {
      folder = CalibrationFolder.open(dir, identity(base, settings, patterns, used),
          settings.parameters(), resume, force);
    } catch (CalibrationException e) {
      err.println(e.getMessage());
      return 2;
    }
    ParticleModel particleModel = (theta, seeds) -> {
      Map<String, String> values = new LinkedHashMap<>();
      for (int i = 0; i < theta.length; i++) {
        values.put(settings.parameters().get(i).path(), Double.toString(theta[i]));
      }
      Scenario at = template.with(values).scenario();
      double sum = 0;
      for (long sd : seeds) {
        RunResult r = model.run(at, sd);
        List<PatternOutcome> outcomes = new ArrayList<>(patterns.size());
        for (PatternSpec p : patterns) {
          outcomes.add(PatternEvaluator.holds(p, r));
        }
        sum += PatternDistance.of(patterns, used, outcomes);
      }
      return sum / seeds.length;
    };
    stdout.printf("Calibrating %d parameters of %s against %d patterns (%s), %d particles%n",
        settings.parameters().size(), s.name(), used.size(),
        used.size() == patterns.size() ? "all" : "the evidence patterns", particles);
    AbcSmc.Result result;
    try (CalibrationProgress progress = new CalibrationProgress(err, settings)) {
      result = new AbcSmc(settings, folder, particleModel, progress).run();
    } catch (CalibrationException e) {
      err.println(e.getMessage());
      return 1;
    }
    stdout.printf("Stopped: %s; %d simulations.%n", result.stopped(), result.sims());
    if (!result.generations().isEmpty()) {
      var last = result.generations().get(result.generations().size() - 1);
      stdout.printf("Posterior: generation %d, tolerance %s, ESS %.1f%n", last.index(),
          last.epsilon(), last.ess());
      stdout.print(PosteriorSummary.table(settings.parameters(), last));
    }
    stdout.printf("Written to %s%n", dir);
    return 0;
  }

  /** A prior whose support the scenario rejects fails here, located, before any simulation. */
  private static void check(ScenarioTemplate template, Parameter p)
      throws CalibrationException {
    for (double x : new double[] {p.prior().lo(), p.prior().hi()}) {
      try {
        template.with(Map.of(p.path(), Double.toString(x)));
      } catch (ScenarioException e) {
        throw new CalibrationException("--param " + p.path() + "=" + p.prior().text()
            + ": the scenario rejects " + x + ": " + e.errors().get(0));
      }
    }
  }

  private static ObjectNode identity(LoadedScenario base, AbcSettings s, List<PatternSpec> ps,
      List<Integer> used) {
    ObjectMapper json = new ObjectMapper();
    ObjectNode root = json.createObjectNode();
    root.put("scenario", base.scenario().name());
    root.put("sha256", base.sha256());
    ArrayNode params = root.putArray("parameters");
    for (Parameter p : s.parameters()) {
      params.addObject().put("path", p.path()).put("prior", p.prior().text());
    }
    root.put("particles", s.particles());
    root.put("reps", s.reps());
    root.put("alpha", s.alpha());
    root.put("seed", s.seed());
    ArrayNode distance = root.putArray("distancePatterns");
    used.forEach(i -> distance.add(ps.get(i).id()));
    return root;
  }
}
