package org.rissim.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import org.rissim.cli.Main;

/**
 * Entry point of the child JVM of the sweep-heap measurement: runs one rissim command in this
 * process, then prints {@code peakHeapBytes=N}, the sum of the heap pools' peak usage.
 */
public final class HeapProbe {
  /** The line prefix that carries the result. */
  public static final String PREFIX = "peakHeapBytes=";

  private HeapProbe() {}

  /** Runs the rissim command given as arguments and reports the peak heap; exits with its code. */
  public static void main(String[] args) {
    int code = Main.commandLine().execute(args);
    System.out.println(PREFIX + peakHeap());
    System.exit(code);
  }

  /** Sum of the peak usage of every heap memory pool since the JVM started, in bytes. */
  public static long peakHeap() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }
}
