package org.rissim.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The heap probe runs a main class in a child JVM, keeps its exit code and reports the heap. */
class HeapProbeTest {
  /** A command line that prints its arguments and exits with 3, as rissim's exits with its code. */
  public static final class ExitThree {
    private ExitThree() {}

    /** Prints the arguments, collects garbage (so the heap pools record a peak) and exits with 3. */
    public static void main(String[] args) {
      System.out.println("args " + String.join(",", args));
      System.gc();
      System.exit(3);
    }
  }

  @Test
  void runsTheMainClassKeepsItsExitCodeAndPrintsThePeakHeap()
      throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
        HeapProbe.class.getName(), ExitThree.class.getName(), "sweep", "x.yaml"))
        .redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(3, p.waitFor(), out);
    assertTrue(out.contains("args sweep,x.yaml"), out);
    String peak = out.lines().filter(l -> l.startsWith(HeapProbe.PREFIX)).findFirst()
        .orElseThrow(() -> new AssertionError("no peak heap line in:\n" + out));
    assertTrue(Long.parseLong(peak.substring(HeapProbe.PREFIX.length())) > 0, peak);
  }
}
