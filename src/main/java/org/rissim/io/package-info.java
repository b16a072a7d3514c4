/**
 * Safe output: result folders that are never clobbered and files that are never half-written.
 */
package org.rissim.io;
