package org.rissim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rissim.experiment.Fixtures;
import picocli.CommandLine;

class SweepCommandTest {
  @TempDir Path tmp;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int execute(Object command, String... args) {
    CommandLine cl = new CommandLine(command);
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return cl.execute(args);
  }

  private SweepCommand sweep() {
    SweepCommand c = new SweepCommand();
    c.model = Fixtures::fakeRun;
    c.templates = (file, overrides) -> Fixtures.template("base");
    return c;
  }

  @Test
  void shardsRunFromTheCommandLineMergeAndReportStatus() throws Exception {
    String[] common = {"s.yaml", "--param", "parameters.belief.eta=0:1", "--design", "random",
        "--samples", "4", "--reps", "2", "--quiet"};
    assertEquals(0, execute(sweep(), concat(common, "--out", tmp.resolve("all").toString())));
    for (int k = 1; k <= 3; k++) {
      assertEquals(0, execute(sweep(), concat(common, "--shard", k + "/3", "--out",
          tmp.resolve("s/shard-" + k).toString())), err.toString());
    }
    assertEquals(0, execute(new StatusCommand(), tmp.resolve("s").toString()));
    assertTrue(out.toString().contains("shards done 3/3, runs done 8/8, failures 0"),
        out.toString());
    assertEquals(0, execute(new MergeCommand(), tmp.resolve("s/shard-1").toString(),
        tmp.resolve("s/shard-2").toString(), tmp.resolve("s/shard-3").toString()));
    assertEquals(Files.readString(tmp.resolve("all/runs.csv")),
        Files.readString(tmp.resolve("s/runs.csv")));
  }

  @Test
  void badShardIsAUsageErrorThatSaysWhy() {
    for (String bad : new String[] {"4/3", "0/2", "x", "1/2/3", "2/"}) {
      err.getBuffer().setLength(0);
      assertEquals(2, execute(sweep(), "s.yaml", "--param", "a=0:1", "--design", "random",
          "--shard", bad, "--out", tmp.toString()), bad);
      assertEquals("Invalid value for option '--shard': expected K/N with 1 <= K <= N, found '"
          + bad + "'", err.toString().lines().findFirst().orElse(""), err.toString());
    }
    assertTrue(!Files.exists(tmp.resolve("sweep.json")), "nothing written");
  }

  @Test
  void slurmWritesAnArrayAndAMergeScript() throws Exception {
    assertEquals(0, execute(sweep(), "s.yaml", "--param", "a=0:1", "--design", "random",
        "--slurm", "4", "--out", tmp.toString(), "--set", "name=it's"));
    String array = Files.readString(tmp.resolve("slurm/array.sh"));
    assertTrue(array.contains("#SBATCH --array=0-3"), array);
    assertTrue(array.contains("--shard \"$K/4\""), array);
    assertTrue(array.contains("'name=it'\\''s'"), array);
    assertTrue(Files.readString(tmp.resolve("slurm/merge.sh")).contains("shard-4"));
    // Without --threads each task asks for one CPU, not the cores of the machine that wrote it.
    assertTrue(array.contains("#SBATCH --cpus-per-task=1\n"), array);
  }

  @Test
  void slurmTasksAskForTheThreadsGiven() throws Exception {
    assertEquals(0, execute(sweep(), "s.yaml", "--param", "a=0:1", "--design", "random",
        "--slurm", "2", "--threads", "3", "--out", tmp.toString()));
    String array = Files.readString(tmp.resolve("slurm/array.sh"));
    assertTrue(array.contains("#SBATCH --cpus-per-task=3\n"), array);
    assertTrue(array.contains("--threads 3"), array);
  }

  @Test
  void planPrintsRunsTimeAndDiskAndWritesNothing() {
    // Buffered like picocli's System.out writer, so that output left unflushed is missed here.
    CommandLine cl = new CommandLine(sweep());
    cl.setOut(new PrintWriter(new java.io.BufferedWriter(out), true));
    cl.setErr(new PrintWriter(err, true));
    assertEquals(0, cl.execute("s.yaml", "--param", "a=0:1", "--design", "random",
        "--samples", "3", "--reps", "2", "--threads", "2", "--shard", "2/3", "--plan", "--out",
        tmp.resolve("p").toString()), err.toString());
    String[] lines = out.toString().split("\\R");
    assertEquals("2 runs (3 points x 2 reps, shard 2/3)", lines[0], out.toString());
    assertTrue(lines[1].matches(
        "about \\d+\\.\\d s per run \\(2 timed\\), \\d+ s on 2 thread\\(s\\)"), lines[1]);
    assertTrue(lines[2].matches("disk: about \\d+\\.\\d MB"), lines[2]);
    assertTrue(!Files.exists(tmp.resolve("p")), "a plan writes nothing");
  }

  @Test
  void sweepJsonRecordsTheCommandAsTypedWithArgfilesExpanded() throws Exception {
    Path argfile = tmp.resolve("design.args");
    Files.writeString(argfile, "--design random\n--samples 2\n");
    Path dir = tmp.resolve("typed");
    // Through Main, as from a shell: the recorded command must not repeat the subcommand.
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    assertEquals(0, cl.execute("sweep", "src/test/resources/scenarios/small.yaml", "--param",
        "parameters.belief.eta=0.1:0.2", "@" + argfile, "--out", dir.toString(), "--quiet"),
        err.toString());
    String command = new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(dir.resolve("sweep.json").toFile()).get("command").asText();
    assertEquals("rissim sweep src/test/resources/scenarios/small.yaml --param"
        + " parameters.belief.eta=0.1:0.2 --design random --samples 2 --out " + dir
        + " --quiet", command);
  }

  private static String[] concat(String[] a, String... b) {
    String[] r = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, r, a.length, b.length);
    return r;
  }
}
