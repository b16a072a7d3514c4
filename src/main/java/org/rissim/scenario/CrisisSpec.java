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
   * A crisis type.
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
   */
  public record CrisisType(double rate, double intensity, double decay, double selfDecay,
      int frozenAfter, double escalation, boolean internal, boolean governmentInvites) {}

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
      String type, YearMonth start, Optional<Double> intensity) {}
}
