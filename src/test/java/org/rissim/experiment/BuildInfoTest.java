package org.rissim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The version comes from the pom through resource filtering; an unknown commit is left out. */
class BuildInfoTest {
  @Test
  void versionIsThePomsVersion() {
    // Surefire passes the pom's ${project.version} in; the class reads the filtered resource.
    String pom = System.getProperty("rissim.pomVersion");
    assertTrue(pom != null && !pom.isBlank(), "surefire sets rissim.pomVersion");
    assertEquals(pom, BuildInfo.current().version());
  }

  @Test
  void placeholdersLeftByABuildOutsideGitReadAsUnknownCommit() {
    Properties p = props("1.2.3", "${git.commit.id.abbrev}", "${git.dirty}");
    BuildInfo b = BuildInfo.of(p);
    assertEquals("1.2.3", b.version());
    assertEquals(Optional.empty(), b.commit());
    assertEquals("1.2.3", b.describe());
  }

  @Test
  void aDirtyCheckoutMarksTheCommit() {
    assertEquals("1.2.3 (commit 0123456789ab-dirty)",
        BuildInfo.of(props("1.2.3", "0123456789ab", "true")).describe());
    assertEquals("1.2.3 (commit 0123456789ab)",
        BuildInfo.of(props("1.2.3", "0123456789ab", "false")).describe());
  }

  @Test
  void aMissingResourceGivesUnknownVersion() {
    assertEquals("unknown", BuildInfo.of(new Properties()).version());
  }

  private static Properties props(String version, String commit, String dirty) {
    Properties p = new Properties();
    p.setProperty("version", version);
    p.setProperty("commit", commit);
    p.setProperty("dirty", dirty);
    return p;
  }
}
