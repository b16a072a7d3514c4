package org.rissim.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputDirectoryTest {
  @TempDir Path tmp;

  private List<String> names(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void failedWriteLeavesTheOldFileWholeAndNoTemporaryBehind() throws Exception {
    Path file = tmp.resolve("timeseries.csv");
    OutputDirectory.writeAtomically(file, w -> w.write("month\n2000-01\n"));
    assertThrows(IOException.class, () -> OutputDirectory.writeAtomically(file, w -> {
      w.write("month\n20");
      w.flush();
      throw new IOException("disk full");
    }));
    assertEquals("month\n2000-01\n", Files.readString(file));
    assertEquals(List.of("timeseries.csv"), names(tmp));
  }

  @Test
  void fileDoesNotExistUntilItIsComplete() throws Exception {
    Path file = tmp.resolve("events.jsonl");
    OutputDirectory.writeAtomically(file, w -> {
      w.write("{}\n");
      w.flush();
      // while writing, only a hidden temporary name exists in the folder
      assertTrue(Files.notExists(file));
      assertTrue(names(tmp).get(0).startsWith(".events.jsonl."));
    });
    assertEquals("{}\n", Files.readString(file));
  }

  @Test
  void writesBytesAndReplacesAnOlderFile() throws Exception {
    Path png = tmp.resolve("drift.png");
    OutputDirectory.writeBytesAtomically(png, o -> o.write(new byte[] {9}));
    OutputDirectory.writeBytesAtomically(png, o -> o.write(new byte[] {1, 2, 3}));
    assertEquals(3, Files.size(png));
    assertEquals(List.of("drift.png"), names(tmp));
  }
}
