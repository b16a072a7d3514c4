package org.rissim.cli;

import java.io.PrintWriter;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.rissim.experiment.SweepProgress;

/**
 * Progress of a long command for people: a progress bar with ETA on a terminal, one line about
 * every 5% with the estimated time left otherwise (logs of batch jobs), nothing when quiet.
 */
final class ConsoleProgress implements SweepProgress {
  private final PrintWriter err;
  private final String task;
  private long startNanos;
  private ProgressBar bar;
  private long total;
  private long seen;
  private long alreadyDone;
  private long lastPercent = -1;

  private ConsoleProgress(PrintWriter err, String task) {
    this.err = err;
    this.task = task;
  }

  /** The right progress display for a sweep. */
  static SweepProgress of(boolean quiet, PrintWriter err) {
    return of(quiet, err, "sweep");
  }

  /** The right progress display for this invocation of the command {@code task}. */
  static SweepProgress of(boolean quiet, PrintWriter err, String task) {
    return quiet ? SweepProgress.NONE : new ConsoleProgress(err, task);
  }

  @Override
  public void started(long total, long alreadyDone) {
    this.total = total;
    this.seen = alreadyDone;
    this.alreadyDone = alreadyDone;
    this.startNanos = System.nanoTime();
    // The bar writes ANSI codes even without a terminal (docs/STACK.md): only on a console.
    if (System.console() != null) {
      bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total).build();
      bar.stepTo(alreadyDone);
    } else {
      line();
    }
  }

  @Override
  public void step() {
    seen++;
    if (bar != null) {
      bar.step();
    } else {
      line();
    }
  }

  @Override
  public void finished(long done, long failed) {
    if (bar != null) {
      bar.close();
    }
  }

  /** The estimated time left, from the pace of the runs done in this invocation. */
  private String left() {
    long doneNow = seen - alreadyDone;
    if (doneNow <= 0 || seen >= total) {
      return "";
    }
    double perRun = (System.nanoTime() - startNanos) / 1e9 / doneNow;
    long seconds = Math.round(perRun * (total - seen));
    return seconds < 120 ? ", about " + seconds + " s left"
        : ", about " + Math.round(seconds / 60.0) + " min left";
  }

  private void line() {
    long percent = total == 0 ? 100 : seen * 100 / total;
    if (percent / 5 != lastPercent / 5 || lastPercent < 0) {
      lastPercent = percent;
      err.printf("%s: %d/%d runs (%d%%)%s%n", task, seen, total, percent, left());
      err.flush();
    }
  }
}
