/**
 * Running the model: single runs, replications, comparisons under common random numbers, sweeps
 * (seeds, sharding, resume, Slurm) and the files they write (docs/OUTPUTS.md, docs/EXPERIMENTS.md).
 */
package org.rissim.experiment;
