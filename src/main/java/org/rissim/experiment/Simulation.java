package org.rissim.experiment;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rissim.model.Operation;
import org.rissim.model.RegionModel;
import org.rissim.model.event.OperationEndEvent;
import org.rissim.model.mechanism.OperationModel;
import org.rissim.observe.Event;
import org.rissim.observe.Recorder;
import org.rissim.scenario.Scenario;

/** Runs the model once: builds the world from a scenario, steps it month by month, records it. */
public final class Simulation {
  private Simulation() {}

  /** Runs the whole scenario with this seed. */
  public static RunResult run(Scenario scenario, long seed) {
    return run(scenario, seed, Optional.empty());
  }

  /** Runs the scenario with this seed up to and including {@code until} (default: its end). */
  public static RunResult run(Scenario scenario, long seed, Optional<YearMonth> until) {
    long t0 = System.nanoTime();
    Recorder recorder = Recorder.start(scenario, seed);
    RegionModel model = recorder.model();
    YearMonth last = until.filter(u -> u.isBefore(scenario.end())).orElse(scenario.end());
    int months = (int) (scenario.start().until(last, java.time.temporal.ChronoUnit.MONTHS) + 1);
    for (int i = 0; i < months; i++) {
      model.schedule.step(model);
    }
    List<Event> events = new ArrayList<>(recorder.events());
    // Operations whose crisis is still unresolved at the end are reported as "ongoing" (frozen
    // deployments already had their operation-end event when they froze).
    for (Operation op : model.operations()) {
      if (op.outcome() == null) {
        events.add(recorder.line(months - 1, last, new OperationEndEvent(
            OperationModel.description(op), "ongoing", months - 1 - op.startTick())));
      }
    }
    model.finish();
    return new RunResult(scenario, seed, recorder.series(), events, System.nanoTime() - t0,
        recorder.states());
  }
}
