/**
 * Safe output: one writer per folder (an operating-system lock held for the whole command),
 * folders replaced as a whole and never clobbered silently, files never half-written, and every
 * I/O fault described in one line naming the path and the cause.
 */
package org.rissim.io;
