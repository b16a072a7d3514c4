package org.rissim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.rissim.experiment.SweepStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rissim status DIR}: how far a sweep (or its shards) has got. */
@Command(name = "status", mixinStandardHelpOptions = true,
    description = "Report shards done, runs done and failures of a sweep folder.")
public final class StatusCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "DIR", description = "sweep folder (or the folder of its shard-* folders)")
  Path dir;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<SweepStatus.Part> parts;
    try {
      parts = SweepStatus.of(dir);
    } catch (IOException | org.rissim.experiment.ExperimentException e) {
      spec.commandLine().getErr().println("status: " + e.getMessage());
      return 2;
    }
    long expected = 0;
    long done = 0;
    long failed = 0;
    long complete = 0;
    for (SweepStatus.Part p : parts) {
      out.printf("%-24s %d/%d runs, %d failed%s%n", dir.relativize(p.dir()).toString().isEmpty()
          ? "." : dir.relativize(p.dir()), p.done(), p.expected(), p.failed(),
          p.complete() ? ", done" : !p.started() ? ", not started"
              : p.cutShort() ? ", incomplete (last line cut short)" : ", incomplete");
      expected += p.expected();
      done += p.done();
      failed += p.failed();
      complete += p.complete() ? 1 : 0;
    }
    out.printf("shards done %d/%d, runs done %d/%d, failures %d%n", complete, parts.size(), done,
        expected, failed);
    return 0;
  }
}
