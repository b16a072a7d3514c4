package org.rissim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rissim.experiment.Fixtures;
import org.rissim.experiment.RunFunction;
import org.rissim.io.FolderLock;

/**
 * Black-box reliability cases (issue 14, "What was measured"): each asserts the exit code, a
 * message naming the path or file:line, no stack trace, and nothing left behind.
 */
class ReliabilityTest {
  @TempDir Path tmp;

  private static final String[] SWEEP = {"--param", "parameters.belief.eta=0:1", "--design",
      "random", "--samples", "4", "--reps", "2", "--quiet"};

  private static String[] with(String[] a, String... b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private SweepCommand fakeSweep(RunFunction model) {
    SweepCommand c = new SweepCommand();
    c.model = model;
    c.templates = (file, overrides) -> Fixtures.template("base");
    return c;
  }

  private Cli.Result sweep(RunFunction model, String... args) {
    return Cli.run(fakeSweep(model), with(with(new String[] {"s.yaml"}, SWEEP), args));
  }

  // 1. Two writers on one folder.

  @Test
  @SuppressWarnings("try") // the lock is held for its side effect
  void case1_aResumeWhileTheFolderIsHeldExitsTwoNamingTheHolder() throws Exception {
    Path dir = tmp.resolve("sweep");
    assertEquals(0, sweep(Fixtures::fakeRun, "--out", dir.toString()).code());
    String before = Files.readString(dir.resolve("runs.csv"));
    try (FolderLock held = FolderLock.acquire(dir)) {
      sweep(Fixtures::fakeRun, "--out", dir.toString(), "--resume")
          .failsWith(dir + " is in use by process " + ProcessHandle.current().pid() + " since ");
      sweep(Fixtures::fakeRun, "--out", dir.toString(), "--force").failsWith("is in use");
    }
    assertEquals(before, Files.readString(dir.resolve("runs.csv")));
    assertEquals(List.of(), Cli.leftovers(dir));
  }

  @Test
  void case1_aSecondRunIntoAFolderNeverReplacesItSilently() throws Exception {
    Path world = Cli.tiny(tmp, "tiny.yaml");
    Path dir = tmp.resolve("out");
    assertEquals(0, Cli.run("run", world.toString(), "--out", dir.toString()).code());
    String first = Files.readString(dir.resolve("run.json"));
    Cli.run("run", world.toString(), "--out", dir.toString(), "--seed", "2")
        .failsWith(dir + " already holds results");
    assertEquals(first, Files.readString(dir.resolve("run.json")));
  }

  @Test
  void case1_aLockLeftByADeadProcessIsTakenOver() throws Exception {
    Process gone = new ProcessBuilder("true").start();
    gone.waitFor();
    Path dir = tmp.resolve("out");
    Files.writeString(FolderLock.lockFileOf(dir), "pid " + gone.pid() + "\nsince 2026-01-01T00:00:00Z\n");
    Cli.Result r = Cli.run("run", Cli.tiny(tmp, "tiny.yaml").toString(), "--out", dir.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().contains("process " + gone.pid()) && r.err().contains("taken over"),
        r.err());
    assertFalse(Files.exists(FolderLock.lockFileOf(dir)));
  }

  // 2. Duplicate ids and invalid bodies (more: ScenarioMutationTest).

  @Test
  void case2_duplicateIdsOfEveryKindNameBothLocations() throws Exception {
    String[][] edits = {
        {"  - id: A\n", "  - id: B\n"},
        {"  - id: REG\n", "  - id: UN\n"},
        {"{id: chapter8,", "{id: observer,"},
        {"{id: impartiality,", "{id: consent,"},
    };
    for (String[] e : edits) {
      Path f = Cli.tiny(tmp, "dup.yaml", e[0], e[1]);
      Cli.run("validate", f.toString()).failsWith("first defined at " + f);
    }
  }

  @Test
  void case2_aLeaderOutsideItsBodyAndAnEmptyBodyAreRefused() throws Exception {
    Path f = Cli.tiny(tmp, "leader.yaml", "members: [HEG, A, B]", "members: [A, B]");
    Cli.run("validate", f.toString()).failsWith(f + ":62:13: bodies[1].leader: leader `HEG` "
        + "is not a member of body `REG`");
    Path empty = Cli.tiny(tmp, "empty.yaml", "members: [HEG, A, B]\n    leader: HEG",
        "members: []");
    Cli.run("validate", empty.toString()).failsWith("expected at least one member");
  }

  // 3. A cut-short shard.

  @Test
  void case3_aCutShortShardIsNeitherMergedNorCalledDone() throws Exception {
    Path s = tmp.resolve("s");
    for (int k = 1; k <= 2; k++) {
      assertEquals(0, sweep(Fixtures::fakeRun, "--shard", k + "/2", "--out",
          s.resolve("shard-" + k).toString()).code());
    }
    Path runs = s.resolve("shard-2/runs.csv");
    long size = Files.size(runs);
    try (var ch = java.nio.channels.FileChannel.open(runs, StandardOpenOption.WRITE)) {
      ch.truncate(size - 40);
    }
    Path merged = tmp.resolve("merged");
    Cli.run(new MergeCommand(), s.resolve("shard-1").toString(), s.resolve("shard-2").toString(),
        "--out", merged.toString()).failsWith(runs + ":");
    assertFalse(Files.exists(merged), "a failed merge leaves no folder");
    Cli.Result status = Cli.run(new StatusCommand(), s.toString());
    assertTrue(status.out().contains("shards done 1/2"), status.out());
    assertTrue(status.out().contains("incomplete"), status.out());
  }

  @Test
  void case3_wrongFieldCountsAndDuplicateRunIdsAreRefusedWithFileAndLine() throws Exception {
    Path dir = tmp.resolve("sweep");
    assertEquals(0, sweep(Fixtures::fakeRun, "--out", dir.toString()).code());
    Path runs = dir.resolve("runs.csv");
    List<String> lines = Files.readAllLines(runs);
    Files.writeString(runs, String.join("\n", lines) + "\n" + lines.get(3) + "\n");
    Cli.run(new StatusCommand(), dir.toString()).failsWith(runs + ":" + (lines.size() + 1)
        + ": run 2 appears more than once");
    Cli.run("analyze", dir.toString()).failsWith(runs + ":" + (lines.size() + 1));
    Files.writeString(runs, String.join("\n", lines.subList(0, 3)) + "\n1,2\n");
    Cli.run(new MergeCommand(), dir.toString(), "--out", tmp.resolve("m").toString())
        .failsWith(runs + ":4: expected ");
    Files.writeString(runs, String.join("\n", lines.subList(0, 3)) + "\nx" + lines.get(3) + "\n");
    sweep(Fixtures::fakeRun, "--out", dir.toString(), "--resume")
        .failsWith(runs + ":4: expected a run id");
  }

  // 4. An Error in one run is data.

  @Test
  void case4_anOutOfMemoryErrorIsAFailureRowAndResumeGoesOn() throws Exception {
    Path dir = tmp.resolve("sweep");
    RunFunction hungry = (s, seed) -> {
      if (seed % 3 == 0) {
        throw new OutOfMemoryError("Java heap space");
      }
      if (seed % 3 == 1) {
        throw new StackOverflowError();
      }
      return Fixtures.fakeRun(s, seed);
    };
    Cli.Result r = sweep(hungry, "--out", dir.toString());
    assertEquals(0, r.code(), r.err());
    List<String> failures = Files.readAllLines(dir.resolve("failures.csv"));
    List<String> rows = Files.readAllLines(dir.resolve("runs.csv"));
    assertEquals(8, failures.size() - 1 + rows.size() - 1, "every run is a row or a failure");
    assertTrue(failures.stream().anyMatch(l -> l.endsWith("OutOfMemoryError: Java heap space"))
        || failures.stream().anyMatch(l -> l.endsWith("StackOverflowError")), failures.toString());
    assertEquals(0, sweep(hungry, "--out", dir.toString(), "--resume").code());
    assertEquals(0, sweep(Fixtures::fakeRun, "--out", dir.toString(), "--resume").code());
    assertEquals(9, Files.readAllLines(dir.resolve("runs.csv")).size());
  }

  // 5. Valid input that crashed the model; --until outside the scenario.

  @Test
  void case5_anInfiniteNumberAndAnUntilOutsideTheScenarioExitTwoBeforeAnyOutput()
      throws Exception {
    Path f = Cli.tiny(tmp, "inf.yaml", "power: 10", "power: 1e400");
    Cli.run("validate", f.toString()).failsWith(f + ":28:12: expected a finite number");
    Path world = Cli.tiny(tmp, "tiny.yaml");
    Path dir = tmp.resolve("out");
    Cli.run("run", world.toString(), "--until", "1990-01", "--out", dir.toString())
        .failsWith("--until: expected a month in [2000-01, 2000-12]");
    Cli.run("run", world.toString(), "--until", "2001-01", "--out", dir.toString())
        .failsWith("--until");
    assertFalse(Files.exists(dir));
    assertEquals(List.of(), Cli.leftovers(dir));
  }

  // 6. Stale outputs.

  @Test
  void case6_forceReplacesTheFolderAsAWhole() throws Exception {
    Path world = Cli.tiny(tmp, "tiny.yaml");
    Path dir = tmp.resolve("reps");
    assertEquals(0, Cli.run("run", world.toString(), "--reps", "5", "--threads", "2", "--out",
        dir.toString()).code());
    assertTrue(Files.exists(dir.resolve("rep-0005")));
    Cli.Result r = Cli.run("run", world.toString(), "--reps", "3", "--seed", "2", "--force",
        "--threads", "2", "--out", dir.toString());
    assertEquals(0, r.code(), r.err());
    assertFalse(Files.exists(dir.resolve("rep-0004")), "no stale replicate survives");
    assertTrue(Files.exists(dir.resolve("rep-0003/run.json")));
    assertEquals(List.of(), Cli.leftovers(dir));
    Path foreign = tmp.resolve("mine");
    Files.createDirectories(foreign);
    Files.writeString(foreign.resolve("thesis.tex"), "x");
    Cli.run("run", world.toString(), "--force", "--out", foreign.toString())
        .failsWith("holds files rissim did not write");
    assertTrue(Files.exists(foreign.resolve("thesis.tex")));
  }

  // 7. Stack traces with exit 1.

  @Test
  void case7_badArgumentsAndPathsAreOneLineExitTwo() throws Exception {
    Path world = Cli.tiny(tmp, "tiny.yaml");
    Path file = tmp.resolve("a-file");
    Files.writeString(file, "x");
    Cli.run("compare", world.toString(), world.toString(), "--reps", "2", "--out",
        file.toString()).failsWith(file + " exists and is not a folder");
    Cli.run("run", world.toString(), "--reps", "2", "--threads", "0").failsWith("--threads");
    Cli.run("run", world.toString(), "--reps", "2", "--threads", "-1").failsWith("--threads");
    Cli.run("run", world.toString(), "--set", "states[99999999999999].power=2")
        .failsWith("out of range");
    Cli.run("run", world.toString(), "--out", file.resolve("sub").toString())
        .failsWith(file.toString());
    Cli.run(fakeSweep(Fixtures::fakeRun), "s.yaml", "--param", "parameters.belief.eta=0:1",
        "--design", "lhs", "--samples", "2000000000", "--plan").failsWith("memory");
    Path dir = tmp.resolve("sweep");
    assertEquals(0, sweep(Fixtures::fakeRun, "--out", dir.toString()).code());
    Files.writeString(dir.resolve("sweep.json"), "{\"version\": ");
    sweep(Fixtures::fakeRun, "--out", dir.toString(), "--resume")
        .failsWith(dir.resolve("sweep.json") + ":");
  }

  @Test
  void case7_aLongExtendsChainIsRefusedWithAMessage() throws Exception {
    Path prev = Cli.tiny(tmp, "c0.yaml");
    for (int i = 1; i <= 100; i++) {
      Path f = tmp.resolve("c" + i + ".yaml");
      Files.writeString(f, "extends: " + prev.getFileName() + "\n");
      prev = f;
    }
    Cli.run("validate", prev.toString()).failsWith("extends chain deeper than 64");
  }

  // 8. Smaller holes.

  @Test
  void case8_unsafeNamesEmptyOutAndSlurmOptionsAreRefused() throws Exception {
    assertEquals(Path.of("results", ".._.._evil"), Arguments.defaultFolder("../../evil", ""));
    assertEquals(Path.of("results", "scenario__"), Arguments.defaultFolder("..", ""));
    Path world = Cli.tiny(tmp, "tiny.yaml");
    Cli.run("run", world.toString(), "--out", "").failsWith("--out");
    sweep(Fixtures::fakeRun, "--submit").failsWith("--submit needs --slurm");
    sweep(Fixtures::fakeRun, "--slurm", "2", "--shard", "1/2").failsWith("--shard and --slurm");
    sweep(Fixtures::fakeRun, "--slurm", "2", "--partition", "short\n#SBATCH --x")
        .failsWith("--partition");
    Cli.run("run", world.toString(), "--set", "parameters.belief.eta=")
        .failsWith("--set: parameters.belief.eta: expected a value");
  }

  @Test
  void case8_everyParamPointIsCheckedBeforeTheFirstRun() throws Exception {
    Path world = Cli.tiny(tmp, "tiny.yaml");
    Path dir = tmp.resolve("sweep");
    Cli.run("sweep", world.toString(), "--param", "parameters.belief.eta=0.1,0.2,7",
        "--design", "grid", "--quiet", "--out", dir.toString())
        .failsWith("--param parameters.belief.eta");
    assertFalse(Files.exists(dir));
  }

  @Test
  void case8_resumeRefusesAnotherVersionsSweepUnlessAsked() throws Exception {
    Path dir = tmp.resolve("sweep");
    assertEquals(0, sweep(Fixtures::fakeRun, "--out", dir.toString()).code());
    Path json = dir.resolve("sweep.json");
    Files.writeString(json, Files.readString(json).replaceFirst("\"version\" : \"[^\"]*\"",
        "\"version\" : \"0.0.1\""));
    sweep(Fixtures::fakeRun, "--out", dir.toString(), "--resume")
        .failsWith("written by rissim 0.0.1");
    assertEquals(0, sweep(Fixtures::fakeRun, "--out", dir.toString(), "--resume",
        "--any-version").code());
  }

  @Test
  void case8_outputsHonourTheUmaskAndAFifoIsRefused() throws Exception {
    Path probe = Files.createFile(tmp.resolve("probe"));
    Path probeDir = Files.createDirectory(tmp.resolve("probe-dir"));
    Path dir = tmp.resolve("out");
    assertEquals(0, Cli.run("run", Cli.tiny(tmp, "tiny.yaml").toString(), "--out",
        dir.toString()).code());
    assertEquals(PosixFilePermissions.toString(Files.getPosixFilePermissions(probe)),
        PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("run.json"))));
    assertEquals(PosixFilePermissions.toString(Files.getPosixFilePermissions(probeDir)),
        PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)));
    Path fifo = tmp.resolve("fifo.yaml");
    if (new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0) {
      Cli.run("validate", fifo.toString()).failsWith("not a regular file");
    }
  }

  @Test
  void case8_plotAndReportSayWhenTheyReplaceAnEarlierOutput() throws Exception {
    Path dir = tmp.resolve("out");
    assertEquals(0, Cli.run("run", Cli.tiny(tmp, "tiny.yaml").toString(), "--out",
        dir.toString()).code());
    assertTrue(Cli.run("report", dir.toString()).out().startsWith("wrote "));
    Cli.Result again = Cli.run("report", dir.toString());
    assertEquals(0, again.code(), again.err());
    assertTrue(again.out().startsWith("replaced " + dir.resolve("report.html")), again.out());
  }

  @Test
  void case3_statusReportsAMissingShardFolder() throws Exception {
    Path s = tmp.resolve("s");
    assertEquals(0, sweep(Fixtures::fakeRun, "--shard", "1/2", "--out",
        s.resolve("shard-1").toString()).code());
    Cli.Result status = Cli.run(new StatusCommand(), s.toString());
    assertTrue(status.out().contains("shards done 1/2, runs done 4/8"), status.out());
  }

  @Test
  void case6_aFullDiskNamesTheFileAndLeavesNoTemporaryFile() throws Exception {
    Path file = tmp.resolve("out/summary.csv");
    Files.createDirectories(file.getParent());
    java.io.IOException e = org.junit.jupiter.api.Assertions.assertThrows(
        java.io.IOException.class, () -> org.rissim.io.OutputDirectory.writeBytesAtomically(file,
            out -> {
              out.write(1);
              throw new java.io.IOException("No space left on device");
            }));
    assertEquals(file + ": No space left on device", org.rissim.io.Faults.describe(e));
    try (var left = Files.list(file.getParent())) {
      assertEquals(0, left.count(), "no partial or temporary file");
    }
  }

  @Test
  void case7_guiWithoutADisplayIsOneLine() {
    String line = org.rissim.io.Faults.describe(new java.awt.AWTError(
        "Can't connect to X11 window server using '' as the value of the DISPLAY variable."));
    assertTrue(line.startsWith("no display to open a window on"), line);
    assertFalse(line.contains("Error") && line.contains("java.awt"), line);
  }
}
