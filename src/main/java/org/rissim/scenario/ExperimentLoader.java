package org.rissim.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads experiment files ({@link ExperimentSpec}), with the scenario loader's located errors
 * ({@code file:line:column: key: message}), and writes the self-contained copy that an
 * experiment's output folder keeps.
 */
public final class ExperimentLoader {
  /** Every key an experiment file may hold. */
  static final List<String> KEYS = List.of("experiment", "description", "scenario", "set",
      "design", "samples", "reps", "seed", "threads", "parameters", "mix", "outcomes", "series",
      "gzip", "out");

  private final List<ScenarioError> errors = new ArrayList<>();

  private ExperimentLoader() {}

  /** Reads and checks an experiment file; the scenario path is resolved against its folder. */
  public static ExperimentSpec load(Path file) throws ScenarioException {
    return new ExperimentLoader().bind(file, new YamlReader().readFile(file, file.toString()));
  }

  /**
   * The text of the experiment file with {@code scenario} replaced by {@code scenarioFile} and
   * without {@code set} and {@code out}: the copy an output folder keeps beside the effective
   * scenario, which already holds the overrides, so that the folder reruns itself.
   */
  public static String copy(Path file, String scenarioFile, String header)
      throws ScenarioException {
    Node.MapNode root = (Node.MapNode) new YamlReader().readFile(file, file.toString());
    Map<String, Object> plain = new LinkedHashMap<>();
    for (Map.Entry<String, Node.Entry> e : root.entries().entrySet()) {
      switch (e.getKey()) {
        case "set", "out" -> { }
        case "scenario" -> plain.put("scenario", scenarioFile);
        default -> plain.put(e.getKey(), EffectiveYaml.plain(e.getValue().value()));
      }
    }
    try {
      YAMLMapper yaml = YAMLMapper.builder()
          .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
          .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES).build();
      return header + yaml.writeValueAsString(plain);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the experiment copy", e);
    }
  }

  private ExperimentSpec bind(Path file, Node root) throws ScenarioException {
    if (!(root instanceof Node.MapNode m)) {
      throw YamlReader.fail(file.toString(), root.pos().line(), root.pos().column(),
          "expected a mapping of experiment keys (experiment, scenario, design, parameters ...)");
    }
    for (Map.Entry<String, Node.Entry> e : m.entries().entrySet()) {
      if (!KEYS.contains(e.getKey())) {
        Node.Pos k = e.getValue().keyPos();
        errors.add(new ScenarioError(k.file(), k.line(), k.column(), e.getKey(), "unknown key `"
            + e.getKey() + "` in an experiment file" + NearestKey.suggestion(e.getKey(), KEYS)));
      }
    }
    String name = text(m, "experiment", true).orElse("");
    if (!name.isEmpty() && !name.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
      error(m.get("experiment"), "experiment", "expected a name of letters, digits, . _ -"
          + " (it names the output folder), found `" + name + "`");
    }
    String description = text(m, "description", false).orElse("");
    Optional<String> scenario = text(m, "scenario", true);
    String design = text(m, "design", true).orElse("");
    int samples = integer(m, "samples", 10);
    int reps = integer(m, "reps", 1);
    long seed = integer(m, "seed", 1);
    Optional<Integer> threads = m.get("threads") == null ? Optional.empty()
        : Optional.of(integer(m, "threads", 1));
    List<String> parameters = new ArrayList<>();
    Node params = m.get("parameters");
    if (params instanceof Node.MapNode pm) {
      pm.entries().forEach((k, v) -> {
        if (v.value() instanceof Node.Scalar s && !s.isNull()) {
          parameters.add(k + "=" + s.text());
        } else {
          error(v.value(), "parameters." + k, "expected a range lo:hi, lo:hi:step or a list"
              + " a,b,c, found " + Node.describe(v.value()));
        }
      });
    } else if (params != null) {
      error(params, "parameters", "expected a mapping of parameter paths to ranges, found "
          + Node.describe(params));
    }
    List<String> mix = strings(m, "mix");
    if (parameters.isEmpty() && mix.isEmpty()) {
      error(m, "parameters", "expected at least one parameter (parameters: {path: lo:hi})"
          + " or a mix: [STATE_ID]");
    }
    List<OutcomeSpec> outcomes = List.of();
    if (m.get("outcomes") != null) {
      try {
        outcomes = ScenarioBinder.outcomes(m.get("outcomes"), "outcomes");
      } catch (ScenarioException e) {
        errors.addAll(e.errors());
      }
    }
    List<String> series = strings(m, "series");
    boolean gzip = m.get("gzip") instanceof Node.Scalar g && g.kind() == Node.Kind.BOOLEAN
        && Boolean.parseBoolean(g.text());
    if (m.get("gzip") != null && !(m.get("gzip") instanceof Node.Scalar g2
        && g2.kind() == Node.Kind.BOOLEAN)) {
      error(m.get("gzip"), "gzip", "expected true or false, found " + Node.describe(m.get("gzip")));
    }
    Optional<String> out = text(m, "out", false);
    if (!errors.isEmpty()) {
      throw new ScenarioException(errors);
    }
    Path scenarioPath = Path.of(scenario.orElseThrow());
    if (!scenarioPath.isAbsolute()) {
      scenarioPath = file.getParent() == null ? scenarioPath
          : file.getParent().resolve(scenarioPath).normalize();
    }
    return new ExperimentSpec(name, description, file, scenarioPath, strings(m, "set"), design,
        samples, reps, seed, threads, parameters, mix, outcomes, series, gzip, out);
  }

  private Optional<String> text(Node.MapNode m, String key, boolean required) {
    Node n = m.get(key);
    if (n == null || (n instanceof Node.Scalar s && s.isNull())) {
      if (required) {
        error(m, key, "missing key `" + key + "`");
      }
      return Optional.empty();
    }
    if (n instanceof Node.Scalar s) {
      return Optional.of(s.text());
    }
    error(n, key, "expected a text value, found " + Node.describe(n));
    return Optional.empty();
  }

  private int integer(Node.MapNode m, String key, int fallback) {
    Node n = m.get(key);
    if (n == null) {
      return fallback;
    }
    if (n instanceof Node.Scalar s && s.kind() == Node.Kind.NUMBER && s.number() >= 1
        && s.number() == Math.rint(s.number()) && s.number() <= Integer.MAX_VALUE) {
      return (int) s.number();
    }
    error(n, key, "expected a whole number >= 1, found " + Node.describe(n));
    return fallback;
  }

  private List<String> strings(Node.MapNode m, String key) {
    Node n = m.get(key);
    List<String> out = new ArrayList<>();
    if (n instanceof Node.ListNode l) {
      for (int i = 0; i < l.items().size(); i++) {
        if (l.items().get(i) instanceof Node.Scalar s && !s.isNull()) {
          out.add(s.text());
        } else {
          error(l.items().get(i), key + "[" + i + "]", "expected a text value, found "
              + Node.describe(l.items().get(i)));
        }
      }
    } else if (n != null) {
      error(n, key, "expected a list, found " + Node.describe(n));
    }
    return out;
  }

  private void error(Node n, String key, String message) {
    Node.Pos p = n.pos();
    errors.add(new ScenarioError(p.file(), p.line(), p.column(), key, message));
  }
}
