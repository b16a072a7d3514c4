package org.rissim.gui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rissim.model.Operation;
import org.rissim.model.RegionModel;
import org.rissim.model.SecondaryInstitution;
import org.rissim.model.StateAgent;
import org.rissim.scenario.BodySpec;
import sim.field.continuous.Continuous2D;
import sim.field.network.Network;
import sim.util.Double2D;

/**
 * The region as fields MASON can draw: positions of states and existing bodies in a
 * {@link Continuous2D}, body-to-member edges and active operations (acting state or body to
 * host) in two {@link Network}s, brought up to date by {@link #sync()} each month.
 */
public final class RegionField {
  private final RegionModel model;
  private final Continuous2D positions = new Continuous2D(RegionLayout.SIDE / 10,
      RegionLayout.SIDE, RegionLayout.SIDE);
  private final Network memberships = new Network(false);
  private final Network operations = new Network(true);
  private final List<StateView> states = new ArrayList<>();
  private final List<BodyView> bodies = new ArrayList<>();
  private final Map<StateAgent, StateView> stateViews = new HashMap<>();
  private final Map<SecondaryInstitution, BodyView> bodyViews = new HashMap<>();
  private final List<Double2D> bodyPlaces;
  private double maxPower;

  /** Fields for a started model; the views read the practice to show from the parameters. */
  public RegionField(RegionModel model, ExplorerParameters parameters) {
    this.model = model;
    List<Boolean> regional = new ArrayList<>();
    for (StateAgent a : model.states()) {
      StateView v = new StateView(model, a, parameters);
      states.add(v);
      stateViews.put(a, v);
      regional.add(a.spec().regional());
      maxPower = Math.max(maxPower, a.power());
    }
    List<Double2D> statePlaces = RegionLayout.states(regional);
    for (int i = 0; i < states.size(); i++) {
      positions.setObjectLocation(states.get(i), statePlaces.get(i));
    }
    List<Boolean> regionalBodies = new ArrayList<>();
    for (SecondaryInstitution b : model.bodies()) {
      BodyView v = new BodyView(model, b);
      bodies.add(v);
      bodyViews.put(b, v);
      regionalBodies.add(b.level() == BodySpec.Level.REGIONAL);
    }
    bodyPlaces = RegionLayout.bodies(regionalBodies);
    sync();
  }

  /** Brings bodies, membership edges and operation edges up to date with the model. */
  public void sync() {
    memberships.clear();
    operations.clear();
    for (StateView s : states) {
      memberships.addNode(s);
      operations.addNode(s);
    }
    for (int i = 0; i < bodies.size(); i++) {
      BodyView v = bodies.get(i);
      SecondaryInstitution b = v.body();
      if (!b.exists()) {
        positions.remove(v);
        continue;
      }
      positions.setObjectLocation(v, bodyPlaces.get(i));
      memberships.addNode(v);
      operations.addNode(v);
      for (StateAgent m : b.members()) {
        memberships.addEdge(v, stateViews.get(m), null);
      }
    }
    for (Operation op : model.operations()) {
      if (!op.active()) {
        continue;
      }
      Object from = op.body() != null && op.body().exists() ? bodyViews.get(op.body())
          : stateViews.get(op.actor());
      Object to = stateViews.get(op.crisis().host());
      if (from != null && to != null && from != to) {
        operations.addEdge(from, to, op.id());
      }
    }
  }

  /** Positions of states and existing bodies. */
  public Continuous2D positions() {
    return positions;
  }

  /** Edges from each existing body to its members. */
  public Network memberships() {
    return memberships;
  }

  /** Edges of active operations, from the acting body (or state alone) to the host. */
  public Network operations() {
    return operations;
  }

  /** Views of all states, in scenario order. */
  public List<StateView> states() {
    return states;
  }

  /** Views of all bodies (existing and foundable), in model order. */
  public List<BodyView> bodies() {
    return bodies;
  }

  /** The largest state power, to scale node sizes. */
  public double maxPower() {
    return maxPower;
  }
}
