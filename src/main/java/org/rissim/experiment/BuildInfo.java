package org.rissim.experiment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Properties;

/**
 * The rissim version and the git commit it was built from, as Maven wrote them into
 * {@code org/rissim/version.properties} at build time (the pom's version; the commit only when
 * the build ran in a git checkout).
 */
public final class BuildInfo {
  private static final String RESOURCE = "/org/rissim/version.properties";
  private static final BuildInfo CURRENT = load();

  private final String version;
  private final Optional<String> commit;

  private BuildInfo(String version, Optional<String> commit) {
    this.version = version;
    this.commit = commit;
  }

  /** The build of the running code. */
  public static BuildInfo current() {
    return CURRENT;
  }

  /** Reads the build facts from properties as the resource holds them (unfiltered values count as unknown). */
  static BuildInfo of(Properties p) {
    String version = known(p.getProperty("version")).orElse("unknown");
    Optional<String> commit = known(p.getProperty("commit"))
        .map(c -> "true".equals(p.getProperty("dirty")) ? c + "-dirty" : c);
    return new BuildInfo(version, commit);
  }

  /** The pom's version, for example {@code 0.1.0}. */
  public String version() {
    return version;
  }

  /** The abbreviated commit, with {@code -dirty} when the checkout had changes; empty outside git. */
  public Optional<String> commit() {
    return commit;
  }

  /** The version with the commit, for example {@code 0.1.0 (commit 0123456789ab)}. */
  public String describe() {
    return commit.map(c -> version + " (commit " + c + ")").orElse(version);
  }

  private static Optional<String> known(String value) {
    // A property Maven could not fill (no git checkout) stays as its ${...} placeholder.
    if (value == null || value.isBlank() || value.contains("${")) {
      return Optional.empty();
    }
    return Optional.of(value.trim());
  }

  private static BuildInfo load() {
    Properties p = new Properties();
    try (InputStream in = BuildInfo.class.getResourceAsStream(RESOURCE)) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return of(p);
  }
}
