package org.rissim.bench;

import sim.engine.RandomSequence;
import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The MASON engine floor: a world whose agents do nothing, scheduled exactly as
 * {@link org.rissim.model.RegionModel} schedules its phases (one repeating steppable per phase,
 * the states as a {@link RandomSequence}, an observer last), so that a run of the model can be
 * compared with the cost of stepping the schedule alone.
 */
public final class EngineFloor extends SimState {
  private static final long serialVersionUID = 1L;
  /** Phases scheduled around the states: crises; bodies, recognition, beliefs, founding, global; observer. */
  private static final int[] PHASE_ORDERS = {0, 2, 3, 4, 5, 6, 7};

  private final int agents;

  /** A floor world of {@code agents} no-op agents, seeded. */
  public EngineFloor(int agents, long seed) {
    super(seed);
    this.agents = agents;
  }

  @Override
  public void start() {
    super.start();
    Steppable nothing = s -> { };
    Steppable[] states = new Steppable[agents];
    for (int i = 0; i < agents; i++) {
      states[i] = s -> { };
    }
    for (int order : PHASE_ORDERS) {
      schedule.scheduleRepeating(Schedule.EPOCH, order, nothing, 1.0);
    }
    schedule.scheduleRepeating(Schedule.EPOCH, 1, new RandomSequence(states), 1.0);
  }

  /** Builds, steps {@code months} times and finishes a floor world; returns the wall time in ns. */
  public static long time(int agents, int months, long seed) {
    long t0 = System.nanoTime();
    EngineFloor world = new EngineFloor(agents, seed);
    world.start();
    for (int i = 0; i < months; i++) {
      world.schedule.step(world);
    }
    world.finish();
    return System.nanoTime() - t0;
  }
}
