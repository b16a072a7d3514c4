package org.rissim.scenario;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Crises: random ones by type (Poisson per regional host and month) and scripted ones.
 *
 * @param types    crisis types by id
 * @param scripted crises of the historical timeline
 */
public record CrisisSpec(Map<String, CrisisType> types, List<ScriptedCrisis> scripted) {
  public CrisisSpec {
    types = Map.copyOf(types);
    scripted = List.copyOf(scripted);
  }

  /**
   * A crisis type: an opportunity type of the institution.
   *
   * @param rate          expected crises per regional host per month (Poisson), >= 0
   * @param intensity     initial intensity in (0,1]
   * @param decay         monthly decay of intensity under an operation, [0,1]
   * @param selfDecay     monthly decay of intensity without any operation, [0,1]
   * @param frozenAfter   months after which an unresolved interposition freezes the conflict
   * @param escalation    monthly escalation hazard per unit of force beyond self-defence, [0,1]
   * @param internal      parties are the government and a non-state side (unrest, civil war,
   *                      separatism) rather than two states
   * @param governmentInvites the host government asks for help (host-only consent available)
   * @param responders    who may answer (default: the states with the host in their sphere)
   * @param priority      the order in which responders decide, higher first (default
   *                      {@code power * (1 + abs(align))}, {@link #DEFAULT_PRIORITY})
   * @param every         months between offers of an open, unanswered opportunity (default 12)
   * @param hosts         per-host multipliers of {@code rate} (absent host: 1)
   * @param fieldedBy     bodies that may field an act themselves when no state answered, in
   *                      the order they are asked (default none)
   */
  public record CrisisType(double rate, double intensity, double decay, double selfDecay,
      int frozenAfter, double escalation, boolean internal, boolean governmentInvites,
      Responders responders, Optional<Expression> priority, int every, Map<String, Double> hosts,
      List<String> fieldedBy) {
    /** Copies the collections and checks each number against the range the binder checks. */
    public CrisisType {
      hosts = Map.copyOf(hosts);
      fieldedBy = List.copyOf(fieldedBy);
      Range.NON_NEGATIVE.check("CrisisType.rate", rate);
      Range.OPEN_UNIT.check("CrisisType.intensity", intensity);
      Range.UNIT.check("CrisisType.decay", decay);
      Range.UNIT.check("CrisisType.selfDecay", selfDecay);
      Range.atLeast("CrisisType.frozenAfter", frozenAfter, 0);
      Range.UNIT.check("CrisisType.escalation", escalation);
      Range.atLeast("CrisisType.every", every, 1);
      Range.NON_NEGATIVE.checkValues("CrisisType.hosts", hosts);
    }

    /** A type with today's defaults for who answers, in what order, how often and where. */
    public CrisisType(double rate, double intensity, double decay, double selfDecay,
        int frozenAfter, double escalation, boolean internal, boolean governmentInvites) {
      this(rate, intensity, decay, selfDecay, frozenAfter, escalation, internal,
          governmentInvites, Responders.SPHERE, Optional.empty(), DEFAULT_EVERY, Map.of(),
          List.of());
    }

    /** The multiplier of {@code rate} in this host (1 when the type names none). */
    public double hostMultiplier(String host) {
      return hosts.getOrDefault(host, 1.0);
    }
  }

  /** The default months between offers of an open, unanswered opportunity. */
  public static final int DEFAULT_EVERY = 12;

  /** The default priority, written as an expression (the model computes it directly). */
  public static final String DEFAULT_PRIORITY = "power * (1 + abs(align))";

  /** The variables a {@code priority} expression may read (docs/SCENARIOS.md). */
  public static final List<String> PRIORITY_VARIABLES = List.of("power", "align", "status",
      "interested", "member", "hostPower", "intensity");

  /**
   * Who may answer an opportunity.
   *
   * @param kind who
   * @param body the body whose members answer, for {@link Kind#MEMBERS} (else null)
   */
  public record Responders(Kind kind, String body) {
    /** The states with the host in their sphere. */
    public static final Responders SPHERE = new Responders(Kind.SPHERE, null);

    /** The kinds of responders. */
    public enum Kind {
      /** States with the host in their {@code sphere} (the default). */
      SPHERE,
      /** The members of a body in that month (dated memberships apply). */
      MEMBERS,
      /** The regional states. */
      REGION,
      /** Every state. */
      ALL
    }
  }

  /**
   * A scripted crisis.
   *
   * @param id        identifier
   * @param label     text for charts and events
   * @param host      host state id (the territory)
   * @param opponent  the other state party in an interstate crisis, if any
   * @param type      crisis type id
   * @param start     month it breaks out
   * @param intensity overrides the type's initial intensity, if present
   */
  public record ScriptedCrisis(String id, String label, String host, Optional<String> opponent,
      String type, YearMonth start, Optional<Double> intensity) {
    /** Checks the intensity, when given, against the range the binder checks. */
    public ScriptedCrisis {
      intensity.ifPresent(v -> Range.OPEN_UNIT.check("ScriptedCrisis[" + id + "].intensity", v));
    }
  }
}
