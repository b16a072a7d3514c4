package org.rissim.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code rissim} command: one subcommand per task (run, compare, sweep, plot ...). */
@Command(
    name = "rissim",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Agent-based model of how states reshape primary institutions through secondary institutions.",
    subcommands = {
      CommandLine.HelpCommand.class,
      RunCommand.class, BenchCommand.class,
      ValidateCommand.class,
      GuiCommand.class,
      CompareCommand.class, SweepCommand.class, ExperimentCommand.class, MergeCommand.class,
      StatusCommand.class,
      PatternsCommand.class,
      AnalyzeCommand.class,
      DiscoverCommand.class,
      PlotCommand.class,
      ReportCommand.class,
    })
public final class Main implements java.util.concurrent.Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Entry point. */
  public static void main(String[] args) {
    System.setProperty("java.awt.headless", System.getProperty("java.awt.headless", "true"));
    System.exit(commandLine().execute(args));
  }

  /** The configured command line (tests call {@code execute} on it). */
  public static CommandLine commandLine() {
    return new CommandLine(new Main());
  }

  /** Without a subcommand: the usage on stderr and exit code 2, as for any incomplete command. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return 2;
  }
}
