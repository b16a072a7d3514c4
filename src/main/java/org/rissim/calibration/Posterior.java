package org.rissim.calibration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.rissim.experiment.Seeds;

/**
 * The result of a calibration read back from its folder: the parameters with their priors and the
 * final generation's weighted particles; draws from the prior and the posterior for predictive
 * checks.
 *
 * @param parameters the calibrated parameters
 * @param last       the last complete generation
 */
public record Posterior(List<Parameter> parameters, Generation last) {

  /** Reads {@code calibrate.json} and {@code posterior.csv} of a calibration folder. */
  public static Posterior read(Path dir) throws CalibrationException, IOException {
    Path json = dir.resolve("calibrate.json");
    if (!Files.exists(json) || !Files.exists(dir.resolve("posterior.csv"))) {
      throw new CalibrationException(dir + ": not a calibration folder with a posterior "
          + "(expected calibrate.json and posterior.csv, written by rissim calibrate)");
    }
    JsonNode root = new ObjectMapper().readTree(json.toFile());
    List<Parameter> ps = new ArrayList<>();
    for (JsonNode p : root.path("parameters")) {
      ps.add(new Parameter(p.path("path").asText(), Prior.parse(p.path("prior").asText())));
    }
    List<String> lines = Files.readAllLines(dir.resolve("posterior.csv"));
    List<Particle> particles = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",");
      double[] theta = new double[ps.size()];
      for (int i = 0; i < theta.length; i++) {
        theta[i] = Double.parseDouble(f[3 + i]);
      }
      particles.add(new Particle(Long.parseLong(f[0]), theta, Double.parseDouble(f[1]),
          Double.parseDouble(f[2])));
    }
    if (particles.isEmpty()) {
      throw new CalibrationException(dir.resolve("posterior.csv") + ": no particles");
    }
    return new Posterior(List.copyOf(ps), new Generation(-1, Double.NaN, 0, particles, 0, 0));
  }

  /** Draw k (0-based) from the posterior: a particle chosen by weight, as path to value. */
  public Map<String, String> draw(long seed, int k) {
    RandomGenerator rng = new Well19937c(Seeds.derive(seed, k, 2));
    double u = rng.nextDouble();
    double c = 0;
    List<Particle> ps = last.particles();
    Particle chosen = ps.get(ps.size() - 1);
    for (Particle p : ps) {
      c += p.weight();
      if (u < c) {
        chosen = p;
        break;
      }
    }
    return values(chosen.theta());
  }

  /** Draw k (0-based) from the prior, as path to value. */
  public Map<String, String> priorDraw(long seed, int k) {
    RandomGenerator rng = new Well19937c(Seeds.derive(seed, k, 3));
    double[] theta = new double[parameters.size()];
    for (int i = 0; i < theta.length; i++) {
      theta[i] = parameters.get(i).prior().sample(rng);
    }
    return values(theta);
  }

  private Map<String, String> values(double[] theta) {
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < theta.length; i++) {
      out.put(parameters.get(i).path(), Double.toString(theta[i]));
    }
    return out;
  }
}
