package org.rissim.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.rissim.experiment.SweepProgress;

/**
 * What a long, resumable command says when it is stopped by Ctrl-C (SIGINT) or SIGTERM: how many
 * runs are finished and the exact command that continues it with {@code --resume}. Installed as
 * a JVM shutdown hook for the duration of the runs and removed when they end normally.
 */
final class InterruptNotice implements AutoCloseable {
  private final Thread hook;
  private final String task;
  private final String command;
  private final AtomicLong done = new AtomicLong();
  private final AtomicLong total = new AtomicLong();

  private InterruptNotice(String task, String command, PrintStream err) {
    this.task = task;
    this.command = command;
    this.hook = new Thread(() -> {
      err.println();
      err.println(text());
      err.flush();
    }, "rissim-interrupt-notice");
  }

  /** Installs the notice for a command whose resumable form is {@code command}. */
  static InterruptNotice install(String task, String command) {
    InterruptNotice n = new InterruptNotice(task, resumeCommand(command), System.err);
    Runtime.getRuntime().addShutdownHook(n.hook);
    return n;
  }

  /** A progress that counts finished runs for the notice and reports to {@code inner}. */
  SweepProgress watch(SweepProgress inner) {
    return new SweepProgress() {
      @Override
      public void started(long runs, long alreadyDone) {
        total.set(runs);
        done.set(alreadyDone);
        inner.started(runs, alreadyDone);
      }

      @Override
      public void step() {
        done.incrementAndGet();
        inner.step();
      }

      @Override
      public void finished(long completed, long failed) {
        inner.finished(completed, failed);
      }
    };
  }

  /** What the notice would say now. */
  String text() {
    return message(task, done.get(), total.get(), command);
  }

  /** The notice's text. */
  static String message(String task, long done, long total, String command) {
    return task + ": stopped after " + done + " of " + total + " runs (finished runs are kept);"
        + " continue with:\n  " + command;
  }

  /** The command with {@code --resume} and without {@code --force} (which deletes the runs). */
  static String resumeCommand(String command) {
    List<String> words = new ArrayList<>(Arrays.asList(command.split(" ")));
    words.removeIf(w -> w.equals("--force"));
    if (!words.contains("--resume")) {
      words.add("--resume");
    }
    return String.join(" ", words);
  }

  @Override
  public void close() {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // The JVM is already stopping: the notice is being printed.
    }
  }
}
