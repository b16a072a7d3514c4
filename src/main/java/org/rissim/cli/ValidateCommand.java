package org.rissim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.rissim.scenario.ScenarioError;
import org.rissim.scenario.ScenarioException;
import org.rissim.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rissim validate FILE...}: checks scenario files and prints every problem, located. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Check scenario files: prints OK or every error as file:line:column.")
public final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "scenario files")
  List<Path> files = new ArrayList<>();

  @Mixin SharedOptions.Overrides overrides;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int status = 0;
    for (Path file : files) {
      try {
        ScenarioLoader.load(file, overrides.values());
        out.println("OK " + file);
      } catch (ScenarioException e) {
        for (ScenarioError error : e.errors()) {
          err.println(error);
        }
        status = 2;
      }
    }
    out.flush();
    err.flush();
    return status;
  }
}
