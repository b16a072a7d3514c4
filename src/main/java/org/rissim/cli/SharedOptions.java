package org.rissim.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The options that several commands share, each a picocli {@code @Mixin}. Their help text
 * differs from command to command, so it lives in {@code SharedOptions.properties} under the
 * command's qualified name (for example {@code rissim.run.seed}), the bundle of {@link Main}.
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
  }

  /** {@code --reps} with one replicate by default. */
  static final class Reps {
    @Option(names = "--reps", paramLabel = "<reps>", defaultValue = "1")
    int reps;

    /** The number of replicates given (1 by default). */
    int value() {
      return reps;
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
  }

  /** {@code --set PATH=VALUE}, repeatable: scenario overrides, applied in order. */
  static final class Overrides {
    @Option(names = "--set", paramLabel = "PATH=VALUE")
    List<String> sets = new ArrayList<>();

    /** The overrides in the order given. */
    List<String> values() {
      return sets;
    }
  }
}
