package org.rissim.experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.rissim.io.OutputFolder;

/**
 * A sweep as a Slurm job array: {@code slurm/array.sh} runs shard k of n in task k-1 (each into
 * {@code shard-k}, with {@code --resume} so a requeued task continues), and
 * {@code slurm/merge.sh} merges the shards once the array has succeeded.
 *
 * @param tasks     number of array tasks (= shards), >= 1
 * @param partition Slurm partition, or null for the cluster's default
 * @param threads   CPUs each task asks for (its --threads), >= 1
 */
public record SlurmJob(int tasks, String partition, int threads) {
  /** Checks that there is at least one task and one thread. */
  public SlurmJob {
    if (tasks < 1 || threads < 1) {
      throw new IllegalArgumentException("a Slurm job needs at least 1 task and 1 thread, found "
          + tasks + " and " + threads);
    }
  }

  /**
   * Writes array.sh and merge.sh under {@code dir/slurm} for {@code sweep}, holding the folder's
   * lock (one writer per folder): each task repeats the sweep's options with this job's threads.
   *
   * @param dir       the sweep folder (absolute paths are written into the scripts)
   * @param scenario  the scenario file (written as an absolute path)
   * @param sweep     the sweep's parameters, design, size, seed and extras
   * @param overrides the {@code --set PATH=VALUE} overrides, in order
   * @return the array script written
   */
  public Path write(Path dir, Path scenario, SweepPlan sweep, List<String> overrides)
      throws IOException {
    List<String> args = new ArrayList<>();
    args.add(scenario.toAbsolutePath().normalize().toString());
    sweep.params().forEach(p -> args.addAll(List.of("--param", p)));
    sweep.mixes().forEach(m -> args.addAll(List.of("--mix", m)));
    args.addAll(List.of("--design", sweep.design(), "--samples",
        Integer.toString(sweep.samples()), "--reps", Integer.toString(sweep.reps()), "--threads",
        Integer.toString(threads), "--seed", Long.toString(sweep.seed())));
    if (sweep.keepSeries()) {
      args.add("--keep-series");
    }
    if (!sweep.extras().series().isEmpty()) {
      args.addAll(List.of("--series", String.join(",", sweep.extras().series())));
    }
    if (sweep.extras().gzip()) {
      args.add("--gzip");
    }
    overrides.forEach(s -> args.addAll(List.of("--set", s)));
    try (OutputFolder folder = OutputFolder.inPlace(dir)) {
      scripts(dir, launcher(), args);
      folder.commit();
    }
    return dir.resolve("slurm/array.sh");
  }

  /** Writes the two scripts; {@code sweepArgs} lack --shard, --out, --resume and Slurm's. */
  private void scripts(Path dir, String launcher, List<String> sweepArgs) throws IOException {
    Path abs = dir.toAbsolutePath().normalize();
    Path slurm = abs.resolve("slurm");
    String header = "#!/bin/bash\n";
    String part = partition == null ? "" : "#SBATCH --partition=" + partition + "\n";
    String rissim = "RISSIM=\"${RISSIM:-" + launcher.replace("\"", "\\\"") + "}\"\n";
    String array = header
        + "#SBATCH --job-name=rissim-sweep\n"
        + "#SBATCH --array=0-" + (tasks - 1) + "\n"
        + "#SBATCH --cpus-per-task=" + threads + "\n"
        + "#SBATCH --output=" + slurm.resolve("task-%a.out") + "\n"
        + part
        + "set -euo pipefail\n"
        + rissim
        + "K=$((SLURM_ARRAY_TASK_ID+1))\n"
        + "exec $RISSIM sweep " + quote(sweepArgs)
        + " --shard \"$K/" + tasks + "\" --out " + quote(abs.toString()) + "/shard-\"$K\""
        + " --resume --quiet\n";
    List<String> shardDirs = new ArrayList<>();
    for (int k = 1; k <= tasks; k++) {
      shardDirs.add(abs.resolve("shard-" + k).toString());
    }
    String merge = header
        + "#SBATCH --job-name=rissim-merge\n"
        + "#SBATCH --output=" + slurm.resolve("merge.out") + "\n"
        + part
        + "set -euo pipefail\n"
        + rissim
        + "exec $RISSIM merge " + quote(shardDirs) + " --out " + quote(abs.toString())
        + " --force\n";
    OutputFiles.write(slurm.resolve("array.sh"), array);
    OutputFiles.write(slurm.resolve("merge.sh"), merge);
    for (String f : List.of("array.sh", "merge.sh")) {
      Files.setPosixFilePermissions(slurm.resolve(f),
          PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  /** How this rissim was started: {@code java -jar <jar>} from a jar, else {@code rissim}. */
  private static String launcher() {
    try {
      Path p = Path.of(SlurmJob.class.getProtectionDomain().getCodeSource().getLocation()
          .toURI());
      if (Files.isRegularFile(p) && p.toString().endsWith(".jar")) {
        return "java -jar " + p.toAbsolutePath();
      }
    } catch (Exception e) {
      // Not from a jar: fall back on a rissim on the PATH.
    }
    return "rissim";
  }

  /**
   * Submits array.sh, then merge.sh to start after every array task succeeded; returns both job
   * ids.
   */
  public static List<String> submit(Path dir) throws IOException, InterruptedException,
      ExperimentException {
    Path slurm = dir.toAbsolutePath().normalize().resolve("slurm");
    String array = sbatch(List.of("sbatch", "--parsable", slurm.resolve("array.sh").toString()));
    String merge = sbatch(List.of("sbatch", "--parsable", "--dependency=afterok:" + array,
        slurm.resolve("merge.sh").toString()));
    return List.of(array, merge);
  }

  private static String sbatch(List<String> command) throws IOException, InterruptedException,
      ExperimentException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes()).trim();
    if (p.waitFor() != 0) {
      throw new ExperimentException(String.join(" ", command) + " failed: " + output);
    }
    // --parsable prints "jobid" or "jobid;cluster".
    return output.lines().reduce((a, b) -> b).orElse("").split(";")[0];
  }

  /** Arguments quoted for bash (single quotes). */
  static String quote(List<String> args) {
    return args.stream().map(SlurmJob::quote).collect(Collectors.joining(" "));
  }

  static String quote(String arg) {
    return arg.matches("[A-Za-z0-9_./:=@%+,-]+") ? arg : "'" + arg.replace("'", "'\\''") + "'";
  }
}
