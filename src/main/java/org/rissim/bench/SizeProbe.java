package org.rissim.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import org.rissim.model.RegionModel;
import org.rissim.observe.Recorder;
import org.rissim.scenario.Scenario;
import org.rissim.scenario.ScenarioException;
import org.rissim.scenario.ScenarioLoader;

/**
 * Entry point of the child JVM that steps a very large synthetic region: prints
 * {@code month=I nanos=T} after each month and {@code heap=B} (live heap after a full GC) at the
 * end, so that the parent can stop it at a time budget and still know how far it got.
 */
public final class SizeProbe {
  private SizeProbe() {}

  /** Arguments: scenario file, number of states, seed. */
  public static void main(String[] args) throws ScenarioException {
    Scenario s = ScenarioLoader.load(Path.of(args[0]), List.of("synthetic.states=" + args[1]))
        .scenario();
    long t0 = System.nanoTime();
    Recorder recorder = Recorder.start(s, Long.parseLong(args[2]));
    RegionModel model = recorder.model();
    for (int i = 0; i < s.months(); i++) {
      model.schedule.step(model);
      System.out.println("month=" + (i + 1) + " nanos=" + (System.nanoTime() - t0));
      System.out.flush();
    }
    System.gc();
    System.out.println("heap=" + ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    java.lang.ref.Reference.reachabilityFence(recorder);
    java.lang.ref.Reference.reachabilityFence(model);
  }
}
