package org.rissim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The shared options parse as the commands used to declare them, with their defaults. */
class SharedOptionsTest {
  @Command(name = "probe")
  static final class Probe {
    @Mixin SharedOptions.Seed seed;
    @Mixin SharedOptions.Reps reps;
    @Mixin SharedOptions.Threads threads;
    @Mixin SharedOptions.Output output;
    @Mixin SharedOptions.Overrides overrides;
  }

  @Test
  void defaultsAreSeedOneOneReplicateAndOneThreadPerCore() {
    Probe p = CommandLine.populateCommand(new Probe());
    assertEquals(1, p.seed.value());
    assertEquals(1, p.reps.value());
    assertFalse(p.threads.given());
    assertEquals(Runtime.getRuntime().availableProcessors(), p.threads.count());
    assertFalse(p.output.given());
    assertEquals(Path.of("fallback"), p.output.folderOr(Path.of("fallback")));
    assertFalse(p.output.force());
    assertTrue(p.overrides.values().isEmpty());
  }

  @Test
  void givenValuesAreKeptAndOverridesStayInOrder() {
    Probe p = CommandLine.populateCommand(new Probe(), "--seed", "9", "--reps", "3",
        "--threads", "2", "--out", "x", "--force", "--set", "a=1", "--set", "b=2");
    assertEquals(9, p.seed.value());
    assertEquals(3, p.reps.value());
    assertEquals(2, p.threads.count());
    assertEquals(Path.of("x"), p.output.folderOr(Path.of("fallback")));
    assertTrue(p.output.force());
    assertEquals(List.of("a=1", "b=2"), p.overrides.values());
  }
}
