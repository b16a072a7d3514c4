package org.rissim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rissim.experiment.RunsFileCheck;
import org.rissim.io.FolderLock;

/** One writer per folder, with real processes: the lock is the operating system's. */
class ConcurrentWritersTest {
  @TempDir Path tmp;

  @Test
  @SuppressWarnings("try") // the lock is held for its side effect
  void aSweepIntoAFolderHeldByAnotherProcessExitsTwoAndWritesNothing() throws Exception {
    Path world = Cli.tiny(tmp, "tiny.yaml");
    Path dir = tmp.resolve("sweep");
    Path log = tmp.resolve("child.log");
    try (FolderLock held = FolderLock.acquire(dir)) {
      Cli.Result r = Cli.await(Cli.start(log, "sweep", world.toString(), "--param",
          "parameters.belief.eta=0.1:0.3", "--design", "random", "--samples", "2", "--quiet",
          "--out", dir.toString()), log);
      r.failsWith(dir + " is in use by process " + ProcessHandle.current().pid() + " since ");
    }
    assertFalse(Files.exists(dir), "the refused sweep wrote nothing");
  }

  @Test
  void twoIdenticalSweepsStartedTogetherNeverInterleave() throws Exception {
    Path world = Cli.tiny(tmp, "tiny.yaml");
    Path dir = tmp.resolve("sweep");
    String[] args = {"sweep", world.toString(), "--param", "parameters.belief.eta=0.1:0.3",
        "--design", "random", "--samples", "6", "--quiet", "--out", dir.toString()};
    Process a = Cli.start(tmp.resolve("a.log"), args);
    Process b = Cli.start(tmp.resolve("b.log"), args);
    Cli.Result ra = Cli.await(a, tmp.resolve("a.log"));
    Cli.Result rb = Cli.await(b, tmp.resolve("b.log"));
    for (Cli.Result r : List.of(ra, rb)) {
      assertTrue(r.code() == 0 || r.err().contains(" is in use by ")
          || r.err().contains("already holds results") || r.err().contains("already holds a sweep"),
          r.err());
      r.noTrace();
    }
    assertTrue(ra.code() == 0 || rb.code() == 0, ra.err() + rb.err());
    assertTrue(ra.code() == 2 || rb.code() == 2, "exactly one writer: " + ra.err() + rb.err());
    RunsFileCheck.Checked runs = RunsFileCheck.check(dir.resolve("runs.csv"), 6, 1, 1);
    assertEquals(6, runs.lines());
    assertFalse(runs.partialLast());
    assertEquals(List.of(), Cli.leftovers(dir));
  }
}
