/**
 * Calibration against the patterns: approximate Bayesian computation by sequential Monte Carlo
 * (ABC-SMC), deterministic for a seed and resumable after a kill.
 *
 * <p>{@link org.rissim.calibration.AbcSmc} keeps its own pool rather than
 * {@code experiment.ReplicateRunner}, whose contract (a number of replicates fixed in advance,
 * seeded {@code Seeds.replicate(base, k)}, all returned at the end) does not fit a generation:
 * its number of attempts is unknown until {@code particles} are accepted, so attempts stream
 * through a bounded window and the rest are cancelled at the last acceptance; each attempt is
 * appended to {@code attempts.csv} as soon as it is judged, so that a kill loses only the
 * attempts in flight; and attempt a of generation t is seeded {@code Seeds.derive(seed, t, a)}.
 * Running the window as fixed batches through the runner would keep the result (attempts are
 * judged in order either way) but idle the threads at the end of every batch and lose to a kill
 * the attempts already finished in an unfinished batch.
 */
package org.rissim.calibration;
