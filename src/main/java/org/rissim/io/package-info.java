/**
 * Safe output: result files that are never half-written, and the layout of the files that
 * several packages read and write.
 */
package org.rissim.io;
