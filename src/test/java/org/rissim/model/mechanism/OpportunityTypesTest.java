package org.rissim.model.mechanism;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.BinomialDistribution;
import org.junit.jupiter.api.Test;
import org.rissim.model.Crisis;
import org.rissim.model.Operation;
import org.rissim.model.RegionModel;
import org.rissim.model.StateAgent;
import org.rissim.observe.Event;
import org.rissim.observe.EventFormat;
import org.rissim.scenario.ScenarioException;
import org.rissim.scenario.ScenarioLoader;

/**
 * Opportunity types as data (docs/SCENARIOS.md `crises`, docs/MODEL.md 4a and 6.3b): who
 * answers, in what order, how often, where opportunities arise, and bodies that field an act
 * themselves.
 */
class OpportunityTypesTest {
  static RegionModel world(long seed, String... overrides) {
    try {
      Path file = Path.of(OpportunityTypesTest.class.getResource("/model/opportunities.yaml")
          .toURI());
      RegionModel m = new RegionModel(ScenarioLoader.load(file, List.of(overrides)).scenario(),
          seed);
      m.start();
      return m;
    } catch (URISyntaxException | ScenarioException e) {
      throw new IllegalStateException(e);
    }
  }

  static RegionModel world(String... overrides) {
    return world(20240101L, overrides);
  }

  private static Crisis open(RegionModel m, String type, String host, String opponent) {
    return m.openCrisis("c-" + m.crises().size(), "c", type,
        m.scenario().crises().types().get(type), m.state(host),
        opponent == null ? null : m.state(opponent), true, 0.5);
  }

  private static void fund(RegionModel m, String... ids) {
    for (String id : ids) {
      m.state(id).setResources(10);
    }
  }

  @Test
  void aClubMemberOutsideAnySphereAnswersUntilItLeaves() {
    RegionModel m = world();
    assertFalse(m.state("B").inSphere(m.state("A")), "B does not have A in its sphere");
    Crisis c = open(m, "club", "A", null);
    assertEquals(List.of(m.state("B")), Opportunities.responders(m, c));
    fund(m, "B", "HEG");
    Opportunities.respond(m);
    assertNotNull(c.operation(), "B, the only responder, complies");
    assertSame(m.state("B"), c.operation().actor());

    // B leaves CLUB in 2000-06 (a dated membership): from then on nobody answers in A.
    while (m.month().isBefore(YearMonth.of(2000, 6))) {
      m.schedule.step(m);
    }
    m.schedule.step(m); // the month of leaving has run
    Crisis d = open(m, "club", "A", null);
    assertTrue(Opportunities.responders(m, d).isEmpty(), "B has left CLUB");
    fund(m, "B", "HEG");
    Opportunities.respond(m);
    assertNull(d.operation(), "HEG has A in its sphere but is no responder of this type");
  }

  @Test
  void theDefaultPriorityPutsTheLeadNationFirstAndACustomOneTheWeakestState() {
    RegionModel lead = world();
    Crisis c = open(lead, "region", "A", null);
    fund(lead, "HEG", "B", "C");
    Opportunities.respond(lead);
    // power (1 + |align|): HEG 10 * 1.5 = 15, B 1, C 0.5; everyone complies when asked.
    assertSame(lead.state("HEG"), c.operation().actor());

    RegionModel weak = world("crises.types.region.priority=-power");
    Crisis d = open(weak, "region", "A", null);
    fund(weak, "HEG", "B", "C");
    Opportunities.respond(weak);
    assertSame(weak.state("C"), d.operation().actor(), "C has the least power: -0.5 is highest");
    assertEquals(-0.5, Opportunities.priority(weak, d.type(), weak.state("C"), d), 1e-12);
  }

  @Test
  void thePriorityExpressionReadsTheDocumentedVariables() {
    RegionModel m = world("crises.types.region.priority=power + 10 * align + 100 * interested"
        + " + 1000 * member + 10000 * status + hostPower * intensity");
    Crisis c = open(m, "region", "A", null);
    StateAgent heg = m.state("HEG");
    double status = heg.spec().status();
    // HEG: power 10, align 0.5, A in its sphere, shares no regional body with A; host power 1,
    // intensity 0.5.
    assertEquals(10 + 5 + 100 + 0 + 10000 * status + 0.5,
        Opportunities.priority(m, c.type(), heg, c), 1e-9);
    // B shares CLUB with A (before it leaves), has no sphere and no alignment.
    assertEquals(1 + 1000 + 10000 * m.state("B").spec().status() + 0.5,
        Opportunities.priority(m, c.type(), m.state("B"), c), 1e-9);
  }

  @Test
  void anOpenUnansweredOpportunityIsOfferedEveryNMonths() {
    RegionModel m = world("crises.types.unrest.every=3");
    Crisis c = open(m, "unrest", "A", null);
    java.util.Set<Integer> offered = new java.util.TreeSet<>();
    while (m.tick() < 10) {
      if (m.crisesOnAnniversary().contains(c)) {
        offered.add(m.tick());
      }
      m.schedule.step(m);
    }
    assertEquals(List.of(0, 3, 6, 9), new ArrayList<>(offered));
  }

  /** Outbreaks per host over the run, with these overrides, summed over seeds. */
  private static int[] outbreaks(int seeds, String... overrides) {
    int[] counts = new int[4];
    List<String> hosts = List.of("HEG", "A", "B", "C");
    for (int s = 0; s < seeds; s++) {
      RegionModel m = world(1000 + s, overrides);
      // The world declares no vocabulary: events carry the neutral names (docs/OUTPUTS.md).
      m.addEventListener(EventFormat.listener(m, e -> {
        if (e.type().equals("opportunity")) {
          counts[hosts.indexOf((String) e.fields().get("host"))]++;
        }
      }));
      while (m.schedule.getSteps() < 240) {
        m.schedule.step(m);
      }
    }
    return counts;
  }

  @Test
  void hostMultipliersScaleTheOutbreakRateInExpectation() {
    int seeds = 4;
    int trials = 240 * seeds; // months times seeds: one Bernoulli draw per host and month
    double rate = 0.05;
    int[] with = outbreaks(seeds, "crises.types.unrest.rate=0.05",
        "crises.types.unrest.hosts={A: 4, B: 0}");
    int[] without = outbreaks(seeds, "crises.types.unrest.rate=0.05");
    // Each count is Binomial(trials, p); accept the central 99.9% of its distribution.
    assertWithin(with[1], trials, 4 * rate, "A at 4 x rate");
    assertEquals(0, with[2], "B at 0 x rate never has an outbreak");
    assertWithin(with[0], trials, rate, "HEG at the base rate");
    assertWithin(without[1], trials, rate, "A without multipliers");
    assertWithin(without[2], trials, rate, "B without multipliers");
  }

  private static void assertWithin(int count, int trials, double p, String what) {
    BinomialDistribution b = new BinomialDistribution(trials, p);
    int lo = b.inverseCumulativeProbability(0.0005);
    int hi = b.inverseCumulativeProbability(0.9995);
    assertTrue(count >= lo && count <= hi, what + ": " + count + " outside [" + lo + ", " + hi
        + "] (Binomial(" + trials + ", " + p + "))");
  }

  /**
   * Members who back a UN act in A: every state aligned with A (interest 10 x 1 makes each
   * member's support at least 10, so P(object) = logistic(-x - 2) < 1e-5), and contributions
   * certain (contributionCost -20).
   */
  private static final String[] WILLING = {"states.HEG.alignment={A: 1}",
    "states.B.alignment={A: 1}", "states.C.alignment={A: 1}", "states.WEST.alignment={A: 1}",
    "parameters.bodies.interest=10", "parameters.choice.contributionCost=-20"};

  private static String[] with(String[] base, String... more) {
    List<String> all = new ArrayList<>(List.of(base));
    all.addAll(List.of(more));
    return all.toArray(new String[0]);
  }

  @Test
  void theGlobalBodyFieldsAnActWhenNoStateAnswersAndNotWithoutFieldedBy() {
    // Nobody can pay at the start (resources 0), so no state launches; WEST alone can pay.
    RegionModel on = world(with(WILLING, "crises.types.unrest.fieldedBy=[UN]"));
    List<Event> events = new ArrayList<>();
    on.addEventListener(EventFormat.listener(on, events::add));
    Crisis c = open(on, "unrest", "A", null);
    on.state("WEST").setResources(10);
    Opportunities.respond(on);
    Operation op = c.operation();
    assertNotNull(op, "the UN fields an act");
    assertSame(on.globalBody(), op.body());
    assertSame(on.globalBody(), op.fieldedBy());
    assertSame(on.state("WEST"), op.actor(), "the lead contributor: the only one that can pay");
    assertNull(op.observedActor(), "observers see the body's act, no state's");
    assertEquals("all-parties", op.features()[0], "a conforming act");
    assertTrue(op.conforms(on.institution().global(), OperationModel.CONFORMING));
    Event e = events.stream().filter(x -> x.type().equals("act")).findFirst()
        .orElseThrow();
    assertEquals("UN", e.fields().get("mandate"));
    assertEquals("UN", e.fields().get("body"));
    assertEquals("WEST", e.fields().get("actor"));
    assertEquals("comply", e.fields().get("strategy"));
    assertEquals(1, on.actsThisMonth().stream().filter(a -> a.operation() == op
        && a.actor() == null).count(), "the act enters beliefs with no state author");

    RegionModel off = world(WILLING);
    Crisis d = open(off, "unrest", "A", null);
    off.state("WEST").setResources(10);
    Opportunities.respond(off);
    assertNull(d.operation(), "ablation: without fieldedBy no body acts");
  }

  @Test
  void interestedMembersDoNotContributeAndAVetoHolderOpposedBlocks() {
    RegionModel m = world(with(WILLING, "crises.types.unrest.fieldedBy=[UN]",
        "bodies.UN.decisionRule=majority"));
    Crisis c = open(m, "unrest", "A", null);
    fund(m, "HEG", "B", "C", "WEST");
    // HEG has A in its sphere: it may vote but never contributes.
    assertFalse(BodyFielding.disinterested(m.state("HEG"), c));
    assertFalse(BodyFielding.disinterested(m.state("A"), c));
    Operation op = BodyFielding.field(m, c);
    assertNotNull(op);
    assertFalse(op.contributors().contains(m.state("HEG")));
    assertFalse(op.contributors().contains(m.state("A")));

    // WEST, a veto holder, is the opponent (it always objects): blocked under majority.
    RegionModel v = world(with(WILLING, "crises.types.unrest.fieldedBy=[UN]",
        "bodies.UN.decisionRule=majority"));
    Crisis d = open(v, "unrest", "A", "WEST");
    BodyFielding.Decision veto = BodyFielding.decide(v, v.globalBody(), d);
    assertEquals(List.of("WEST"), veto.vetoedBy());
    assertFalse(veto.passed());
    // B, no veto holder, as the opponent objects too, but the majority passes.
    Crisis e = open(v, "unrest", "A", "B");
    BodyFielding.Decision majority = BodyFielding.decide(v, v.globalBody(), e);
    assertEquals(List.of("B"), new ArrayList<>(majority.reasons().keySet()));
    assertTrue(majority.vetoedBy().isEmpty());
    assertTrue(majority.passed(), "yes share " + majority.share());
  }

  @Test
  void aMembersSupportForFieldingFollowsItsEquation() {
    RegionModel m = world("parameters.bodies.interest=1.5", "parameters.bodies.burden=2.0",
        "parameters.bodies.scope=3.0", "states.B.alignment={A: 0.4, C: 0.25}");
    Crisis c = open(m, "unrest", "A", "C");
    var un = m.globalBody();
    // A welcomes the UN: regime insecurity 0.8 (its government invites) > welcome 0.3.
    assertTrue(BodyFielding.welcomed(m, un, c));
    double[] t = BodyFielding.support(m, un, m.state("B"), c);
    assertEquals(2 * 0.4, t[0], 1e-12, "alignment with the host, whose wish is a welcome");
    assertEquals(-2 * 0.25, t[1], 1e-12, "alignment with the opponent");
    assertEquals(1.5 * 0.4, t[2], 1e-12, "interest: max(0, align(B, A))");
    assertEquals(-2.0 * 0.5, t[3], 1e-12, "burden: intensity");
    assertEquals(-3.0 * Geometry.distance(m.institution().global(), un.charter()), t[4], 1e-12);
    assertEquals(0, t[5], 1e-12, "B is not the host");
    assertEquals(2 * m.state("B").affinity(un), t[6], 1e-12);
    assertEquals(2, BodyFielding.support(m, un, m.state("A"), c)[5], 1e-12, "the host welcomes");

    RegionModel hostile = world("states.A.regimeInsecurity=0", "states.B.alignment={A: 0.4}");
    Crisis d = open(hostile, "unrest", "A", null);
    assertFalse(BodyFielding.welcomed(hostile, hostile.globalBody(), d));
    assertEquals(-2 * 0.4, BodyFielding.support(hostile, hostile.globalBody(),
        hostile.state("B"), d)[0], 1e-12, "a friend of an unwilling host opposes");
    assertEquals(-2, BodyFielding.support(hostile, hostile.globalBody(), hostile.state("A"),
        d)[5], 1e-12);
  }

  @Test
  void aBodysOwnActHasNoAlignmentOrCriticismTermInLegitimacy() {
    RegionModel m = world("states.B.alignment={WEST: 0.7}");
    Crisis c = open(m, "unrest", "A", null);
    StateAgent west = m.state("WEST");
    west.setCriticism(0.4);
    StateAgent b = m.state("B");
    double[] g = m.institution().global();
    org.rissim.model.Act byWest = new org.rissim.model.Act(west, m.globalBody(), g, 1, 0.5,
        c.host(), false, null);
    org.rissim.model.Act byBody = new org.rissim.model.Act(null, m.globalBody(), g, 1, 0.5,
        c.host(), false, null);
    var w = m.parameters().legitimacy();
    double withActor = Legitimacy.granted(m, b, byWest);
    double logit = Math.log(withActor / (1 - withActor));
    double expected = Geometry.logistic(logit - w.alignment() * 0.7
        + w.criticism() * m.parameters().counterContestation() * 0.4);
    assertEquals(expected, Legitimacy.granted(m, b, byBody), 1e-9);
    assertTrue(Legitimacy.granted(m, b, byBody) < withActor, "B's alignment with WEST no longer"
        + " counts (0.7 x alignment > 0.4 x criticism at the defaults)");
  }
}
