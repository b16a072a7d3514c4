package org.rissim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code rissim defaults} prints the bundled defaults.yaml as it is, comments included. */
class DefaultsCommandTest {
  @Test
  void printsTheBundledDefaultsWithTheirComments() throws Exception {
    Cli.Result r = Cli.run("defaults");
    assertEquals(0, r.code(), r.err());
    assertEquals(Files.readString(
        Path.of("src/main/resources/org/rissim/scenario/defaults.yaml")), r.out());
    assertTrue(r.out().contains("stateDefaults:"), r.out());
    assertTrue(r.out().contains("eta: 0.10          # weight of a month's observed acts"), r.out());
  }
}
