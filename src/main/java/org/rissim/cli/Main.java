package org.rissim.cli;

import java.util.List;
import org.rissim.io.Faults;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code rissim} command: one subcommand per task (run, compare, sweep, plot ...). */
@Command(
    name = "rissim",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    resourceBundle = "org.rissim.cli.SharedOptions",
    description = "Agent-based model of how states reshape primary institutions through secondary institutions.",
    subcommands = {
      CommandLine.HelpCommand.class,
      RunCommand.class, BenchCommand.class,
      ValidateCommand.class, DefaultsCommand.class,
      GuiCommand.class,
      CompareCommand.class, SweepCommand.class, ExperimentCommand.class, MergeCommand.class,
      StatusCommand.class,
      PatternsCommand.class, CalibrateCommand.class,
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
    return configure(new CommandLine(new Main()));
  }

  /** Installs the failure handling of every rissim command on {@code cl}; returns it. */
  static CommandLine configure(CommandLine cl) {
    // Every failure is exit 2 with one line (path and cause for an I/O fault), never a trace.
    CommandLine.IExecutionStrategy last = new CommandLine.RunLast();
    cl.setExecutionStrategy(parseResult -> {
      try {
        return last.execute(parseResult);
      } catch (Error e) {
        List<CommandLine> chain = parseResult.asCommandLineList();
        throw new CommandLine.ExecutionException(chain.get(chain.size() - 1), Faults.describe(e),
            e);
      }
    });
    cl.setExecutionExceptionHandler((ex, command, parseResult) -> {
      Throwable cause = ex instanceof CommandLine.ExecutionException && ex.getCause() != null
          ? ex.getCause() : ex;
      command.getErr().println("rissim " + command.getCommandName() + ": "
          + Faults.describe(cause));
      command.getErr().flush();
      return 2;
    });
    // A mistyped option is named, with the options it may have meant, even when picocli first
    // found something else missing (`sweep --desgin grid` lacks --design too).
    CommandLine.IParameterExceptionHandler usage = cl.getParameterExceptionHandler();
    cl.setParameterExceptionHandler((ex, args) -> usage.handleParseException(unmatched(ex), args));
    return cl;
  }

  /** {@code ex}, or an unknown-option error when the command line holds an unknown option. */
  static CommandLine.ParameterException unmatched(CommandLine.ParameterException ex) {
    CommandLine.ParseResult parsed = ex.getCommandLine().getParseResult();
    if (ex instanceof CommandLine.UnmatchedArgumentException || parsed == null
        || parsed.unmatched().stream().noneMatch(a -> a.startsWith("-"))) {
      return ex;
    }
    return new CommandLine.UnmatchedArgumentException(ex.getCommandLine(), parsed.unmatched());
  }

  /** Without a subcommand: the usage on stderr and exit code 2, as for any incomplete command. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return 2;
  }
}
