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
    description = "Agent-based model of how states reshape primary institutions through secondary institutions.")
public final class Main implements java.util.concurrent.Callable<Integer> {
  /** The subcommands, in the order of the usage help. */
  static final List<Class<?>> SUBCOMMANDS = List.of(
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
      ReportCommand.class);

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Entry point. */
  public static void main(String[] args) {
    System.setProperty("java.awt.headless", System.getProperty("java.awt.headless", "true"));
    System.exit(commandLine(args).execute(args));
  }

  /** The configured command line with every subcommand (tests call {@code execute} on it). */
  public static CommandLine commandLine() {
    return withSubcommands(SUBCOMMANDS);
  }

  /**
   * The command line for {@code args}: only the subcommand that the first argument names (other
   * than help), or all of them. Picocli builds a command's model from its annotations by
   * reflection, about a third of a single run's start-up when every command is built
   * (docs/PERFORMANCE.md); a subcommand parses and runs the same way with or without its siblings.
   */
  static CommandLine commandLine(String[] args) {
    if (args.length > 0 && !args[0].equals("help")) {
      for (Class<?> c : SUBCOMMANDS) {
        Command named = c.getAnnotation(Command.class);
        if (named.name().equals(args[0]) || List.of(named.aliases()).contains(args[0])) {
          return withSubcommands(List.of(c));
        }
      }
    }
    return commandLine();
  }

  private static CommandLine withSubcommands(List<Class<?>> subcommands) {
    CommandLine cl = new CommandLine(new Main());
    for (Class<?> c : subcommands) {
      cl.addSubcommand(c);
    }
    return configure(cl);
  }

  /** Installs the failure handling of every rissim command on {@code cl}; returns it. */
  static CommandLine configure(CommandLine cl) {
    OneLineErrors errors = new OneLineErrors();
    cl.setExecutionStrategy(errors);
    cl.setExecutionExceptionHandler(errors);
    cl.setParameterExceptionHandler(new UnknownOptionFirst(cl.getParameterExceptionHandler()));
    return cl;
  }

  // The handlers are classes rather than lambdas: a lambda's class is spun at run time and, for
  // picocli's interfaces (compiled for Java 5), keeps picocli out of the class-data archive that
  // the launcher writes (docs/PERFORMANCE.md).

  /** Every failure is exit 2 with one line (path and cause for an I/O fault), never a trace. */
  private static final class OneLineErrors
      implements CommandLine.IExecutionStrategy, CommandLine.IExecutionExceptionHandler {
    private final CommandLine.IExecutionStrategy last = new CommandLine.RunLast();

    @Override
    public int execute(CommandLine.ParseResult parseResult) {
      try {
        return last.execute(parseResult);
      } catch (Error e) {
        List<CommandLine> chain = parseResult.asCommandLineList();
        throw new CommandLine.ExecutionException(chain.get(chain.size() - 1), Faults.describe(e),
            e);
      }
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine command,
        CommandLine.ParseResult parseResult) {
      Throwable cause = ex instanceof CommandLine.ExecutionException && ex.getCause() != null
          ? ex.getCause() : ex;
      command.getErr().println("rissim " + command.getCommandName() + ": "
          + Faults.describe(cause));
      command.getErr().flush();
      return 2;
    }
  }

  /**
   * A mistyped option is named, with the options it may have meant, even when picocli first
   * found something else missing ({@code sweep --desgin grid} lacks --design too).
   */
  private static final class UnknownOptionFirst implements CommandLine.IParameterExceptionHandler {
    private final CommandLine.IParameterExceptionHandler usage;

    UnknownOptionFirst(CommandLine.IParameterExceptionHandler usage) {
      this.usage = usage;
    }

    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args)
        throws Exception {
      return usage.handleParseException(unmatched(ex), args);
    }
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
