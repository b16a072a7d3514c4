package org.rissim.calibration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.rissim.experiment.OutputFiles;

/**
 * The files of a calibration (docs/VALIDATION.md, "Files"): {@code calibrate.json} (what is
 * calibrated), per generation {@code gen-NNN/attempts.csv} (every simulated proposal, one flushed
 * line each, so that a kill loses no finished simulation), {@code gen-NNN/generation.csv} and
 * {@code gen-NNN/particles.csv} (written whole, the latter last: its presence marks the generation
 * complete), and the summaries {@code generations.csv}, {@code posterior.csv}, {@code summary.csv}.
 */
public final class CalibrationFolder {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Path dir;
  private final List<Parameter> parameters;

  private CalibrationFolder(Path dir, List<Parameter> parameters) {
    this.dir = dir;
    this.parameters = List.copyOf(parameters);
  }

  /**
   * Opens the folder for a calibration with this identity: with {@code resume} it must hold the
   * same calibration (or none); otherwise it must hold none, unless {@code force}.
   */
  public static CalibrationFolder open(Path dir, ObjectNode identity, List<Parameter> parameters,
      boolean resume, boolean force) throws IOException, CalibrationException {
    Path json = dir.resolve("calibrate.json");
    if (Files.exists(json)) {
      if (resume) {
        JsonNode old = JSON.readTree(json.toFile());
        // Compared as read back, so that number types (int or long) do not matter.
        if (!old.equals(JSON.readTree(JSON.writeValueAsString(identity)))) {
          throw new CalibrationException(json + " holds another calibration (different scenario, "
              + "parameters, priors, particles, reps, alpha or seed); use another --out");
        }
      } else if (!force) {
        throw new CalibrationException(json + " exists (use --resume to continue it, or --force "
            + "to start again)");
      } else {
        deleteAll(dir);
      }
    }
    Files.createDirectories(dir);
    if (!Files.exists(json)) {
      OutputFiles.write(json, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(identity)
          + "\n");
    }
    return new CalibrationFolder(dir, parameters);
  }

  private static void deleteAll(Path dir) throws IOException {
    try (var files = Files.list(dir)) {
      for (Path p : files.toList()) {
        String name = p.getFileName().toString();
        if (name.startsWith("gen-") && Files.isDirectory(p)) {
          try (var inner = Files.list(p)) {
            for (Path q : inner.toList()) {
              Files.delete(q);
            }
          }
          Files.delete(p);
        } else if (name.equals("calibrate.json") || name.equals("generations.csv")
            || name.equals("posterior.csv") || name.equals("summary.csv")
            || name.equals("posterior.md")) {
          Files.delete(p);
        }
      }
    }
  }

  /** The folder of generation t. */
  Path generationDir(int t) {
    return dir.resolve(String.format(Locale.ROOT, "gen-%03d", t));
  }

  /** Whether generation t is complete on disk. */
  boolean complete(int t) {
    return Files.exists(generationDir(t).resolve("particles.csv"));
  }

  /** The complete generation t as written. */
  Generation read(int t) throws IOException {
    List<String> summary = Files.readAllLines(generationDir(t).resolve("generation.csv"));
    String[] s = summary.get(1).split(",");
    List<Particle> particles = new ArrayList<>();
    List<String> lines = Files.readAllLines(generationDir(t).resolve("particles.csv"));
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",");
      double[] theta = new double[parameters.size()];
      for (int i = 0; i < theta.length; i++) {
        theta[i] = Double.parseDouble(f[3 + i]);
      }
      particles.add(new Particle(Long.parseLong(f[0]), theta, Double.parseDouble(f[1]),
          Double.parseDouble(f[2])));
    }
    return new Generation(t, Double.parseDouble(s[1]), Long.parseLong(s[2]), particles,
        Double.parseDouble(s[5]), Long.parseLong(s[6]));
  }

  /** Writes a completed generation: its summary, then its particles (the completion mark). */
  void write(Generation g) throws IOException {
    Path gd = generationDir(g.index());
    OutputFiles.write(gd.resolve("generation.csv"), GENERATION_HEADER + "\n" + summaryLine(g)
        + "\n");
    OutputFiles.write(gd.resolve("particles.csv"), particlesCsv(g));
  }

  /** Rewrites generations.csv, posterior.csv and summary.csv from the complete generations. */
  void writeSummaries(List<Generation> done) throws IOException {
    StringBuilder b = new StringBuilder(GENERATION_HEADER).append('\n');
    done.forEach(g -> b.append(summaryLine(g)).append('\n'));
    OutputFiles.write(dir.resolve("generations.csv"), b.toString());
    if (!done.isEmpty()) {
      Generation last = done.get(done.size() - 1);
      OutputFiles.write(dir.resolve("posterior.csv"), particlesCsv(last));
      OutputFiles.write(dir.resolve("summary.csv"), PosteriorSummary.csv(parameters, last));
      OutputFiles.write(dir.resolve("posterior.md"), PosteriorSummary.markdown(parameters, done));
    }
  }

  static final String GENERATION_HEADER =
      "generation,epsilon,attempts,accepted,acceptanceRate,ess,sims";

  private static String summaryLine(Generation g) {
    return g.index() + "," + g.epsilon() + "," + g.attempts() + "," + g.particles().size() + ","
        + g.acceptanceRate() + "," + g.ess() + "," + g.sims();
  }

  private String particlesCsv(Generation g) {
    StringBuilder b = new StringBuilder("attempt,weight,distance");
    parameters.forEach(p -> b.append(',').append(p.path()));
    b.append('\n');
    for (Particle p : g.particles()) {
      b.append(p.attempt()).append(',').append(p.weight()).append(',').append(p.distance());
      for (double x : p.theta()) {
        b.append(',').append(x);
      }
      b.append('\n');
    }
    return b.toString();
  }

  /** One simulated proposal: its number, parameter values and distance. */
  record Attempt(long attempt, double[] theta, double distance) {}

  /** The attempts of generation t on disk, in order (a partial last line is cut first). */
  List<Attempt> attempts(int t) throws IOException {
    Path f = generationDir(t).resolve("attempts.csv");
    List<Attempt> out = new ArrayList<>();
    if (!Files.exists(f)) {
      return out;
    }
    org.rissim.io.OutputDirectory.truncatePartialLine(f);
    try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
      r.readLine();
      String line;
      while ((line = r.readLine()) != null) {
        String[] x = line.split(",");
        double[] theta = new double[parameters.size()];
        for (int i = 0; i < theta.length; i++) {
          theta[i] = Double.parseDouble(x[2 + i]);
        }
        out.add(new Attempt(Long.parseLong(x[0]), theta, Double.parseDouble(x[1])));
      }
    }
    return out;
  }

  /** Appends the attempts of generation t, one flushed line each. */
  Appender appender(int t) throws IOException {
    Path gd = generationDir(t);
    Files.createDirectories(gd);
    Path f = gd.resolve("attempts.csv");
    if (!Files.exists(f) || Files.size(f) == 0) {
      StringBuilder h = new StringBuilder("attempt,distance");
      parameters.forEach(p -> h.append(',').append(p.path()));
      Files.writeString(f, h.append('\n').toString(), StandardCharsets.UTF_8);
    }
    return new Appender(Files.newBufferedWriter(f, StandardCharsets.UTF_8,
        StandardOpenOption.APPEND));
  }

  /** Writes attempt lines; each is flushed, so a finished simulation survives a kill. */
  static final class Appender implements Closeable {
    private final BufferedWriter out;

    private Appender(BufferedWriter out) {
      this.out = out;
    }

    void append(Attempt a) throws IOException {
      StringBuilder b = new StringBuilder().append(a.attempt()).append(',').append(a.distance());
      for (double x : a.theta()) {
        b.append(',').append(x);
      }
      out.write(b.append('\n').toString());
      out.flush();
    }

    @Override
    public void close() throws IOException {
      out.close();
    }
  }
}
