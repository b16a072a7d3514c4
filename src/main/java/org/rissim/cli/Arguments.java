package org.rissim.cli;

import java.nio.file.Path;
import java.util.regex.Pattern;

/** Checks of command-line arguments shared by several commands, made before any work. */
final class Arguments {
  private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9._-]");

  private Arguments() {}

  /** An error line for an unusable {@code --out} (empty), or null when it is fine. */
  static String checkOut(Path out) {
    if (out != null && out.toString().isBlank()) {
      return "--out: expected a folder name, found an empty one";
    }
    return null;
  }

  /**
   * The default folder {@code results/<prefix><name><suffix>}: the scenario's name reduced to
   * safe characters, so that a name such as {@code ../../x} cannot lead outside results/.
   */
  static Path defaultFolder(String name, String prefix, String suffix) {
    String safe = UNSAFE.matcher(name).replaceAll("_");
    if (safe.isEmpty() || safe.chars().allMatch(c -> c == '.')) {
      safe = "scenario" + safe.replace('.', '_');
    }
    return Path.of("results", prefix + safe + suffix);
  }

  /** {@code results/<safe name>}. */
  static Path defaultFolder(String name, String suffix) {
    return defaultFolder(name, "", suffix);
  }

  /** An error line when a Slurm option value holds a control character, or null. */
  static String checkNoControl(String option, String value) {
    if (value != null && value.chars().anyMatch(Character::isISOControl)) {
      return option + ": expected a value without control characters (line breaks, tabs ...)";
    }
    return null;
  }
}
