package org.rissim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.rissim.experiment.design.Designs;
import org.rissim.experiment.design.ParameterSpec;

/** Writes a synthetic sweep folder (sweep.json, design.csv, runs.csv) as the sweep runner would. */
final class SweepFolder {
  private SweepFolder() {}

  /** Writes a sweep of {@code design} whose one outcome {@code y} is {@code f} plus N(0, noise). */
  static void write(Path dir, String design, List<ParameterSpec> params, int samples, int reps,
      ToDoubleFunction<Map<String, String>> f, double noise) throws IOException {
    long seed = 5;
    List<Map<String, String>> points = Designs.of(design).points(params, samples, seed);
    List<String> cols = params.stream().flatMap(p -> p.paths().stream()).toList();
    List<String> designCsv = new ArrayList<>();
    designCsv.add("point," + String.join(",", cols));
    List<String> runsCsv = new ArrayList<>();
    runsCsv.add("run,point,rep,seed," + String.join(",", cols) + ",y,missing");
    RandomGenerator rng = new Well19937c(seed);
    int run = 0;
    for (int p = 0; p < points.size(); p++) {
      String values = String.join(",", cols.stream().map(points.get(p)::get).toList());
      designCsv.add(p + "," + values);
      for (int r = 0; r < reps; r++) {
        double y = f.applyAsDouble(points.get(p)) + noise * rng.nextGaussian();
        runsCsv.add(run++ + "," + p + "," + r + ",0," + values + "," + y + ",");
      }
    }
    Files.createDirectories(dir);
    Files.write(dir.resolve("design.csv"), designCsv);
    Files.write(dir.resolve("runs.csv"), runsCsv);
    StringBuilder json = new StringBuilder("{\"scenario\":\"synthetic\",\"design\":\"" + design
        + "\",\"samples\":" + samples + ",\"reps\":" + reps + ",\"seed\":" + seed + ",\"params\":[");
    for (int i = 0; i < params.size(); i++) {
      ParameterSpec p = params.get(i);
      json.append(i > 0 ? "," : "").append("{\"path\":\"").append(p.path()).append("\",\"spec\":\"")
          .append(p.spec()).append("\",\"kind\":\"").append(p.kind().label()).append("\"}");
    }
    Files.writeString(dir.resolve("sweep.json"), json.append("]}").toString());
  }

  static double v(Map<String, String> p, String key) {
    return Double.parseDouble(p.get(key));
  }
}
