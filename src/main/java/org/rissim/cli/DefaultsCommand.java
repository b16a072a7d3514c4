package org.rissim.cli;

import java.util.concurrent.Callable;
import org.rissim.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code rissim defaults}: prints the bundled defaults.yaml, comments included. */
@Command(name = "defaults", mixinStandardHelpOptions = true,
    description = "Print the defaults every scenario key takes when it is left out "
        + "(the bundled defaults.yaml, with the reasoning of each value).")
public final class DefaultsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getOut().print(ScenarioLoader.defaultsText());
    spec.commandLine().getOut().flush();
    return 0;
  }
}
