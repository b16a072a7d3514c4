package org.rissim.cli;

import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rissim.scenario.Scenario;
import picocli.CommandLine.Option;

/**
 * The options that several commands share, each a picocli {@code @Mixin}. Their help text
 * differs from command to command, so it lives in {@code SharedOptions.properties} under the
 * command's qualified name (for example {@code rissim.run.seed}), the bundle of {@link Main}.
 * A command that hands its work to another (compare and experiment to sweep) passes the values
 * on with the {@code of} factories.
 */
final class SharedOptions {
  private SharedOptions() {}

  /** {@code --seed}: the seed of a run, or the base seed replicate seeds are derived from. */
  static final class Seed {
    @Option(names = "--seed", paramLabel = "<seed>", defaultValue = "1")
    long seed;

    /** The seed given (1 by default). */
    long value() {
      return seed;
    }

    /** The option as if {@code --seed value} had been given. */
    static Seed of(long value) {
      Seed s = new Seed();
      s.seed = value;
      return s;
    }
  }

  /** {@code --reps} with one replicate by default. */
  static final class Reps {
    @Option(names = "--reps", paramLabel = "<reps>", defaultValue = "1")
    int reps;

    /** The number of replicates given (1 by default). */
    int value() {
      return reps;
    }

    /** The option as if {@code --reps value} had been given. */
    static Reps of(int value) {
      Reps r = new Reps();
      r.reps = value;
      return r;
    }
  }

  /** {@code --reps} for commands that need it said. */
  static final class RequiredReps {
    @Option(names = "--reps", paramLabel = "<reps>", required = true)
    int reps;

    /** The number of replicates given. */
    int value() {
      return reps;
    }
  }

  /** {@code --threads}: worker threads, one per core unless said. */
  static final class Threads {
    @Option(names = "--threads", paramLabel = "<threads>")
    Integer threads;

    /** The threads given, or the number of cores the JVM sees. */
    int count() {
      return threads != null ? threads : Runtime.getRuntime().availableProcessors();
    }

    /** Whether {@code --threads} was given. */
    boolean given() {
      return threads != null;
    }

    /** The option as if {@code --threads value} had been given, or not given when null. */
    static Threads of(Integer value) {
      Threads t = new Threads();
      t.threads = value;
      return t;
    }
  }

  /** {@code --out DIR} and {@code --force}: where results go and whether to overwrite them. */
  static final class Output {
    @Option(names = "--out", paramLabel = "<out>")
    Path out;

    @Option(names = "--force")
    boolean force;

    /** The folder given with {@code --out}, or {@code fallback}. */
    Path folderOr(Path fallback) {
      return out != null ? out : fallback;
    }

    /** Whether {@code --out} was given. */
    boolean given() {
      return out != null;
    }

    /** Whether results already in the folder may be overwritten. */
    boolean force() {
      return force;
    }

    /** The options as if {@code --out folder} (when not null) and {@code --force} were given. */
    static Output of(Path folder, boolean force) {
      Output o = new Output();
      o.out = folder;
      o.force = force;
      return o;
    }
  }

  /** {@code --set PATH=VALUE}, repeatable: scenario overrides, applied in order. */
  static final class Overrides {
    @Option(names = "--set", paramLabel = "PATH=VALUE")
    List<String> sets = new ArrayList<>();

    /** The overrides in the order given. */
    List<String> values() {
      return sets;
    }

    /** The option as if {@code --set} had been given once for each of {@code values}. */
    static Overrides of(List<String> values) {
      Overrides o = new Overrides();
      o.sets = new ArrayList<>(values);
      return o;
    }
  }

  /** {@code --until YYYY-MM}: stop every run after this month. */
  static final class Until {
    @Option(names = "--until", paramLabel = "YYYY-MM")
    String until;

    /** Whether {@code --until} was given. */
    boolean given() {
      return until != null;
    }

    /**
     * The last month to run, empty when not given; an error line when the value is not a month
     * within the scenario's start and end.
     */
    Optional<YearMonth> month(Scenario scenario) throws BadMonth {
      if (until == null) {
        return Optional.empty();
      }
      YearMonth stop;
      try {
        stop = YearMonth.parse(until);
      } catch (DateTimeParseException e) {
        throw new BadMonth("--until: expected a month YYYY-MM, found '" + until + "'");
      }
      if (stop.isBefore(scenario.start()) || stop.isAfter(scenario.end())) {
        throw new BadMonth("--until: expected a month in [" + scenario.start() + ", "
            + scenario.end() + "] (the scenario's start and end), found " + until);
      }
      return Optional.of(stop);
    }
  }

  /** A {@code --until} that is not a month of the scenario; the message is the error line. */
  static final class BadMonth extends Exception {
    private static final long serialVersionUID = 1L;

    BadMonth(String message) {
      super(message);
    }
  }
}
