package org.rissim.model;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.rissim.model.mechanism.Opportunities;
import org.rissim.model.mechanism.RecognitionVote;
import org.rissim.model.event.ModelEvent;
import org.rissim.scenario.BodySpec;
import org.rissim.scenario.InstitutionSpec;
import org.rissim.scenario.ModelParameters;
import org.rissim.scenario.PracticeSpec;
import org.rissim.scenario.Scenario;
import org.rissim.scenario.StateSpec;
import sim.engine.Schedule;
import sim.engine.SimState;

/**
 * The world: one region, its primary institution, states and secondary institutions, on MASON's
 * schedule with one tick a month. Each month runs, in this order: crisis dynamics, the states in
 * random order (each takes its opportunities), life inside bodies, recognition votes, the belief
 * update (synchronous), competitive secondary institutionalisation, the global level, and then
 * the observers. {@code random} (seeded) is the only source of randomness.
 */
public final class RegionModel extends SimState {
  private static final long serialVersionUID = 1L;

  /** Schedule orderings of the monthly phases. */
  public static final int ORDER_CRISES = 0;
  /** States take their opportunities. */
  public static final int ORDER_STATES = 1;
  /** Life inside bodies. */
  public static final int ORDER_BODIES = 2;
  /** Recognition votes at the global body. */
  public static final int ORDER_RECOGNITION = 3;
  /** Synchronous belief update. */
  public static final int ORDER_BELIEFS = 4;
  /** Frustration and founding. */
  public static final int ORDER_FOUNDING = 5;
  /** Global standard, principle, regional understanding, classification. */
  public static final int ORDER_GLOBAL = 6;
  /** Observers (recorders) run last. */
  public static final int ORDER_OBSERVERS = 7;

  private final transient Scenario scenario;
  private final ModelParameters parameters;
  private final PrimaryInstitution institution;
  private final List<StateAgent> states = new ArrayList<>();
  /** Per host index, the states with it in their sphere (built on first use). */
  private List<List<StateAgent>> responders;
  private final List<StateAgent> regionalStates = new ArrayList<>();
  private final Map<StateAgent, Integer> regionalPositions = new HashMap<>();
  private final Map<String, StateAgent> statesById = new HashMap<>();
  private final List<SecondaryInstitution> bodies = new ArrayList<>();
  private final Map<String, SecondaryInstitution> bodiesById = new HashMap<>();
  private final List<Crisis> crises = new ArrayList<>();
  private final List<Operation> operations = new ArrayList<>();
  private final List<Act> actsThisMonth = new ArrayList<>();
  private final List<RecognitionVote.Proposal> proposals = new ArrayList<>();
  private final double[] regional;
  private final List<Consumer<ModelEvent>> eventListeners = new ArrayList<>();
  private SecondaryInstitution globalBody;
  private Classification classification = Classification.STABLE;
  private int nextFounding;
  private int operationSerial;
  private int crisisSerial;
  private double totalVotes;
  private transient YearMonth monthOfTick;
  private int monthTick = -1;
  private final List<Crisis> onAnniversary = new ArrayList<>();
  private int anniversaryTick = -1;

  /** A model of the scenario, seeded; call {@link #start()} before stepping. */
  public RegionModel(Scenario scenario, long seed) {
    super(seed);
    this.scenario = scenario;
    this.parameters = scenario.parameters();
    this.institution = new PrimaryInstitution(scenario.institution());
    this.regional = institution.global().clone();
  }

  @Override
  public void start() {
    super.start();
    RegionBuilder.build(this);
    RegionBuilder.schedule(this);
  }

  /** Adds a state while the world is built, in scenario order ({@link RegionBuilder}). */
  void addState(StateAgent agent) {
    StateSpec spec = agent.spec();
    states.add(agent);
    agent.joinRegion(states);
    statesById.put(spec.id(), agent);
    if (spec.regional()) {
      regionalPositions.put(agent, regionalStates.size());
      regionalStates.add(agent);
    }
    totalVotes += spec.votes();
  }

  /** Sets the global body where recognition is sought, while the world is built. */
  void setGlobalBody(SecondaryInstitution body) {
    globalBody = body;
  }

  /** Adds a body while the world is built, in column order ({@link RegionBuilder}). */
  void register(SecondaryInstitution body) {
    bodies.add(body);
    bodiesById.put(body.id(), body);
  }

  /** A practice profile from a map keyed by practice id; missing practices take g[p]. */
  public double[] profile(Map<String, Double> values) {
    List<PracticeSpec> ps = institution.practices();
    double[] out = new double[ps.size()];
    for (int p = 0; p < out.length; p++) {
      out[p] = values.getOrDefault(ps.get(p).id(), institution.global()[p]);
    }
    return out;
  }

  /** Opens a crisis this month (crisis dynamics emits its event). */
  public Crisis openCrisis(String id, String label, String typeId,
      org.rissim.scenario.CrisisSpec.CrisisType type, StateAgent host, StateAgent opponent,
      boolean scripted, double intensity) {
    Crisis c = new Crisis(id, label, typeId, type, host, opponent, scripted, tick(), intensity);
    crises.add(c);
    anniversaryTick = -1;
    return c;
  }

  /** Sets the acceptance of the constitutive principle (clamped to [0,1]). */
  public void setPrincipleAcceptance(double value) {
    institution.setPrincipleAcceptance(value);
  }

  /**
   * The states other than {@code host} that have it in their sphere, in the states' order; spheres
   * are fixed when the model is built, so the lists are made once, on first use.
   */
  public List<StateAgent> respondersOf(StateAgent host) {
    if (responders == null) {
      List<List<StateAgent>> byHost = new ArrayList<>();
      for (int h = 0; h < states.size(); h++) {
        byHost.add(new ArrayList<>());
      }
      for (StateAgent s : states) {
        for (String id : s.spec().sphere()) {
          StateAgent h = state(id);
          List<StateAgent> list = byHost.get(h.index());
          if (h != s && s.inSphere(h) && !list.contains(s)) {
            list.add(s);
          }
        }
      }
      // in the states' order, as a scan of all states would list them
      byHost.forEach(l -> l.sort(java.util.Comparator.comparingInt(StateAgent::index)));
      responders = byHost;
    }
    return responders.get(host.index());
  }

  /**
   * Applies the month's values of the states' dated series (power, status, votes): a state whose
   * series has an entry for this month takes its value; the bodies forget their cached member
   * power and the global body's vote total is summed again.
   */
  public void datedAttributes() {
    boolean changed = false;
    boolean votesChanged = false;
    for (StateAgent s : states) {
      StateSpec spec = s.spec();
      Double v = spec.powerSeries().get(month());
      if (v != null && v != s.power()) {
        s.setPower(v);
        changed = true;
      }
      Double st = spec.statusSeries().get(month());
      if (st != null) {
        s.setStatus(st);
      }
      Integer vo = spec.votesSeries().get(month());
      if (vo != null && vo != s.votes()) {
        s.setVotes(vo);
        votesChanged = true;
      }
    }
    if (votesChanged) {
      totalVotes = 0;
      for (StateAgent s : states) {
        totalVotes += s.votes();
      }
    }
    if (changed) {
      for (SecondaryInstitution b : bodies) {
        b.powerChanged();
      }
    }
  }

  void takeOpportunities(StateAgent state) {
    Opportunities.take(this, state);
  }

  // ---- accessors -------------------------------------------------------------------------

  /** The scenario this world was built from. */
  public Scenario scenario() {
    return scenario;
  }

  /** Model-wide parameters. */
  public ModelParameters parameters() {
    return parameters;
  }

  /** The primary institution. */
  public PrimaryInstitution institution() {
    return institution;
  }

  /** All states, in scenario order (unmodifiable). */
  public List<StateAgent> states() {
    return Collections.unmodifiableList(states);
  }

  /** The regional states, in scenario order (unmodifiable). */
  public List<StateAgent> regionalStates() {
    return Collections.unmodifiableList(regionalStates);
  }

  /** Position of a regional state in {@link #regionalStates()}. */
  public int regionalPosition(StateAgent s) {
    return regionalPositions.get(s);
  }

  /** A state by id, or null. */
  public StateAgent state(String id) {
    return statesById.get(id);
  }

  /** All bodies, existing and foundable, in column order (unmodifiable). */
  public List<SecondaryInstitution> bodies() {
    return Collections.unmodifiableList(bodies);
  }

  /** A body by id, or null. */
  public SecondaryInstitution body(String id) {
    return bodiesById.get(id);
  }

  /** The global body where recognition is sought, or null. */
  public SecondaryInstitution globalBody() {
    return globalBody;
  }

  /** Total votes at the global body. */
  public double totalVotes() {
    return totalVotes;
  }

  /** All crises so far (live list). */
  public List<Crisis> crises() {
    return crises;
  }

  /**
   * The crises whose age this month is a whole multiple of their type's {@code every} months (12
   * by default: a whole number of years; outbreak included), in the order of {@link #crises()}:
   * the only ones that can offer an opportunity this month. Computed once a
   * month instead of once per state (every state used to scan every crisis ever opened).
   */
  public List<Crisis> crisesOnAnniversary() {
    int t = tick();
    if (t != anniversaryTick) {
      onAnniversary.clear();
      for (Crisis c : crises) {
        if ((t - c.startTick()) % c.type().every() == 0) {
          onAnniversary.add(c);
        }
      }
      anniversaryTick = t;
    }
    return onAnniversary;
  }

  /** All operations so far (live list). */
  public List<Operation> operations() {
    return operations;
  }

  /** Acts observed this month (live list, cleared after the belief update). */
  public List<Act> actsThisMonth() {
    return actsThisMonth;
  }

  /** Recognition proposals waiting for this month's vote (live list). */
  public List<RecognitionVote.Proposal> proposals() {
    return proposals;
  }

  /** Regional understanding r[p] (live array). */
  public double[] regional() {
    return regional;
  }

  /** This month's classification: stable, change-in or change-of. */
  public Classification classification() {
    return classification;
  }

  /** Sets this month's classification. */
  public void setClassification(Classification c) {
    classification = c;
  }

  /** Current tick (month index from the start). */
  public int tick() {
    double t = schedule.getTime();
    return t < 0 || t == Schedule.AFTER_SIMULATION ? 0 : (int) t;
  }

  /** Calendar month of the current tick. */
  public YearMonth month() {
    int t = tick();
    // Asked by every state each month: computed once per tick (YearMonth is immutable).
    if (t != monthTick || monthOfTick == null) {
      monthOfTick = scenario.start().plusMonths(t);
      monthTick = t;
    }
    return monthOfTick;
  }

  /** The id the next endogenous founding will take, or null when the template is exhausted. */
  public SecondaryInstitution nextFoundable() {
    var ids = scenario.founding().ids();
    return nextFounding < ids.size() ? bodiesById.get(ids.get(nextFounding)) : null;
  }

  /** Marks the next foundable body as used. */
  public void consumeFoundable() {
    nextFounding++;
  }

  /** A fresh operation id: the vocabulary's act id prefix and a serial number. */
  public String nextOperationId() {
    return names().actId() + "-" + (++operationSerial);
  }

  /** A fresh id for a random crisis: the vocabulary's opportunity id prefix and a number. */
  public String nextCrisisId() {
    return names().opportunityId() + "-" + (++crisisSerial);
  }

  /** The institution's machine names, which events carry (docs/OUTPUTS.md, "Vocabulary"). */
  public InstitutionSpec.Names names() {
    return scenario.institution().vocabulary().names();
  }

  /** Adds a listener that sees every event as it happens (the recorder). */
  public void addEventListener(Consumer<ModelEvent> listener) {
    eventListeners.add(listener);
  }

  /**
   * Emits an event of this month to every listener, as it happens. Events carry canonical names
   * ({@code crisis}, {@code operation} ...); the observers map them to the institution's.
   */
  public void emit(ModelEvent event) {
    for (Consumer<ModelEvent> l : eventListeners) {
      l.accept(event);
    }
  }
}
