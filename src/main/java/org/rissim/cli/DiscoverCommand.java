package org.rissim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.rissim.analysis.prim.PrimBox;
import org.rissim.analysis.prim.ScenarioDiscovery;
import org.rissim.analysis.sensitivity.SweepData;
import org.rissim.io.OutputFolder;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rissim discover SWEEP_DIR --outcome M --above X}: PRIM scenario discovery over a sweep's runs. */
@Command(name = "discover", mixinStandardHelpOptions = true,
    description = {"Scenario discovery (PRIM): the box of parameter values where runs with an"
        + " outcome above (or below) a threshold concentrate.",
        "Writes SWEEP_DIR/analysis/prim-trajectory.csv and prim-box.csv."})
public final class DiscoverCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "SWEEP_DIR", description = "Folder written by 'rissim sweep'.")
  Path sweepDir;

  @Option(names = "--outcome", required = true, paramLabel = "M", description = "Outcome measure (a runs.csv column).")
  String outcome;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Threshold threshold;

  @Option(names = "--peel", defaultValue = "0.05", description = "Share of the box peeled per step (default ${DEFAULT-VALUE}).")
  double peel;

  @Option(names = "--min-support", defaultValue = "0.05", description = "Smallest share of runs a box may hold (default ${DEFAULT-VALUE}).")
  double minSupport;

  /** Which runs are of interest. */
  static final class Threshold {
    @Option(names = "--above", paramLabel = "X", description = "Runs with outcome > X are of interest.")
    Double above;

    @Option(names = "--below", paramLabel = "X", description = "Runs with outcome < X are of interest.")
    Double below;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      ScenarioDiscovery found = ScenarioDiscovery.of(SweepData.read(sweepDir), outcome,
          threshold.above != null ? v -> v > threshold.above : v -> v < threshold.below, peel,
          minSupport);
      String rule = threshold.above != null ? "> " + threshold.above : "< " + threshold.below;
      out.printf(Locale.ROOT, "PRIM on %d runs (%d skipped: missing values), of interest: %s %s%n",
          found.input().x().length, found.input().skipped(), outcome, rule);
      out.println();
      out.println("== peeling and pasting trajectory ==");
      found.trajectory().print(out);
      PrimBox chosen = found.result().box();
      out.println();
      out.printf(Locale.ROOT, "chosen box: step %d (%s), coverage %.3f, density %.3f, mass %.3f, %d runs%n",
          chosen.step(), chosen.phase(), chosen.coverage(), chosen.density(), chosen.mass(), chosen.n());
      found.box().print(out);
      Path dir = sweepDir.resolve("analysis");
      // One writer per folder; earlier tables are replaced atomically (docs/OUTPUTS.md).
      try (OutputFolder folder = OutputFolder.inPlace(dir)) {
        found.trajectory().write(dir);
        found.box().write(dir);
        folder.commit();
      }
      out.println();
      out.println("written to " + dir);
      out.flush();
      return 0;
    } catch (IllegalArgumentException e) {
      err.println("discover: " + e.getMessage());
      return 2;
    } catch (IOException | UncheckedIOException e) {
      err.println("discover: cannot read or write " + sweepDir + ": " + e.getMessage());
      return 2;
    }
  }
}
