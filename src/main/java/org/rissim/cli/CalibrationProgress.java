package org.rissim.cli;

import java.io.PrintWriter;
import java.util.Locale;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.rissim.calibration.AbcSettings;
import org.rissim.calibration.AbcSmc;
import org.rissim.calibration.Generation;

/**
 * Calibration progress for people: a bar of accepted particles on a terminal, and after every
 * generation one line with its tolerance, acceptance, effective sample size and an estimate of
 * the time left.
 */
final class CalibrationProgress implements AbcSmc.Progress, AutoCloseable {
  private final PrintWriter err;
  private final AbcSettings settings;
  private final long started = System.nanoTime();
  private long simsAtStart = -1;
  private ProgressBar bar;

  CalibrationProgress(PrintWriter err, AbcSettings settings) {
    this.err = err;
    this.settings = settings;
  }

  @Override
  public void generation(int t, double epsilon, int accepted, int particles) {
    err.printf(Locale.ROOT, "generation %d: tolerance %s, %d of %d particles already accepted%n",
        t, epsilon, accepted, particles);
    err.flush();
    // The bar writes ANSI codes even without a terminal (docs/STACK.md): only on a console.
    if (System.console() != null) {
      bar = new ProgressBarBuilder().setTaskName("generation " + t).setInitialMax(particles)
          .build();
      bar.stepTo(accepted);
    }
  }

  @Override
  public void attempt(int t, boolean accepted) {
    if (bar != null && accepted) {
      bar.step();
    }
  }

  @Override
  public void done(Generation g, long totalSims) {
    close();
    if (simsAtStart < 0) {
      simsAtStart = totalSims - g.sims();
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    double rate = (totalSims - simsAtStart) / Math.max(seconds, 1e-9);
    String eta = "";
    if (settings.budget() != Long.MAX_VALUE) {
      eta = String.format(Locale.ROOT, "; at most %.0f s left for the budget",
          Math.max(0, settings.budget() - totalSims) / rate);
    } else if (settings.generations() > 0) {
      // The next generations need at least as many attempts as this one (tolerances shrink).
      int left = settings.generations() - g.index() - 1;
      eta = String.format(Locale.ROOT, "; about %.0f s or more left", left * g.sims() / rate);
    }
    err.printf(Locale.ROOT, "generation %d done: tolerance %s, %d attempts, acceptance %.3f, "
        + "ESS %.1f; %d simulations in all, %.1f s%s%n", g.index(), g.epsilon(), g.attempts(),
        g.acceptanceRate(), g.ess(), totalSims, seconds, eta);
    err.flush();
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
      bar = null;
    }
  }
}
