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
   * @param cutShort whether runs.csv ends in a line cut short (interrupted, or still running)
   * @param started  whether the folder holds a sweep yet (a shard not yet started does not)
   */
  public record Part(Path dir, long expected, long done, long failed, boolean cutShort,
      boolean started) {
    /** A started sweep or shard folder. */
    public Part(Path dir, long expected, long done, long failed, boolean cutShort) {
      this(dir, expected, done, failed, cutShort, true);
    }

    /** A started sweep or shard folder whose files are whole. */
    public Part(Path dir, long expected, long done, long failed) {
      this(dir, expected, done, failed, false, true);
    }

    /** Whether every run is in runs.csv, and the file is whole. */
    public boolean complete() {
      return done >= expected && !cutShort;
    }
  }

  /**
   * The sweep folders under {@code dir}: its {@code shard-*} folders with a sweep.json if there
   * are any, else the folder itself.
   *
   * @throws IOException when neither holds a sweep
   */
  public static List<Part> of(Path dir) throws IOException, ExperimentException {
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
    int shardsExpected = 0;
    List<Integer> seen = new ArrayList<>();
    long runsOfSweep = 0;
    for (Path f : folders) {
      JsonNode m = SweepManifest.readJson(f.resolve("sweep.json"));
      long runs = m.path("runs").asLong();
      long expected = runs;
      int k = 1;
      int n = 1;
      if (m.path("shard").isTextual()) {
        String shard = m.path("shard").asText();
        if (!shard.matches("\\d+/\\d+")) {
          throw new ExperimentException(f.resolve("sweep.json") + ": shard: expected K/N, found "
              + shard);
        }
        String[] kn = shard.split("/");
        k = Integer.parseInt(kn[0]);
        n = Integer.parseInt(kn[1]);
        expected = SweepSpec.countInShard(runs, k, n);
        shardsExpected = Math.max(shardsExpected, n);
        seen.add(k);
        runsOfSweep = runs;
      }
      // Every file is read completely and checked (field counts, ids, duplicates).
      RunsFileCheck.Checked done = RunsFileCheck.check(f.resolve("runs.csv"), runs, k, n);
      RunsFileCheck.Checked failed = RunsFileCheck.check(f.resolve("failures.csv"), runs, k, n);
      parts.add(new Part(f, expected, done.lines(), failed.lines(),
          done.partialLast() || failed.partialLast()));
    }
    // A shard whose folder is missing altogether is reported, as not started.
    for (int k = 1; k <= shardsExpected; k++) {
      if (!seen.contains(k)) {
        parts.add(new Part(dir.resolve("shard-" + k), SweepSpec.countInShard(runsOfSweep, k,
            shardsExpected), 0, 0, false, false));
      }
    }
    if (shardsExpected > 0) {
      parts.sort((x, y) -> Integer.compare(shardNumber(x.dir()), shardNumber(y.dir())));
    }
    return parts;
  }

  private static int shardNumber(Path p) {
    String n = p.getFileName().toString().substring("shard-".length());
    return n.matches("\\d+") ? Integer.parseInt(n) : Integer.MAX_VALUE;
  }
}
