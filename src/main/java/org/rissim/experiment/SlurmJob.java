package org.rissim.experiment;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A sweep as a Slurm job array: {@code slurm/array.sh} runs shard k of n in task k-1 (each into
 * {@code shard-k}, with {@code --resume} so a requeued task continues), and
 * {@code slurm/merge.sh} merges the shards once the array has succeeded.
 */
public final class SlurmJob {
  private SlurmJob() {}

  /**
   * Writes array.sh and merge.sh under {@code dir/slurm}.
   *
   * @param dir       the sweep folder (absolute paths are written into the scripts)
   * @param tasks     number of array tasks (= shards)
   * @param partition Slurm partition, or null for the cluster's default
   * @param threads   CPUs each task asks for (its --threads)
   * @param launcher  command that starts rissim (e.g. {@code java -jar /path/rissim.jar})
   * @param sweepArgs the sweep arguments without --shard, --out, --resume and the Slurm options
   */
  public static void write(Path dir, int tasks, String partition, int threads, String launcher,
      List<String> sweepArgs) throws IOException {
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
      java.nio.file.Files.setPosixFilePermissions(slurm.resolve(f),
          PosixFilePermissions.fromString("rwxr-xr-x"));
    }
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
