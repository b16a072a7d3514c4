package org.rissim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.rissim.calibration.CalibrationException;
import org.rissim.calibration.Posterior;
import org.rissim.scenario.Scenario;
import org.rissim.scenario.ScenarioException;

/**
 * The models {@code rissim patterns} runs: the scenario itself first, then its null models
 * ({@code --null}: the overlays of the scenario's folder {@code null/} that extend it), the files
 * of {@code --against}, and the prior and posterior predictive of a calibration. Everything is
 * loaded and validated here, before any simulation.
 */
final class PatternModels {
  /** A problem with the command's input that is not located in a scenario file. */
  static final class BadInput extends Exception {
    private static final long serialVersionUID = 1L;

    BadInput(String message) {
      super(message);
    }
  }

  /**
   * One model: its name, the mechanisms it removes and the scenario of each replicate.
   *
   * @param name       name in tables
   * @param removes    mechanisms removed (null models)
   * @param scenarioOf replicate index to scenario
   */
  record Model(String name, List<String> removes, IntFunction<Scenario> scenarioOf) {}

  private final PatternsCommand.Loader loader;
  private final List<String> sets;

  PatternModels(PatternsCommand.Loader loader, List<String> sets) {
    this.loader = loader;
    this.sets = sets;
  }

  /** The models, the scenario first; {@code reps} predictive draws are bound eagerly. */
  List<Model> gather(Path scenario, boolean nulls, List<Path> against, Path posterior, long seed,
      int reps) throws ScenarioException, BadInput, IOException {
    Scenario base = loader.load(scenario, sets).scenario();
    if (base.patterns().isEmpty()) {
      throw new BadInput(scenario + ": the scenario defines no patterns (add a `patterns:` list)");
    }
    List<Model> models = new ArrayList<>();
    models.add(new Model(base.name(), base.removes(), k -> base));
    List<Path> files = new ArrayList<>();
    if (nulls) {
      List<Path> found = nullModels(scenario);
      if (found.isEmpty()) {
        throw new BadInput(scenario + ": --null found no overlay extending it in "
            + nullFolder(scenario));
      }
      files.addAll(found);
    }
    files.addAll(against);
    for (Path f : files) {
      if (!Files.isRegularFile(f)) {
        throw new BadInput(f + ": no such file");
      }
      Scenario s = loader.load(f, sets).scenario();
      if (nulls && s.removes().isEmpty() && !against.contains(f)) {
        throw new BadInput(f + ": a null model must name the mechanism it removes (`removes:`)");
      }
      models.add(new Model(s.name(), s.removes(), k -> s));
    }
    if (posterior != null) {
      Posterior p;
      try {
        p = Posterior.read(posterior);
      } catch (CalibrationException e) {
        throw new BadInput(e.getMessage());
      }
      models.add(predictive("prior-predictive", scenario, reps, k -> p.priorDraw(seed, k)));
      models.add(predictive("posterior-predictive", scenario, reps, k -> p.draw(seed, k)));
    }
    return models;
  }

  private Model predictive(String name, Path scenario, int reps,
      IntFunction<Map<String, String>> draw) throws ScenarioException {
    List<Scenario> bound = new ArrayList<>(reps);
    for (int k = 0; k < reps; k++) {
      List<String> all = new ArrayList<>(sets);
      draw.apply(k).forEach((path, value) -> all.add(path + "=" + value));
      bound.add(loader.load(scenario, all).scenario());
    }
    return new Model(name, List.of(), bound::get);
  }

  private static Path nullFolder(Path scenario) {
    Path parent = scenario.toAbsolutePath().getParent();
    return parent.resolve("null");
  }

  /** The overlays of the null folder whose {@code extends:} resolves to the scenario, by name. */
  static List<Path> nullModels(Path scenario) throws IOException {
    Path folder = nullFolder(scenario);
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    Path target = scenario.toAbsolutePath().normalize();
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    List<Path> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : files.filter(x -> x.toString().endsWith(".yaml")).sorted().toList()) {
        JsonNode ext;
        try {
          ext = yaml.readTree(f.toFile()).path("extends");
        } catch (IOException unreadable) {
          // Kept, so that the loader reports the file's problem, located, before any run.
          out.add(f);
          continue;
        }
        if (ext.isTextual() && f.toAbsolutePath().getParent().resolve(ext.asText()).normalize()
            .equals(target)) {
          Path shown = scenario.getParent() == null ? Path.of("null", f.getFileName().toString())
              : scenario.getParent().resolve("null").resolve(f.getFileName());
          out.add(shown);
        }
      }
    }
    return out;
  }
}
