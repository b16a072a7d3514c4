package org.rissim.calibration;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.rissim.experiment.Seeds;

/**
 * ABC-SMC (Toni et al. 2009) with the adaptive tolerance of Del Moral et al. (2012) as in pyABC's
 * quantile epsilon: generation 0 samples the prior; the tolerance of generation t + 1 is the
 * weighted alpha-quantile of generation t's distances; proposals perturb a particle drawn by
 * weight with a multivariate normal kernel of twice the weighted covariance (Beaumont et al.
 * 2009); weights are prior density over the kernel mixture density.
 *
 * <p>Determinism and resumption: proposal a of generation t draws from its own generator seeded
 * with {@code Seeds.derive(seed, t, a)}, and its simulations use seeds derived from that one; the
 * previous generation is always read back from disk. Attempts are evaluated on a pool but written
 * and judged in attempt order; the generation ends at the first attempt number by which
 * {@code particles} proposals are accepted. So the result is the same for any thread count and
 * after any number of kills, and a resumed calibration re-simulates no written attempt.
 */
public final class AbcSmc {
  /** What a calibration invocation did. */
  public record Result(List<Generation> generations, long sims, String stopped) {}

  /** Hears about progress (the command line shows it; tests ignore it). */
  public interface Progress {
    /** Generation t starts with this tolerance, needing {@code particles} acceptances. */
    default void generation(int t, double epsilon, int accepted, int particles) {}

    /** One attempt of generation t was judged. */
    default void attempt(int t, boolean accepted) {}

    /** Generation t is complete. */
    default void done(Generation g, long totalSims) {}
  }

  private final AbcSettings settings;
  private final CalibrationFolder folder;
  private final ParticleModel model;
  private final Progress progress;
  /** Attempts of a generation that ended without enough acceptances (they count as used). */
  private long partialAttempts;

  /** A calibration that writes to {@code folder} and simulates with {@code model}. */
  public AbcSmc(AbcSettings settings, CalibrationFolder folder, ParticleModel model,
      Progress progress) {
    this.settings = settings;
    this.folder = folder;
    this.model = model;
    this.progress = progress;
  }

  /** Runs (or continues) the calibration until a stopping rule holds. */
  public Result run() throws IOException, CalibrationException {
    List<Generation> done = new ArrayList<>();
    long sims = 0;
    int t = 0;
    while (folder.complete(t)) {
      Generation g = folder.read(t);
      done.add(g);
      sims += g.sims();
      t++;
    }
    folder.writeSummaries(done);
    while (settings.generations() == 0 || t < settings.generations()) {
      Generation previous = t == 0 ? null : folder.read(t - 1);
      double epsilon = previous == null ? Double.POSITIVE_INFINITY
          : weightedQuantile(previous, settings.alpha());
      long allowed = (settings.budget() - sims) / settings.reps();
      Generation g = generation(t, epsilon, previous, Math.min(allowed, settings.maxAttempts()));
      if (g == null) {
        sims += partialAttempts * settings.reps();
        String why = allowed <= settings.maxAttempts()
            ? "the budget of " + settings.budget() + " simulations ran out in generation " + t
            : "acceptance fell below 1% in generation " + t + " (" + settings.maxAttempts()
                + " attempts)";
        return new Result(done, sims, why);
      }
      folder.write(g);
      done.add(g);
      sims += g.sims();
      folder.writeSummaries(done);
      progress.done(g, sims);
      t++;
      if (sims >= settings.budget()) {
        return new Result(done, sims, "the budget of " + settings.budget() + " simulations is used");
      }
    }
    return new Result(done, sims, settings.generations() + " generations are complete");
  }

  /** Generation t, or null when {@code maxAttempts} end it before enough acceptances. */
  private Generation generation(int t, double epsilon, Generation previous, long maxAttempts)
      throws IOException, CalibrationException {
    Kernel kernel = previous == null ? null : Kernel.of(previous, settings.parameters());
    List<CalibrationFolder.Attempt> attempts = new ArrayList<>(folder.attempts(t));
    List<CalibrationFolder.Attempt> accepted = new ArrayList<>();
    long next = 0;
    for (CalibrationFolder.Attempt a : attempts) {
      if (a.attempt() != next) {
        throw new CalibrationException(folder.generationDir(t).resolve("attempts.csv")
            + ": attempt " + a.attempt() + " where " + next + " was expected");
      }
      next++;
      if (a.distance() <= epsilon && accepted.size() < settings.particles()) {
        accepted.add(a);
      }
    }
    progress.generation(t, epsilon, accepted.size(), settings.particles());
    if (accepted.size() < settings.particles()) {
      ExecutorService pool = Executors.newFixedThreadPool(settings.threads(), task -> {
        Thread th = new Thread(task, "rissim-calibrate");
        th.setDaemon(true);
        return th;
      });
      try (CalibrationFolder.Appender out = folder.appender(t)) {
        ArrayDeque<Future<CalibrationFolder.Attempt>> inFlight = new ArrayDeque<>();
        int window = Math.max(8, 2 * settings.threads());
        while (accepted.size() < settings.particles()) {
          while (inFlight.size() < window && next < maxAttempts) {
            long a = next++;
            inFlight.add(pool.submit(() -> attempt(t, a, kernel)));
          }
          if (inFlight.isEmpty()) {
            partialAttempts = attempts.size();
            return null;
          }
          CalibrationFolder.Attempt a = await(inFlight.removeFirst(), t);
          out.append(a);
          attempts.add(a);
          boolean ok = a.distance() <= epsilon;
          if (ok) {
            accepted.add(a);
          }
          progress.attempt(t, ok);
        }
        inFlight.forEach(f -> f.cancel(true));
      } finally {
        pool.shutdownNow();
      }
    }
    long used = accepted.get(accepted.size() - 1).attempt() + 1;
    return finish(t, epsilon, previous, kernel, accepted, used);
  }

  private CalibrationFolder.Attempt await(Future<CalibrationFolder.Attempt> f, int t)
      throws CalibrationException {
    try {
      return f.get();
    } catch (ExecutionException e) {
      throw new CalibrationException("generation " + t + ": a simulation failed: " + e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CalibrationException("interrupted");
    }
  }

  /** Proposes and simulates attempt a of generation t. */
  private CalibrationFolder.Attempt attempt(int t, long a, Kernel kernel) throws Exception {
    long seed = Seeds.derive(settings.seed(), t, a);
    RandomGenerator rng = new Well19937c(seed);
    List<Parameter> ps = settings.parameters();
    double[] theta = new double[ps.size()];
    if (kernel == null) {
      for (int i = 0; i < theta.length; i++) {
        theta[i] = ps.get(i).prior().sample(rng);
      }
    } else {
      do {
        theta = kernel.propose(rng);
      } while (priorDensity(theta) == 0);
    }
    long[] seeds = new long[settings.reps()];
    for (int r = 0; r < seeds.length; r++) {
      seeds[r] = Seeds.derive(seed, r, 1);
    }
    return new CalibrationFolder.Attempt(a, theta, model.distance(theta, seeds));
  }

  private double priorDensity(double[] theta) {
    double d = 1;
    for (int i = 0; i < theta.length; i++) {
      d *= settings.parameters().get(i).prior().density(theta[i]);
    }
    return d;
  }

  /** Weights the accepted attempts: prior density over the kernel mixture (1/N in gen 0). */
  private Generation finish(int t, double epsilon, Generation previous, Kernel kernel,
      List<CalibrationFolder.Attempt> accepted, long attempts) {
    int n = accepted.size();
    double[] w = new double[n];
    for (int i = 0; i < n; i++) {
      w[i] = previous == null ? 1 : priorDensity(accepted.get(i).theta())
          / kernel.mixtureDensity(accepted.get(i).theta());
    }
    double sum = Arrays.stream(w).sum();
    double squares = 0;
    List<Particle> particles = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      w[i] /= sum;
      squares += w[i] * w[i];
      CalibrationFolder.Attempt a = accepted.get(i);
      particles.add(new Particle(a.attempt(), a.theta(), w[i], a.distance()));
    }
    return new Generation(t, epsilon, attempts, particles, 1 / squares,
        attempts * settings.reps());
  }

  /** The weighted alpha-quantile of a generation's distances. */
  static double weightedQuantile(Generation g, double alpha) {
    Particle[] sorted = g.particles().toArray(Particle[]::new);
    Arrays.sort(sorted, (x, y) -> Double.compare(x.distance(), y.distance()));
    double c = 0;
    for (Particle p : sorted) {
      c += p.weight();
      if (c >= alpha - 1e-12) {
        return p.distance();
      }
    }
    return sorted[sorted.length - 1].distance();
  }

  /** The perturbation kernel of a generation: N(theta_j, 2 Sigma) around a particle j by weight. */
  static final class Kernel {
    private final Generation previous;
    private final RealMatrix lower;
    private final double logNorm;

    private Kernel(Generation previous, RealMatrix lower, double logNorm) {
      this.previous = previous;
      this.lower = lower;
      this.logNorm = logNorm;
    }

    static Kernel of(Generation g, List<Parameter> ps) {
      int k = ps.size();
      double[] mean = new double[k];
      for (Particle p : g.particles()) {
        for (int i = 0; i < k; i++) {
          mean[i] += p.weight() * p.theta()[i];
        }
      }
      double[][] cov = new double[k][k];
      for (Particle p : g.particles()) {
        for (int i = 0; i < k; i++) {
          for (int j = 0; j < k; j++) {
            cov[i][j] += 2 * p.weight() * (p.theta()[i] - mean[i]) * (p.theta()[j] - mean[j]);
          }
        }
      }
      for (int i = 0; i < k; i++) {
        // A tiny ridge keeps the kernel proper when a generation has collapsed on one value.
        double width = ps.get(i).prior().hi() - ps.get(i).prior().lo();
        cov[i][i] += 1e-10 * width * width;
      }
      RealMatrix lower = new CholeskyDecomposition(MatrixUtils.createRealMatrix(cov), 1e-12, 0)
          .getL();
      double logDet = 0;
      for (int i = 0; i < k; i++) {
        logDet += Math.log(lower.getEntry(i, i));
      }
      return new Kernel(g, lower, -logDet - 0.5 * k * Math.log(2 * Math.PI));
    }

    /** A particle drawn by weight, perturbed. */
    double[] propose(RandomGenerator rng) {
      double u = rng.nextDouble();
      double c = 0;
      Particle chosen = previous.particles().get(previous.particles().size() - 1);
      for (Particle p : previous.particles()) {
        c += p.weight();
        if (u < c) {
          chosen = p;
          break;
        }
      }
      int k = chosen.theta().length;
      double[] z = new double[k];
      for (int i = 0; i < k; i++) {
        z[i] = rng.nextGaussian();
      }
      double[] x = chosen.theta().clone();
      for (int i = 0; i < k; i++) {
        for (int j = 0; j <= i; j++) {
          x[i] += lower.getEntry(i, j) * z[j];
        }
      }
      return x;
    }

    /** The density of the kernel mixture at theta: sum_j W_j N(theta; theta_j, 2 Sigma). */
    double mixtureDensity(double[] theta) {
      double sum = 0;
      int k = theta.length;
      double[] y = new double[k];
      for (Particle p : previous.particles()) {
        // Forward substitution: L y = theta - theta_j.
        double q = 0;
        for (int i = 0; i < k; i++) {
          double r = theta[i] - p.theta()[i];
          for (int j = 0; j < i; j++) {
            r -= lower.getEntry(i, j) * y[j];
          }
          y[i] = r / lower.getEntry(i, i);
          q += y[i] * y[i];
        }
        sum += p.weight() * Math.exp(logNorm - 0.5 * q);
      }
      return sum;
    }
  }
}
