package org.rissim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** runs.csv is put in run order, line by line, whatever ends its lines. */
class RunsFileSortTest {
  private static String sorted(Path dir, String text) throws IOException {
    Path f = dir.resolve("runs.csv");
    Files.writeString(f, text, StandardCharsets.UTF_8);
    RunsFile.sortByRun(f);
    return Files.readString(f, StandardCharsets.UTF_8);
  }

  @Test
  void linesMoveWithTheirOwnEndings(@TempDir Path dir) throws IOException {
    assertEquals("run,x\n0,a\n1,b\n2,\"c,d\"\n10,e\n",
        sorted(dir, "run,x\n2,\"c,d\"\n0,a\n10,e\n1,b\n"));
    // \r\n and \r end lines as \n does; each line keeps its own ending
    assertEquals("run,x\r\n0,a\r1,b\r\n2,c\n", sorted(dir, "run,x\r\n2,c\n1,b\r\n0,a\r"));
    // a million-run file's worth of ids in reverse: every id read whole
    StringBuilder in = new StringBuilder("run,x\n");
    StringBuilder want = new StringBuilder("run,x\n");
    for (int i = 1999; i >= 0; i--) {
      in.append(i * 500).append(",v").append(i).append('\n');
    }
    for (int i = 0; i < 2000; i++) {
      want.append(i * 500).append(",v").append(i).append('\n');
    }
    assertEquals(want.toString(), sorted(dir, in.toString()));
  }

  @Test
  void sortedFilesAreLeftAlone(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("runs.csv");
    Files.writeString(f, "run,x\n0,a\n1,b\n");
    long modified = Files.getLastModifiedTime(f).toMillis();
    RunsFile.sortByRun(f);
    assertEquals("run,x\n0,a\n1,b\n", Files.readString(f));
    assertEquals(modified, Files.getLastModifiedTime(f).toMillis());
  }

  @Test
  void aLineWithoutARunIdIsAnError(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("runs.csv");
    Files.writeString(f, "run,x\n1,a\nx,b\n");
    assertThrows(NumberFormatException.class, () -> RunsFile.sortByRun(f));
  }
}
