package org.rissim.cli;

import picocli.CommandLine.IVersionProvider;

/** The rissim version, from the jar manifest (or "dev" when run from classes). */
public final class Version implements IVersionProvider {
  /** The version string. */
  public static String current() {
    String v = Version.class.getPackage().getImplementationVersion();
    return v == null ? "0.1.0" : v;
  }

  @Override
  public String[] getVersion() {
    return new String[] {"rissim " + current()};
  }
}
