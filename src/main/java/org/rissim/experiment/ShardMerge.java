package org.rissim.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.TreeMap;
import org.rissim.io.OutputFolder;

/**
 * Joins the folders of a sharded sweep into one: runs.csv in run order (a streaming k-way merge
 * of the shards' sorted files), failures.csv, design.csv and sweep.json without a shard.
 */
public final class ShardMerge {
  private ShardMerge() {}

  /**
   * What a merge produced.
   *
   * @param runs     runs in the merged runs.csv
   * @param failures runs missing because they failed (listed in failures.csv)
   */
  public record Merged(long runs, long failures) {}

  /**
   * Merges shard folders into {@code out}.
   *
   * @throws ExperimentException when shards disagree, a run is duplicated or a run is missing
   *     without a recorded failure
   */
  public static Merged merge(List<Path> shards, Path out, boolean force)
      throws IOException, ExperimentException {
    if (shards.isEmpty()) {
      throw new ExperimentException("no shard folder given");
    }
    // One writer per folder; a folder the merge created is removed again if it fails.
    try (OutputFolder folder = OutputFolder.inPlace(out)) {
      Merged m = mergeLocked(shards, out, force);
      folder.commit();
      return m;
    }
  }

  private static Merged mergeLocked(List<Path> shards, Path out, boolean force)
      throws IOException, ExperimentException {
    List<JsonNode> manifests = new ArrayList<>();
    for (Path s : shards) {
      Path json = s.resolve("sweep.json");
      if (!Files.exists(json)) {
        throw new ExperimentException(s + " is not a sweep folder (no sweep.json)");
      }
      manifests.add(SweepManifest.readJson(json));
      if (manifests.size() > 1) {
        SweepManifest.checkSame(manifests.get(manifests.size() - 1), manifests.get(0), json, false);
      }
    }
    OutputFiles.checkFree(out, force, "runs.csv", "failures.csv");
    long total = manifests.get(0).path("runs").asLong();
    // Every input is read completely and checked before anything is written.
    for (int i = 0; i < shards.size(); i++) {
      String sh = manifests.get(i).path("shard").asText("1/1");
      String[] kn = sh.matches("\\d+/\\d+") ? sh.split("/") : new String[] {"1", "1"};
      int k = Integer.parseInt(kn[0]);
      int n = Integer.parseInt(kn[1]);
      for (String name : List.of("runs.csv", "failures.csv")) {
        Path file = shards.get(i).resolve(name);
        RunsFileCheck.Checked c = RunsFileCheck.check(file, total, k, n);
        if (c.partialLast()) {
          throw new ExperimentException(file + ":" + (c.lines() + 2) + ": the last line is cut "
              + "short (the shard was interrupted, or is still running); complete it with "
              + "sweep --resume, then merge");
        }
      }
    }
    TreeMap<Integer, String> failed = new TreeMap<>();
    String failuresHeader = null;
    for (Path s : shards) {
      Path f = s.resolve("failures.csv");
      if (Files.exists(f)) {
        try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
          failuresHeader = r.readLine();
          String line;
          while ((line = r.readLine()) != null) {
            failed.put(RunsFile.runId(line), line);
          }
        }
      }
    }
    Files.createDirectories(out);
    Path tmp = out.resolve(".runs.csv.merging");
    long written = 0;
    List<BufferedReader> readers = new ArrayList<>();
    try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      // Heap entries: {run id, reader index}; each reader's current line is kept alongside.
      String header = null;
      String[] current = new String[shards.size()];
      PriorityQueue<int[]> heap = new PriorityQueue<>((a, b) -> Integer.compare(a[0], b[0]));
      for (int i = 0; i < shards.size(); i++) {
        Path runs = shards.get(i).resolve("runs.csv");
        if (!Files.exists(runs)) {
          throw new ExperimentException(shards.get(i) + " has no runs.csv");
        }
        RunsFile.sortByRun(runs);
        BufferedReader r = Files.newBufferedReader(runs, StandardCharsets.UTF_8);
        readers.add(r);
        String h = r.readLine();
        if (header == null) {
          header = h;
          w.write(h);
          w.write('\n');
        } else if (!header.equals(h)) {
          throw new ExperimentException(runs + " has different columns from the first shard");
        }
        advance(r, i, current, heap);
      }
      long expected = 0;
      List<Long> missing = new ArrayList<>();
      while (!heap.isEmpty()) {
        int[] top = heap.poll();
        if (top[0] < expected) {
          throw new ExperimentException(shards.get(top[1]).resolve("runs.csv") + ": run "
              + top[0] + " appears more than once (in two shards)");
        }
        for (; expected < top[0]; expected++) {
          if (!failed.containsKey((int) expected)) {
            missing.add(expected);
          }
        }
        w.write(current[top[1]]);
        w.write('\n');
        written++;
        expected = top[0] + 1L;
        advance(readers.get(top[1]), top[1], current, heap);
      }
      for (; expected < total; expected++) {
        if (!failed.containsKey((int) expected)) {
          missing.add(expected);
        }
      }
      if (!missing.isEmpty()) {
        throw new ExperimentException(missing.size() + " run(s) missing (first: run "
            + missing.get(0) + "); is a shard folder missing or unfinished?");
      }
    } catch (ExperimentException | IOException e) {
      Files.deleteIfExists(tmp);
      throw e;
    } finally {
      for (BufferedReader r : readers) {
        r.close();
      }
    }
    Files.move(tmp, out.resolve("runs.csv"), StandardCopyOption.REPLACE_EXISTING);
    StringBuilder f = new StringBuilder();
    if (failuresHeader != null) {
      f.append(failuresHeader).append('\n');
      failed.values().forEach(l -> f.append(l).append('\n'));
      OutputFiles.write(out.resolve("failures.csv"), f.toString());
    } else {
      Files.deleteIfExists(out.resolve("failures.csv"));
    }
    Path design = shards.get(0).resolve("design.csv");
    if (Files.exists(design)) {
      OutputFiles.write(out.resolve("design.csv"), Files.readString(design));
    }
    ObjectNode merged = (ObjectNode) manifests.get(0);
    merged.putNull("shard");
    merged.put("mergedFrom", shards.size());
    OutputFiles.write(out.resolve("sweep.json"), SweepManifest.pretty(merged));
    return new Merged(written, failed.size());
  }

  private static void advance(BufferedReader r, int i, String[] current, PriorityQueue<int[]> heap)
      throws IOException {
    String line = r.readLine();
    current[i] = line;
    if (line != null) {
      heap.add(new int[] {RunsFile.runId(line), i});
    }
  }
}
