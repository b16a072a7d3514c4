package org.rissim.experiment;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rissim.model.Operation;
import org.rissim.model.RegionModel;
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
    RegionModel model = new RegionModel(scenario, seed);
    model.start();
    Recorder recorder = new Recorder(model);
    recorder.attach(model);
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
        Map<String, Object> f = OperationModel.describe(model, op);
        f.put("outcome", "ongoing");
        f.put("durationMonths", months - 1 - op.startTick());
        events.add(new Event(months - 1, last, model.names().type("operation-end"),
            model.names().fields(f)));
      }
    }
    model.finish();
    return new RunResult(scenario, seed, recorder.series(), events, System.nanoTime() - t0,
        recorder.states());
  }
}
