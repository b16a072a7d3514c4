/**
 * Performance measurements of rissim ({@code rissim bench}): the baseline against the MASON engine
 * floor, parallel batch throughput, scaling with the number of states, and a sweep's peak heap.
 */
package org.rissim.bench;
