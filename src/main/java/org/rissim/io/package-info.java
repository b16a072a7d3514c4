/**
 * Safe output: result folders that are never clobbered and files that are never half-written;
 * the layout of the files that several packages read and write.
 */
package org.rissim.io;
