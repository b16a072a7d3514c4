/**
 * The {@code rissim} command line: one picocli class per subcommand, each parsing its options and
 * handing off; exit code 2 for bad input.
 */
package org.rissim.cli;
