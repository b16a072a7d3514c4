package org.rissim.io;

import java.util.List;

/** The layout of a sweep's {@code runs.csv} and {@code failures.csv} (docs/OUTPUTS.md). */
public final class RunsCsv {
  /** The columns that identify a run, first in both files: run, point, rep, seed. */
  public static final List<String> RUN_COLUMNS = List.of("run", "point", "rep", "seed");

  private RunsCsv() {}
}
