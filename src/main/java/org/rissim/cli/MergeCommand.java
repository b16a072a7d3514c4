package org.rissim.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.rissim.experiment.ExperimentException;
import org.rissim.experiment.ShardMerge;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rissim merge DIR...}: joins the shard folders of a sweep into one runs.csv. */
@Command(name = "merge", mixinStandardHelpOptions = true,
    description = "Merge sweep shard folders into one sweep folder (runs.csv in run order).")
public final class MergeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "DIR", description = "shard folders")
  List<Path> shards;

  @Option(names = "--out", description = "merged folder (default: the shards' parent folder)")
  Path out;

  @Option(names = "--force", description = "overwrite an earlier merge")
  boolean force;

  @Override
  public Integer call() throws Exception {
    Path dir = out != null ? out : shards.get(0).toAbsolutePath().getParent();
    try {
      ShardMerge.Merged m = ShardMerge.merge(shards, dir, force);
      spec.commandLine().getOut().printf("merged %d runs from %d shards into %s%s%n", m.runs(),
          shards.size(), dir.resolve("runs.csv"),
          m.failures() == 0 ? "" : "; " + m.failures() + " failed runs in failures.csv");
      return 0;
    } catch (ExperimentException | java.nio.file.FileAlreadyExistsException e) {
      spec.commandLine().getErr().println("merge: " + e.getMessage());
      return 2;
    }
  }
}
