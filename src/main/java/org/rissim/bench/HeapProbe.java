package org.rissim.bench;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Arrays;

/**
 * Entry point of the child JVM of the sweep-heap measurement: runs the {@code main} of the class
 * named by the first argument (rissim's command line) with the other arguments in this process,
 * and prints {@code peakHeapBytes=N}, the sum of the heap pools' peak usage, when the JVM exits.
 */
public final class HeapProbe {
  /** The line prefix that carries the result. */
  public static final String PREFIX = "peakHeapBytes=";

  private HeapProbe() {}

  /** Runs {@code args[0].main(args[1..])} and reports the peak heap as the JVM exits. */
  public static void main(String[] args) throws Throwable {
    // The command line ends with System.exit: a shutdown hook still sees the finished run.
    Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println(PREFIX + peakHeap())));
    MethodHandle entry = MethodHandles.publicLookup().findStatic(Class.forName(args[0]), "main",
        MethodType.methodType(void.class, String[].class));
    entry.invokeExact(Arrays.copyOfRange(args, 1, args.length));
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
