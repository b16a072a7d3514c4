package org.rissim.cli;

import java.io.PrintWriter;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.rissim.experiment.SweepProgress;

/**
 * Sweep progress for people: a progress bar on a terminal, one line about every 5% otherwise
 * (logs of batch jobs), nothing when quiet.
 */
final class ConsoleProgress implements SweepProgress {
  private final PrintWriter err;
  private ProgressBar bar;
  private long total;
  private long seen;
  private long lastPercent = -1;

  private ConsoleProgress(PrintWriter err) {
    this.err = err;
  }

  /** The right progress display for this invocation. */
  static SweepProgress of(boolean quiet, PrintWriter err) {
    return quiet ? SweepProgress.NONE : new ConsoleProgress(err);
  }

  @Override
  public void started(long total, long alreadyDone) {
    this.total = total;
    this.seen = alreadyDone;
    // The bar writes ANSI codes even without a terminal (docs/STACK.md): only on a console.
    if (System.console() != null) {
      bar = new ProgressBarBuilder().setTaskName("sweep").setInitialMax(total).build();
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

  private void line() {
    long percent = total == 0 ? 100 : seen * 100 / total;
    if (percent / 5 != lastPercent / 5 || lastPercent < 0) {
      lastPercent = percent;
      err.printf("sweep: %d/%d runs (%d%%)%n", seen, total, percent);
      err.flush();
    }
  }
}
