package org.rissim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A sweep submitted to a real single-node Slurm cluster as a job array plus a dependent merge job
 * gives the same runs.csv as the sweep run locally ({@code src/test/slurm/slurm-e2e.sh}, which
 * starts and stops its own slurmctld and slurmd). Runs after {@code package} (it needs the jar);
 * skipped where Slurm is not installed (CI installs it).
 */
class SlurmEndToEndIT {
  @Test
  void aShardedSweepOnSlurmEqualsTheLocalSweep() throws Exception {
    assumeTrue(onPath("slurmctld") && onPath("slurmd") && onPath("sbatch"),
        "Slurm (slurmctld, slurmd, slurm-client) is not installed");
    Path jar = Path.of("target", "rissim.jar");
    assertTrue(Files.exists(jar), "the packaged jar is missing: run through `mvn verify`");
    Process p = new ProcessBuilder("bash", "src/test/slurm/slurm-e2e.sh", jar.toString())
        .inheritIO().start();
    assertTrue(p.waitFor(10, TimeUnit.MINUTES), "the Slurm end-to-end test timed out");
    assertEquals(0, p.exitValue(), "slurm-e2e.sh failed (its log is above)");
  }

  private static boolean onPath(String tool) throws Exception {
    Process p = new ProcessBuilder("bash", "-c", "command -v " + tool).start();
    return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
  }
}
