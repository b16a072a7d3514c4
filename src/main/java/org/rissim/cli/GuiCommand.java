package org.rissim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.rissim.gui.Explorer;
import org.rissim.scenario.LoadedScenario;
import org.rissim.scenario.ScenarioError;
import org.rissim.scenario.ScenarioException;
import org.rissim.scenario.ScenarioLoader;
import org.rissim.scenario.ScenarioTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rissim gui SCENARIO}: explores a scenario interactively in MASON's Console. */
@Command(name = "gui", mixinStandardHelpOptions = true,
    description = "Open MASON's Console on a scenario: region view, live charts, event log,"
        + " editable parameters (docs/GUI.md). Needs a display.")
public final class GuiCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SCENARIO", description = "scenario file")
  Path scenario;

  @Mixin SharedOptions.Seed seed;

  @Mixin SharedOptions.Overrides overrides;

  @Option(names = "--screenshot", hidden = true, paramLabel = "FILE",
      description = "Run --months months without the Console's controls, write the windows to a"
          + " PNG and exit (tests).")
  Path screenshot;

  @Option(names = "--months", hidden = true, defaultValue = "24",
      description = "Months to run before --screenshot.")
  int months;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ScenarioTemplate template;
    LoadedScenario initial;
    try {
      template = ScenarioLoader.template(scenario, overrides.values());
      initial = template.with(Map.of());
    } catch (ScenarioException e) {
      for (ScenarioError error : e.errors()) {
        err.println(error);
      }
      err.flush();
      return 2;
    }
    if (months < 1) {
      err.println("rissim gui: --months must be at least 1, got " + months);
      err.flush();
      return 2;
    }
    // Main defaults to headless for the batch commands; this one needs a screen. The property
    // is read once, when AWT first starts, which has not happened yet in this process.
    System.setProperty("java.awt.headless", "false");
    try {
      Explorer explorer = new Explorer(template, initial, seed.value());
      if (screenshot != null) {
        List<String> titles = explorer.screenshot(months, screenshot);
        titles.forEach(t -> out.println("frame: " + t));
        out.println("screenshot " + screenshot);
        out.flush();
        return 0;
      }
      explorer.open();
      explorer.awaitClose();
      return 0;
    } catch (Explorer.StartupException e) {
      err.println("rissim gui: " + e.getMessage());
      err.flush();
      return 1;
    }
  }
}
