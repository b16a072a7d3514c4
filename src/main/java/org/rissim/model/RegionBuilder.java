package org.rissim.model;

import org.rissim.model.mechanism.BeliefUpdate;
import org.rissim.model.mechanism.BodyLife;
import org.rissim.model.mechanism.CrisisDynamics;
import org.rissim.model.mechanism.Founding;
import org.rissim.model.mechanism.GlobalLevel;
import org.rissim.model.mechanism.RecognitionVote;
import org.rissim.model.mechanism.Stance;
import org.rissim.scenario.BodySpec;
import org.rissim.scenario.StateSpec;
import org.rissim.scenario.Strategy;
import sim.engine.RandomSequence;
import sim.engine.Schedule;
import sim.engine.Steppable;

/**
 * Builds a {@link RegionModel} from its scenario as the model starts: the states (profiles,
 * strategy mixes, spheres, alignments), the scripted and foundable bodies with their members,
 * affinities and satisfactions, and the monthly phases on the schedule.
 */
final class RegionBuilder {
  private RegionBuilder() {}

  /** Creates the states and bodies of the model's scenario, in scenario order. */
  static void build(RegionModel model) {
    int bodySlots = model.scenario().bodies().size() + model.scenario().founding().ids().size();
    for (StateSpec spec : model.scenario().states()) {
      double[] intentions = model.profile(spec.intentions());
      double[] belief = model.profile(spec.belief());
      double[] mix = new double[Strategy.values().length];
      var m = spec.strategyMix();
      for (Strategy s : Strategy.MIX) {
        mix[s.ordinal()] = m.weight(s);
      }
      StateAgent agent = new StateAgent(model.states().size(), spec, intentions,
          model.profile(spec.global().intentions()), belief, mix, bodySlots);
      model.addState(agent);
    }
    for (StateAgent a : model.states()) {
      for (String host : a.spec().sphere()) {
        a.addToSphere(model.state(host));
      }
      for (var e : a.spec().alignment().entrySet()) {
        StateAgent other = model.state(e.getKey());
        if (other != null) {
          a.setAlignment(other, e.getValue());
        }
      }
    }
    for (BodySpec spec : model.scenario().bodies()) {
      SecondaryInstitution body = new SecondaryInstitution(model.bodies().size(), spec.id(),
          spec.name(), spec.level(), model.profile(spec.charter()), spec.decisionRule(),
          spec.capability(), spec.canOperate(), spec.endorses(), false, spec.legitimacyGlobal(),
          spec.legitimacyRegional());
      model.register(body);
      for (String id : spec.members()) {
        if (spec.activeIn(id, model.scenario().start())) {
          body.addMember(model.state(id));
        }
      }
      spec.leader().map(model::state).ifPresent(body::setLeader);
      for (String rung : spec.recognition()) {
        body.grant(rung);
      }
      if (!spec.founded().isAfter(model.scenario().start())) {
        body.found(spec.founded());
      }
      if (spec.level() == BodySpec.Level.GLOBAL
          && spec.id().equals(model.scenario().recognition().body())) {
        model.setGlobalBody(body);
      }
    }
    var f = model.scenario().founding();
    for (String id : f.ids()) {
      var t = f.template(id);
      SecondaryInstitution body = new SecondaryInstitution(model.bodies().size(), id, id,
          BodySpec.Level.REGIONAL, model.profile(t.charter()), t.decisionRule(), t.capability(),
          true, false, true, 0.5, 0.5);
      model.register(body);
    }
    for (StateAgent a : model.states()) {
      for (var e : a.spec().affinity().entrySet()) {
        SecondaryInstitution b = model.body(e.getKey());
        if (b != null) {
          a.setAffinity(b, e.getValue());
        }
      }
      a.setResources(0);
    }
    for (SecondaryInstitution b : model.bodies()) {
      for (StateAgent m : b.members()) {
        m.setSatisfaction(b, 0.5 + 0.5 * Math.max(0, m.affinity(b)));
      }
    }
    for (StateAgent a : model.states()) {
      Stance.refresh(a);
    }
    GlobalLevel.refresh(model);
  }

  /** Puts the monthly phases on the model's schedule, in the order of {@link RegionModel}. */
  static void schedule(RegionModel model) {
    model.schedule.scheduleRepeating(Schedule.EPOCH, RegionModel.ORDER_CRISES,
        (Steppable) s -> CrisisDynamics.step(model), 1.0);
    model.schedule.scheduleRepeating(Schedule.EPOCH, RegionModel.ORDER_STATES,
        new RandomSequence(model.states().toArray(new Steppable[0])), 1.0);
    model.schedule.scheduleRepeating(Schedule.EPOCH, RegionModel.ORDER_BODIES,
        (Steppable) s -> BodyLife.step(model), 1.0);
    model.schedule.scheduleRepeating(Schedule.EPOCH, RegionModel.ORDER_RECOGNITION,
        (Steppable) s -> RecognitionVote.step(model), 1.0);
    model.schedule.scheduleRepeating(Schedule.EPOCH, RegionModel.ORDER_BELIEFS,
        (Steppable) s -> BeliefUpdate.step(model), 1.0);
    model.schedule.scheduleRepeating(Schedule.EPOCH, RegionModel.ORDER_FOUNDING,
        (Steppable) s -> Founding.step(model), 1.0);
    model.schedule.scheduleRepeating(Schedule.EPOCH, RegionModel.ORDER_GLOBAL,
        (Steppable) s -> GlobalLevel.step(model), 1.0);
  }
}
