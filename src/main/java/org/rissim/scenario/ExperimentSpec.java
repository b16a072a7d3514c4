package org.rissim.scenario;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A named experiment read from an experiment file ({@code experiments/NAME.yaml}): the scenario,
 * the design and its parameters, replicates, seed, outcomes and time-series columns; everything
 * {@code rissim sweep} takes on its command line, kept in a file (docs/EXPERIMENTS.md).
 *
 * @param name        the experiment's name (the default output folder is results/NAME)
 * @param description free text (may be empty)
 * @param file        the experiment file as given
 * @param scenario    the scenario file, resolved against the experiment file's folder
 * @param set         overrides applied to every run ({@code PATH=VALUE})
 * @param design      grid, random, lhs, sobol or morris
 * @param samples     samples asked of the design
 * @param reps        replicates per point
 * @param seed        base seed
 * @param threads     worker threads, if the file names them (results do not depend on them)
 * @param parameters  swept parameters as {@code PATH=SPEC}, in file order
 * @param mix         states whose strategy mix is swept
 * @param outcomes    outcome measures declared by the experiment
 * @param series      time-series columns of the long table (empty: none)
 * @param gzip        whether the long table is gzip-compressed
 * @param out         output folder, if the file names one (relative to the working directory)
 */
public record ExperimentSpec(String name, String description, Path file, Path scenario,
    List<String> set, String design, int samples, int reps, long seed, Optional<Integer> threads,
    List<String> parameters, List<String> mix, List<OutcomeSpec> outcomes, List<String> series,
    boolean gzip, Optional<String> out) {
  public ExperimentSpec {
    set = List.copyOf(set);
    parameters = List.copyOf(parameters);
    mix = List.copyOf(mix);
    outcomes = List.copyOf(outcomes);
    series = List.copyOf(series);
  }
}
