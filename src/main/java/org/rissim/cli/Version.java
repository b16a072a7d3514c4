package org.rissim.cli;

import org.rissim.experiment.BuildInfo;
import picocli.CommandLine.IVersionProvider;

/** The text of {@code rissim --version}: the pom's version and, when known, the git commit. */
public final class Version implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"rissim " + BuildInfo.current().describe()};
  }
}
