package org.rissim.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** How far a sweep folder (or a folder of shard-* folders) has got. */
public final class SweepStatus {
  private SweepStatus() {}

  /**
   * The state of one sweep or shard folder.
   *
   * @param dir      the folder
   * @param expected runs this folder should hold
   * @param done     runs in its runs.csv
   * @param failed   runs in its failures.csv
   * @param started  whether the folder holds a sweep yet (a shard not yet started does not)
   */
  public record Part(Path dir, long expected, long done, long failed, boolean started) {
    /** A started sweep or shard folder. */
    public Part(Path dir, long expected, long done, long failed) {
      this(dir, expected, done, failed, true);
    }

    /** Whether every run is in runs.csv. */
    public boolean complete() {
      return done >= expected;
    }
  }

  /**
   * The sweep folders under {@code dir}: its {@code shard-*} folders with a sweep.json if there
   * are any, else the folder itself.
   *
   * @throws IOException when neither holds a sweep
   */
  public static List<Part> of(Path dir) throws IOException {
    List<Path> folders = new ArrayList<>();
    try (Stream<Path> s = Files.list(dir)) {
      s.filter(p -> p.getFileName().toString().startsWith("shard-"))
          .filter(p -> Files.exists(p.resolve("sweep.json")))
          .sorted((a, b) -> Integer.compare(shardNumber(a), shardNumber(b)))
          .forEach(folders::add);
    }
    if (folders.isEmpty()) {
      if (!Files.exists(dir.resolve("sweep.json"))) {
        throw new IOException(dir + " holds no sweep (no sweep.json, no shard-* folders)");
      }
      folders.add(dir);
    }
    List<Part> parts = new ArrayList<>();
    for (Path f : folders) {
      JsonNode m = Sweep.readJson(f.resolve("sweep.json"));
      long runs = m.path("runs").asLong();
      long expected = runs;
      if (m.path("shard").isTextual()) {
        String[] kn = m.path("shard").asText().split("/");
        expected = SweepSpec.countInShard(runs, Integer.parseInt(kn[0]), Integer.parseInt(kn[1]));
      }
      parts.add(new Part(f, expected, RunsFile.count(f.resolve("runs.csv")),
          RunsFile.count(f.resolve("failures.csv"))));
    }
    return withUnstarted(dir, parts);
  }

  /**
   * Adds the shards of a sharded sweep that have not started (no {@code shard-K/sweep.json}
   * yet), known from the shard count K/N that every started shard records.
   */
  private static List<Part> withUnstarted(Path dir, List<Part> parts) throws IOException {
    if (parts.size() == 1 && parts.get(0).dir().equals(dir)) {
      return parts;
    }
    JsonNode m = Sweep.readJson(parts.get(0).dir().resolve("sweep.json"));
    if (!m.path("shard").isTextual()) {
      return parts;
    }
    int n = Integer.parseInt(m.path("shard").asText().split("/")[1]);
    long runs = m.path("runs").asLong();
    List<Part> all = new ArrayList<>(parts);
    for (int k = 1; k <= n; k++) {
      final int shard = k;
      boolean seen = parts.stream().anyMatch(p -> shardNumber(p.dir()) == shard);
      if (!seen) {
        all.add(new Part(dir.resolve("shard-" + k), SweepSpec.countInShard(runs, k, n), 0, 0,
            false));
      }
    }
    all.sort((a, b) -> Integer.compare(shardNumber(a.dir()), shardNumber(b.dir())));
    return all;
  }

  private static int shardNumber(Path p) {
    String n = p.getFileName().toString().substring("shard-".length());
    return n.matches("\\d+") ? Integer.parseInt(n) : Integer.MAX_VALUE;
  }
}
