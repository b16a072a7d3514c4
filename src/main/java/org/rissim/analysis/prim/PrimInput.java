package org.rissim.analysis.prim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoublePredicate;
import org.rissim.analysis.sensitivity.SweepData;

/**
 * What PRIM reads from a sweep: per run, its parameter values (a row of X, in the order of the
 * sweep's parameter columns) and whether its outcome is of interest (y). A run with a missing
 * (non-finite) outcome or parameter value is left out and counted.
 *
 * @param x       parameter values of each run used, one row per run
 * @param y       whether each run used is of interest
 * @param skipped runs left out for a missing value
 */
public record PrimInput(double[][] x, boolean[] y, int skipped) {
  /**
   * The input for {@code outcome} of {@code data}'s runs, a run being of interest when its
   * outcome passes {@code interesting}.
   *
   * @throws IllegalArgumentException when runs.csv has no such outcome (the message lists them)
   */
  public static PrimInput of(SweepData data, String outcome, DoublePredicate interesting) {
    int o = data.outcomes().indexOf(outcome);
    if (o < 0) {
      throw new IllegalArgumentException("unknown outcome '" + outcome + "'; runs.csv has "
          + String.join(", ", data.outcomes()));
    }
    List<String> columns = data.paramColumns();
    List<double[]> rows = new ArrayList<>();
    List<Boolean> flags = new ArrayList<>();
    int skipped = 0;
    for (SweepData.Run r : data.runs()) {
      double v = r.outcomes()[o];
      double[] x = columns.stream().mapToDouble(c -> data.numeric(r.point(), c)).toArray();
      if (!Double.isFinite(v) || !Arrays.stream(x).allMatch(Double::isFinite)) {
        skipped++;
        continue;
      }
      rows.add(x);
      flags.add(interesting.test(v));
    }
    boolean[] y = new boolean[flags.size()];
    for (int i = 0; i < y.length; i++) {
      y[i] = flags.get(i);
    }
    return new PrimInput(rows.toArray(new double[0][]), y, skipped);
  }
}
