package org.rissim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** No source file in src/main is over 400 lines (issue 16: big classes are split by role). */
class ClassSizeTest {
  private static final int MAX_LINES = 400;

  @Test
  void noMainSourceFileIsOverFourHundredLines() throws IOException {
    List<String> over = new ArrayList<>();
    int files = 0;
    try (Stream<Path> s = Files.walk(Path.of("src/main/java"))) {
      for (Path p : s.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        files++;
        int lines = Files.readAllLines(p).size();
        if (lines > MAX_LINES) {
          over.add(p + " (" + lines + " lines)");
        }
      }
    }
    assertTrue(files > 0, "no source found under src/main/java");
    assertEquals(List.of(), over, "split these by role");
  }
}
