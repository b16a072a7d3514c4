package org.rissim.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFolderTest {
  @TempDir Path tmp;

  private List<String> names() throws Exception {
    try (Stream<Path> s = Files.list(tmp)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void aFailedStagedCommandLeavesTheEarlierFolderAndNothingElse() throws Exception {
    Path dir = tmp.resolve("compare");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("compare.csv"), "earlier");
    try (OutputFolder f = OutputFolder.staged(dir, true)) {
      Files.writeString(f.path().resolve("compare.csv"), "half");
      assertFalse(f.path().equals(dir), "written aside, not into the folder");
      // no commit: the command failed
    }
    assertEquals("earlier", Files.readString(dir.resolve("compare.csv")));
    assertEquals(List.of("compare"), names());
  }

  @Test
  void aCommittedStagedFolderReplacesTheEarlierOneWhole() throws Exception {
    Path dir = tmp.resolve("run");
    Files.createDirectories(dir.resolve("rep-0005"));
    Files.writeString(dir.resolve("run.json"), "{}");
    try (OutputFolder f = OutputFolder.staged(dir, true)) {
      Files.writeString(f.path().resolve("run.json"), "{\"new\":1}");
      f.commit();
    }
    assertFalse(Files.exists(dir.resolve("rep-0005")));
    assertEquals("{\"new\":1}", Files.readString(dir.resolve("run.json")));
    assertEquals(List.of("run"), names());
  }

  @Test
  @SuppressWarnings("try") // the lock is held for its side effect
  void anInPlaceFolderCreatedByAFailedCommandIsRemoved() throws Exception {
    Path dir = tmp.resolve("merged");
    try (OutputFolder f = OutputFolder.inPlace(dir)) {
      assertTrue(Files.isDirectory(dir));
    }
    assertEquals(List.of(), names());
  }

  @Test
  void aSecondHolderInThisJvmIsRefusedWithTheHolder() throws Exception {
    Path dir = tmp.resolve("x");
    try (OutputFolder f = OutputFolder.inPlace(dir)) {
      FolderInUseException e = assertThrows(FolderInUseException.class,
          () -> OutputFolder.staged(dir, true));
      assertTrue(e.getMessage().startsWith(dir + " is in use by process "
          + ProcessHandle.current().pid() + " since "), e.getMessage());
      f.commit();
    }
    assertEquals(List.of("x"), names());
  }
}
