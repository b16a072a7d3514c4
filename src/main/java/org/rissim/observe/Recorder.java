package org.rissim.observe;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import org.rissim.model.Operation;
import org.rissim.model.RegionModel;
import org.rissim.model.SecondaryInstitution;
import org.rissim.model.StateAgent;
import org.rissim.model.event.ModelEvent;
import org.rissim.model.mechanism.GlobalLevel;
import org.rissim.model.mechanism.RecognitionVote;
import org.rissim.scenario.BodySpec;
import org.rissim.scenario.PracticeSpec;
import org.rissim.scenario.RunOutputs;
import org.rissim.scenario.Scenario;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The observer: scheduled after every mechanism, it records one row of the time series each
 * month (docs/OUTPUTS.md) and collects every event the model emits, which it counts for the
 * month's act columns and writes as event-log lines ({@link EventFormat}) when asked. It reads
 * the model and changes nothing in it. {@link #start} and {@link #attachTo} are the one way a
 * model and its recorder are wired.
 */
public final class Recorder implements Steppable {
  private static final long serialVersionUID = 1L;

  private final RegionModel model;
  private final TimeSeries series;
  private final EventFormat format;
  /** The events received, with their month; written as lines only when asked. */
  private final List<Dated> received = new ArrayList<>();
  private final List<Event> lines = new ArrayList<>();
  private final List<Consumer<Event>> followers = new ArrayList<>();
  private final MonthCounts counts = new MonthCounts();
  private final List<String> practices = new ArrayList<>();
  private final StateTable states;
  /** The states of each mean beside r: unweighted, without the hegemon, then each group. */
  private final List<List<StateAgent>> means = new ArrayList<>();
  /** Whether each mean is weighted like r (power^a status^b) or unweighted. */
  private final List<Boolean> weighted = new ArrayList<>();

  /** An event as received: the model's record and the month it happened. */
  private record Dated(int tick, YearMonth month, ModelEvent event) {}

  private Recorder(RegionModel m) {
    model = m;
    format = new EventFormat(m.scenario().institution());
    for (PracticeSpec p : m.institution().practices()) {
      practices.add(p.id());
    }
    List<String> ids = new ArrayList<>();
    m.states().forEach(s -> ids.add(s.id()));
    states = new StateTable(ids, practices);
    // The means beside r, in the order of their column families (RunOutputs.columns).
    means.add(m.regionalStates());
    weighted.add(false);
    StateAgent hegemon = m.scenario().hegemon().map(m::state).orElse(null);
    if (hegemon != null) {
      means.add(m.regionalStates().stream().filter(s -> s != hegemon).toList());
      weighted.add(true);
    }
    for (var group : m.scenario().groups().entrySet()) {
      means.add(group.getValue().stream().map(m::state).toList());
      weighted.add(false);
    }
    List<String> columns = RunOutputs.columns(m.scenario());
    series = new TimeSeries(columns);
  }

  /**
   * A model of the scenario with this seed, started, with a recorder attached: a run ready to be
   * stepped month by month ({@link #model()}).
   */
  public static Recorder start(Scenario scenario, long seed) {
    RegionModel m = new RegionModel(scenario, seed);
    m.start();
    return attachTo(m);
  }

  /**
   * A recorder for a started model: it listens to the model's events and records each month
   * after all mechanisms (the GUI, whose console starts the model, attaches one this way).
   */
  public static Recorder attachTo(RegionModel m) {
    Recorder r = new Recorder(m);
    m.addEventListener(r::receive);
    m.schedule.scheduleRepeating(sim.engine.Schedule.EPOCH, RegionModel.ORDER_OBSERVERS, r, 1.0);
    return r;
  }

  /** The model recorded. */
  public RegionModel model() {
    return model;
  }

  /** Hands every later event, as an event-log line, to {@code follower} as it happens. */
  public void follow(Consumer<Event> follower) {
    followers.add(follower);
  }

  private void receive(ModelEvent e) {
    counts.count(e);
    Dated d = new Dated(model.tick(), model.month(), e);
    received.add(d);
    if (!followers.isEmpty()) {
      Event line = line(d);
      followers.forEach(f -> f.accept(line));
    }
  }

  private Event line(Dated d) {
    return format.line(d.tick(), d.month(), d.event());
  }

  /** An event-log line for an event of month {@code month} that the model did not emit. */
  public Event line(int tick, YearMonth month, ModelEvent e) {
    return format.line(tick, month, e);
  }

  @Override
  public void step(SimState state) {
    RegionModel m = (RegionModel) state;
    double[] row = new double[series.columns().size()];
    int c = 0;
    double[] r = m.regional();
    double[] g = m.institution().global();
    for (int p = 0; p < r.length; p++) {
      row[c++] = r[p];
    }
    for (int p = 0; p < g.length; p++) {
      row[c++] = g[p];
    }
    for (int p = 0; p < g.length; p++) {
      row[c++] = g[p] - r[p];
    }
    for (int k = 0; k < means.size(); k++) {
      double[] mean = mean(m, means.get(k), weighted.get(k));
      for (int p = 0; p < mean.length; p++) {
        row[c++] = mean[p];
      }
    }
    row[c++] = m.institution().principleAcceptance();
    row[c++] = m.classification().code();
    for (SecondaryInstitution b : m.bodies()) {
      if (b.exists()) {
        row[c++] = b.members().size();
        row[c++] = b.legitimacyGlobal();
        row[c++] = b.legitimacyRegional();
        row[c++] = RecognitionVote.level(m, b);
        row[c++] = b.cohesion();
        row[c++] = b.hypocrisy();
      } else {
        for (int k = 0; k < 6; k++) {
          row[c++] = Double.NaN;
        }
      }
    }
    int active = 0;
    for (Operation op : m.operations()) {
      if (op.active()) {
        active++;
      }
    }
    int crises = 0;
    for (var cr : m.crises()) {
      if (!cr.over()) {
        crises++;
      }
    }
    for (int v : counts.operations()) {
      row[c++] = v;
    }
    row[c++] = active;
    row[c++] = counts.discursiveActs();
    row[c++] = counts.recognitionVotes();
    row[c++] = crises;
    counts.reset();
    series.add(m.month(), m.classification(), row);
    recordStates(m);
  }

  /** The mean belief of {@code group}, weighted like r or not (NaN for an empty group). */
  private static double[] mean(RegionModel m, List<StateAgent> group, boolean weighted) {
    double[] out = new double[m.institution().practiceCount()];
    double total = 0;
    for (StateAgent s : group) {
      double w = weighted ? GlobalLevel.regionalWeight(m, s) : 1;
      total += w;
      for (int p = 0; p < out.length; p++) {
        out[p] += w * s.belief()[p];
      }
    }
    for (int p = 0; p < out.length; p++) {
      out[p] = total == 0 ? Double.NaN : out[p] / total;
    }
    return out;
  }

  private void recordStates(RegionModel m) {
    int n = practices.size();
    int v = StateTable.VALUES.size();
    double[] values = new double[m.states().size() * n * v];
    int c = 0;
    for (StateAgent s : m.states()) {
      double[] regional = s.stance(BodySpec.Level.REGIONAL);
      double[] global = s.stance(BodySpec.Level.GLOBAL);
      for (int p = 0; p < n; p++) {
        values[c++] = s.belief()[p];
        values[c++] = regional[p];
        values[c++] = global[p];
      }
    }
    states.add(m.month(), values);
  }

  /** Every state's belief and stances by month ({@code states.csv}). */
  public StateTable states() {
    return states;
  }

  /** The recorded series. */
  public TimeSeries series() {
    return series;
  }

  /** The recorded events as event-log lines, in order (unmodifiable). */
  public List<Event> events() {
    for (int i = lines.size(); i < received.size(); i++) {
      lines.add(line(received.get(i)));
    }
    return Collections.unmodifiableList(lines);
  }
}
