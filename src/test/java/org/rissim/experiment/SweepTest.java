package org.rissim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rissim.analysis.Outcomes;

class SweepTest {
  @TempDir Path tmp;

  /** A 6-point, 3-replicate sweep over two parameters (a hand-made design: a test double). */
  private static SweepSpec spec(int shard, int shards) {
    List<Map<String, String>> points = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      Map<String, String> p = new LinkedHashMap<>();
      p.put("parameters.belief.eta", Double.toString(0.1 * i));
      p.put("founding.ids", i % 2 == 0 ? "a,b" : "c");
      points.add(p);
    }
    return new SweepSpec("base", "abc", Fixtures.template("base"),
        List.of(Map.of("path", "parameters.belief.eta", "spec", "0:0.5", "kind", "continuous")),
        List.of("parameters.belief.eta", "founding.ids"), points,
        Outcomes.names(Fixtures.scenario("base", "")), "grid", 6, 3, 99, shard, shards, false,
        "rissim sweep test");
  }

  private static Sweep.Summary sweep(SweepSpec spec, Path out, int threads, boolean resume,
      RunFunction model) throws Exception {
    return Sweep.run(spec, out, threads, resume, false, model, Fixtures.MEASURE, SweepProgress.NONE);
  }

  private static String runs(Path dir) throws Exception {
    return Files.readString(dir.resolve("runs.csv"));
  }

  @Test
  void runsCsvIsByteIdenticalForOneAndTwoThreads() throws Exception {
    sweep(spec(1, 1), tmp.resolve("a"), 1, false, Fixtures::fakeRun);
    sweep(spec(1, 1), tmp.resolve("b"), 2, false, Fixtures::fakeRun);
    assertEquals(runs(tmp.resolve("a")), runs(tmp.resolve("b")));
    List<String> lines = Files.readAllLines(tmp.resolve("a/runs.csv"));
    assertEquals(1 + 18, lines.size());
    assertTrue(lines.get(0).startsWith("run,point,rep,seed,parameters.belief.eta,founding.ids,"
        + "final.drift.consent"), lines.get(0));
    assertTrue(lines.get(8).startsWith("7,2,1," + Seeds.derive(99, 2, 1) + ",0.2,\"a,b\","),
        lines.get(8));
    assertEquals(7, Files.readAllLines(tmp.resolve("a/design.csv")).size());
  }

  @Test
  void aKilledSweepResumesToTheSameFile() throws Exception {
    sweep(spec(1, 1), tmp.resolve("full"), 2, false, Fixtures::fakeRun);
    AtomicInteger calls = new AtomicInteger();
    // The process dies after 7 rows (a failure of a run itself would be data, not a kill).
    SweepProgress dying = new SweepProgress() {
      @Override
      public void started(long total, long alreadyDone) {}

      @Override
      public void step() {
        if (calls.incrementAndGet() >= 7) {
          throw new IllegalStateException("simulated kill");
        }
      }

      @Override
      public void finished(long done, long failed) {}
    };
    Path cut = tmp.resolve("cut");
    assertThrows(IllegalStateException.class, () -> Sweep.run(spec(1, 1), cut, 2, false, false,
        Fixtures::fakeRun, Fixtures.MEASURE, dying));
    // A kill in the middle of a write leaves half a line behind.
    Files.writeString(cut.resolve("runs.csv"), "12,4,0,123", StandardOpenOption.APPEND);
    long before = Files.readAllLines(cut.resolve("runs.csv")).size();
    assertTrue(before > 1 && before < 19, "rows before resume: " + before);
    Sweep.Summary s = sweep(spec(1, 1), cut, 2, true, Fixtures::fakeRun);
    assertEquals(runs(tmp.resolve("full")), runs(cut));
    assertEquals(18, s.skipped() + s.completed());
  }

  @Test
  void failuresAreRecordedAndRetriedOnResume() throws Exception {
    RunFunction flaky = (s, seed) -> {
      if (seed == Seeds.derive(99, 1, 2) || seed == Seeds.derive(99, 4, 0)) {
        throw new IllegalStateException("diverged\nbadly");
      }
      return Fixtures.fakeRun(s, seed);
    };
    Path dir = tmp.resolve("flaky");
    Sweep.Summary first = sweep(spec(1, 1), dir, 2, false, flaky);
    assertEquals(2, first.failed());
    List<String> failures = Files.readAllLines(dir.resolve("failures.csv"));
    assertEquals(3, failures.size());
    assertTrue(failures.get(1).startsWith("5,1,2," + Seeds.derive(99, 1, 2) + ",0.1,c,"),
        failures.get(1));
    assertTrue(failures.get(1).endsWith("IllegalStateException: diverged badly"));
    Sweep.Summary second = sweep(spec(1, 1), dir, 2, true, Fixtures::fakeRun);
    assertEquals(2, second.completed());
    assertEquals(0, second.failed());
    sweep(spec(1, 1), tmp.resolve("full"), 1, false, Fixtures::fakeRun);
    assertEquals(runs(tmp.resolve("full")), runs(dir));
    assertEquals(1, Files.readAllLines(dir.resolve("failures.csv")).size());
  }

  @Test
  void shardsMergeIntoTheUnshardedSweep() throws Exception {
    sweep(spec(1, 1), tmp.resolve("full"), 1, false, Fixtures::fakeRun);
    List<Path> shards = new ArrayList<>();
    for (int k = 1; k <= 4; k++) {
      Path d = tmp.resolve("shard-" + k);
      Sweep.Summary s = sweep(spec(k, 4), d, 1, false, Fixtures::fakeRun);
      assertEquals(SweepSpec.countInShard(18, k, 4), s.completed());
      shards.add(d);
    }
    List<SweepStatus.Part> status = SweepStatus.of(tmp);
    assertEquals(4, status.size());
    assertTrue(status.stream().allMatch(SweepStatus.Part::complete));
    ShardMerge.Merged m = ShardMerge.merge(shards, tmp.resolve("merged"), false);
    assertEquals(18, m.runs());
    assertEquals(runs(tmp.resolve("full")), runs(tmp.resolve("merged")));
  }

  @Test
  void mergeRefusesAMissingShardAndADifferentSweep() throws Exception {
    List<Path> shards = new ArrayList<>();
    for (int k = 1; k <= 3; k++) {
      Path d = tmp.resolve("shard-" + k);
      sweep(spec(k, 3), d, 1, false, Fixtures::fakeRun);
      shards.add(d);
    }
    ExperimentException missing = assertThrows(ExperimentException.class,
        () -> ShardMerge.merge(shards.subList(0, 2), tmp.resolve("m1"), false));
    assertTrue(missing.getMessage().contains("missing"), missing.getMessage());
    SweepSpec other = spec(1, 3);
    SweepSpec reseeded = new SweepSpec(other.scenarioName(), other.scenarioHash(),
        other.template(), other.params(), other.columns(), other.points(), other.measures(),
        other.design(), other.samples(), other.reps(), 7, 1, 3, false, "x");
    sweep(reseeded, tmp.resolve("other"), 1, false, Fixtures::fakeRun);
    assertThrows(ExperimentException.class, () -> ShardMerge.merge(
        List.of(tmp.resolve("other"), shards.get(1), shards.get(2)), tmp.resolve("m2"), false));
  }

  @Test
  void resumeRefusesAFolderOfAnotherSweep() throws Exception {
    sweep(spec(1, 2), tmp, 1, false, Fixtures::fakeRun);
    assertThrows(ExperimentException.class, () -> sweep(spec(2, 2), tmp, 1, true,
        Fixtures::fakeRun));
    assertThrows(java.nio.file.FileAlreadyExistsException.class,
        () -> sweep(spec(1, 2), tmp, 1, false, Fixtures::fakeRun));
  }

  @Test
  void planTimesThreeRunsAndWritesNothing() throws Exception {
    Sweep.Plan plan = Sweep.plan(spec(1, 1), 2, Fixtures::fakeRun, Fixtures.MEASURE);
    assertEquals(18, plan.runs());
    assertEquals(3, plan.timedRuns());
    assertTrue(plan.estimatedBytes() > 18 * 20, "bytes " + plan.estimatedBytes());
    assertEquals(0, Files.list(tmp).count());
  }

  @Test
  void partialLineIsCutAndHeaderKept() throws Exception {
    Path f = tmp.resolve("runs.csv");
    Files.writeString(f, "run,x\n1,2\n3,", StandardCharsets.UTF_8);
    RunsFile.open(f, "run,x").close();
    assertEquals("run,x\n1,2\n", Files.readString(f));
  }
}
