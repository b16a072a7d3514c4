package org.rissim.analysis.prim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * The Patient Rule Induction Method (Friedman and Fisher 1999), as in the EMA Workbench's
 * {@code prim} (Kwakkel 2017): starting from the box holding every run, each peeling step removes
 * the alpha-quantile tail of one dimension (lower or upper) whose removal leaves the highest
 * density of runs of interest, as long as the box keeps at least {@code minSupport} of the runs;
 * the box chosen on this peeling trajectory is the largest whose density is within one binomial
 * standard error of the highest density (every peeled box has mass at least {@code minSupport});
 * then pasting widens the chosen box, one dimension and side at a time, by about alpha of its
 * runs while that raises the density, and the last pasted box (if any) is the chosen box.
 */
public final class Prim {
  private final double alpha;
  private final double minSupport;

  /**
   * The outcome of a PRIM search.
   *
   * @param trajectory every box, peeled then pasted
   * @param chosen     index of the chosen box in {@code trajectory}
   * @param min        data minimum of each dimension
   * @param max        data maximum of each dimension
   */
  public record Result(List<PrimBox> trajectory, int chosen, double[] min, double[] max) {
    /** The chosen box. */
    public PrimBox box() {
      return trajectory.get(chosen);
    }
  }

  /** A PRIM search peeling {@code alpha} of the box per step down to mass {@code minSupport}. */
  public Prim(double alpha, double minSupport) {
    if (!(alpha > 0 && alpha < 0.5)) {
      throw new IllegalArgumentException("--peel must be in (0, 0.5), got " + alpha);
    }
    if (!(minSupport > 0 && minSupport <= 1)) {
      throw new IllegalArgumentException("--min-support must be in (0, 1], got " + minSupport);
    }
    this.alpha = alpha;
    this.minSupport = minSupport;
  }

  /**
   * Searches the box.
   *
   * @param x runs by dimensions (finite values)
   * @param y whether each run is of interest
   */
  public Result find(double[][] x, boolean[] y) {
    int n = x.length;
    if (n == 0 || y.length != n) {
      throw new IllegalArgumentException("PRIM needs at least one run and one flag per run");
    }
    int totalInteresting = 0;
    for (boolean b : y) {
      totalInteresting += b ? 1 : 0;
    }
    if (totalInteresting == 0) {
      throw new IllegalArgumentException("no run is of interest: nothing to discover");
    }
    int dims = x[0].length;
    double[] min = new double[dims];
    double[] max = new double[dims];
    Arrays.fill(min, Double.POSITIVE_INFINITY);
    Arrays.fill(max, Double.NEGATIVE_INFINITY);
    for (double[] row : x) {
      for (int d = 0; d < dims; d++) {
        min[d] = Math.min(min[d], row[d]);
        max[d] = Math.max(max[d], row[d]);
      }
    }
    Search s = new Search(x, y, totalInteresting);
    List<PrimBox> trajectory = new ArrayList<>();
    double[] lo = min.clone();
    double[] hi = max.clone();
    trajectory.add(s.box(0, "start", lo, hi));
    Percentile pct = new Percentile().withEstimationType(Percentile.EstimationType.R_1);
    while (true) {
      PrimBox current = trajectory.get(trajectory.size() - 1);
      PrimBox best = null;
      for (int d = 0; d < dims; d++) {
        double[] values = s.inside(lo, hi, d, -1);
        if (values.length < 2) {
          continue;
        }
        double qLow = pct.evaluate(values, alpha * 100);
        double qHigh = pct.evaluate(values, (1 - alpha) * 100);
        double[][] candidates = {{Math.max(qLow, lo[d]), hi[d]}, {lo[d], Math.min(qHigh, hi[d])}};
        for (int side = 0; side < 2; side++) {
          double[] cl = lo.clone();
          double[] ch = hi.clone();
          cl[d] = candidates[side][0];
          ch[d] = candidates[side][1];
          // Removing nothing (ties at the quantile) is no peel; the bound must move past a run.
          boolean moved = side == 0 ? qLow > values[0] : qHigh < values[values.length - 1];
          if (!moved) {
            continue;
          }
          if (side == 0) {
            cl[d] = nextAbove(values, qLow);
          } else {
            ch[d] = nextBelow(values, qHigh);
          }
          PrimBox c = s.box(current.step() + 1, "peel", cl, ch);
          if (c.mass() >= minSupport && c.n() < current.n() && better(c, best)) {
            best = c;
          }
        }
      }
      if (best == null) {
        break;
      }
      lo = best.lower();
      hi = best.upper();
      trajectory.add(best);
    }
    int chosen = oneStandardError(trajectory);
    if (chosen > 0) {
      PrimBox from = trajectory.get(chosen);
      int before = trajectory.size();
      paste(s, trajectory, from.lower().clone(), from.upper().clone(), dims);
      if (trajectory.size() > before) {
        chosen = trajectory.size() - 1;
      }
    }
    return new Result(List.copyOf(trajectory), chosen, min, max);
  }

  /**
   * The largest peeled box whose density is within one binomial standard error of the highest
   * density on the trajectory: the one-standard-error rule (Breiman et al. 1984), so that the
   * choice does not follow the last peels into noise.
   */
  private static int oneStandardError(List<PrimBox> trajectory) {
    PrimBox top = trajectory.get(0);
    for (PrimBox b : trajectory) {
      top = b.density() > top.density() ? b : top;
    }
    double se = Math.sqrt(top.density() * (1 - top.density()) / top.n());
    for (int i = 0; i < trajectory.size(); i++) {
      if (trajectory.get(i).density() >= top.density() - se) {
        return i;
      }
    }
    return trajectory.indexOf(top);
  }

  /** Widens the box (lo, hi) while a widening by about alpha of its runs raises the density. */
  private void paste(Search s, List<PrimBox> trajectory, double[] lo, double[] hi, int dims) {
    PrimBox current = s.box(0, "paste", lo.clone(), hi.clone());
    while (true) {
      int add = Math.max(1, (int) Math.ceil(alpha * current.n()));
      PrimBox best = null;
      for (int d = 0; d < dims; d++) {
        // Runs inside the box on every other dimension, sorted along d.
        double[] along = s.inside(lo, hi, d, d);
        double low = lo[d];
        double high = hi[d];
        double[] below = Arrays.stream(along).filter(v -> v < low).toArray();
        double[] above = Arrays.stream(along).filter(v -> v > high).toArray();
        if (below.length > 0) {
          double[] cl = lo.clone();
          cl[d] = below[Math.max(0, below.length - add)];
          PrimBox c = s.box(trajectory.size(), "paste", cl, hi.clone());
          best = better(c, best) ? c : best;
        }
        if (above.length > 0) {
          double[] ch = hi.clone();
          ch[d] = above[Math.min(above.length - 1, add - 1)];
          PrimBox c = s.box(trajectory.size(), "paste", lo.clone(), ch);
          best = better(c, best) ? c : best;
        }
      }
      if (best == null || best.density() <= current.density()) {
        return;
      }
      System.arraycopy(best.lower(), 0, lo, 0, dims);
      System.arraycopy(best.upper(), 0, hi, 0, dims);
      trajectory.add(best);
      current = best;
    }
  }

  private static boolean better(PrimBox c, PrimBox best) {
    return best == null || c.density() > best.density()
        || (c.density() == best.density() && c.n() > best.n());
  }

  /** The smallest sorted value at or above q (the new inclusive lower bound). */
  private static double nextAbove(double[] sorted, double q) {
    for (double v : sorted) {
      if (v >= q) {
        return v;
      }
    }
    return q;
  }

  /** The largest sorted value at or below q (the new inclusive upper bound). */
  private static double nextBelow(double[] sorted, double q) {
    for (int i = sorted.length - 1; i >= 0; i--) {
      if (sorted[i] <= q) {
        return sorted[i];
      }
    }
    return q;
  }

  /** The runs and flags, with box counting. */
  private record Search(double[][] x, boolean[] y, int totalInteresting) {
    PrimBox box(int step, String phase, double[] lo, double[] hi) {
      int n = 0;
      int hits = 0;
      for (int i = 0; i < x.length; i++) {
        if (within(x[i], lo, hi, -1)) {
          n++;
          hits += y[i] ? 1 : 0;
        }
      }
      return new PrimBox(step, phase, lo, hi, n, hits, (double) hits / totalInteresting,
          n == 0 ? 0 : (double) hits / n, (double) n / x.length);
    }

    /** Sorted values of dimension d of the runs inside the box, ignoring dimension {@code free}. */
    double[] inside(double[] lo, double[] hi, int d, int free) {
      return Arrays.stream(x).filter(r -> within(r, lo, hi, free)).mapToDouble(r -> r[d]).sorted()
          .toArray();
    }

    private static boolean within(double[] r, double[] lo, double[] hi, int free) {
      for (int d = 0; d < r.length; d++) {
        if (d != free && (r[d] < lo[d] || r[d] > hi[d])) {
          return false;
        }
      }
      return true;
    }
  }
}
