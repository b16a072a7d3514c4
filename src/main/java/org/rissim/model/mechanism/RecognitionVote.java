package org.rissim.model.mechanism;

import java.util.ArrayList;
import java.util.List;
import org.rissim.model.Operation;
import org.rissim.model.RegionModel;
import org.rissim.model.SecondaryInstitution;
import org.rissim.model.StateAgent;
import org.rissim.model.event.RecognitionVoteEvent;
import org.rissim.scenario.RecognitionSpec;

/**
 * Recognition-building (Hadano 2024, sections 1 and 5: observer status, cooperation resolutions,
 * mandates, Chapter VIII status). A leader proposes the lowest rung its body does not hold whose
 * requirements it holds; the global body's members vote in the session month, each vote yes with
 * probability {@code logistic(base + alignment * align(j, leader) + record * record_k +
 * affinity * aff(j, body) - counter * c * criticism(leader) - difficulty)}; a bloc casts its votes
 * as independent draws; a veto holder's single no blocks a rung marked {@code veto}. The record
 * {@code record_k} is {@code 1 - hypocrisy} once the body has fielded an operation, else 0.
 */
public final class RecognitionVote {
  private RecognitionVote() {}

  /**
   * A proposal to climb one rung.
   *
   * @param body      the body seeking recognition
   * @param rung      the rung
   * @param proposer  the proposing state
   * @param operation the operation a per-operation rung would mandate, or null
   */
  public record Proposal(SecondaryInstitution body, RecognitionSpec.Rung rung,
      StateAgent proposer, Operation operation) {}

  /** Recognition level of a body: 1 + index of the highest rung held, 0 for none. */
  public static int level(RegionModel m, SecondaryInstitution b) {
    List<RecognitionSpec.Rung> rungs = m.scenario().recognition().rungs();
    int level = 0;
    for (int i = 0; i < rungs.size(); i++) {
      if (b.rungs().contains(rungs.get(i).id())) {
        level = i + 1;
      }
    }
    return level;
  }

  /** Recognition level as a share of the ladder, [0,1]. */
  public static double share(RegionModel m, SecondaryInstitution b) {
    int n = m.scenario().recognition().rungs().size();
    return n == 0 ? 0 : (double) level(m, b) / n;
  }

  /** The proposal the state would make for a body it leads, or null. */
  public static Proposal nextProposal(RegionModel m, StateAgent s) {
    List<SecondaryInstitution> led = new ArrayList<>();
    for (SecondaryInstitution b : m.bodies()) {
      if (OperationModel.regionalBody(b) && b.leader() == s) {
        led.add(b);
      }
    }
    // The leader champions the body it likes best (after a founding, the new one).
    led.sort((a, b) -> Double.compare(s.affinity(b), s.affinity(a)));
    for (SecondaryInstitution b : led) {
      for (RecognitionSpec.Rung r : m.scenario().recognition().rungs()) {
        if (b.rungs().contains(r.id()) || !b.rungs().containsAll(r.requires())) {
          continue;
        }
        if (r.perOperation()) {
          Operation op = activeOperation(m, b);
          if (op == null) {
            continue;
          }
          return new Proposal(b, r, s, op);
        }
        return new Proposal(b, r, s, null);
      }
    }
    return null;
  }

  private static Operation activeOperation(RegionModel m, SecondaryInstitution b) {
    for (Operation op : m.operations()) {
      if (op.active() && op.body() == b && !op.mandated()) {
        return op;
      }
    }
    return null;
  }

  /**
   * The body's record against its charter, [0,1]: {@code 1 - hypocrisy} once it has fielded an
   * operation, 0 before (no record, no record credit).
   */
  public static double record(SecondaryInstitution b) {
    return b.operationCount() == 0 ? 0 : 1 - b.hypocrisy();
  }

  /** Holds this month's votes, in the order proposed. */
  public static void step(RegionModel m) {
    for (Proposal p : m.proposals()) {
      vote(m, p);
    }
    m.proposals().clear();
  }

  /** Holds one vote and applies its result. */
  static void vote(RegionModel m, Proposal p) {
    RecognitionSpec.VoteWeights w = m.scenario().recognition().vote();
    double cc = m.parameters().counterContestation();
    SecondaryInstitution b = p.body();
    long yes = 0;
    long no = 0;
    List<String> vetoedBy = new ArrayList<>();
    for (StateAgent j : m.states()) {
      int votes = j.votes();
      if (votes <= 0 || (m.globalBody() != null && !m.globalBody().hasMember(j))) {
        continue;
      }
      double x = w.base() + w.alignment() * j.alignment(b.leader())
          + w.record() * record(b) + w.affinity() * j.affinity(b)
          - w.counter() * cc * b.leader().criticism() - p.rung().difficulty();
      if (b.hasMember(j)) {
        x += 2; // members back their own body's claim
      }
      double prob = Geometry.logistic(x);
      if (j.spec().veto() && p.rung().veto()) {
        if (m.random.nextDouble() >= prob) {
          vetoedBy.add(j.id());
          no += votes;
        } else {
          yes += votes;
        }
        continue;
      }
      for (int v = 0; v < votes; v++) {
        if (m.random.nextDouble() < prob) {
          yes++;
        } else {
          no++;
        }
      }
    }
    double share = yes + no == 0 ? 0 : (double) yes / (yes + no);
    boolean passed = share >= p.rung().quota() && vetoedBy.isEmpty();
    if (passed) {
      if (p.rung().perOperation()) {
        p.operation().mandate();
        b.grant(p.rung().id());
      } else {
        b.grant(p.rung().id());
      }
      b.setLegitimacy(b.legitimacyGlobal() + 0.3 * (1 - b.legitimacyGlobal()),
          b.legitimacyRegional() + 0.1 * (1 - b.legitimacyRegional()));
    }
    m.emit(new RecognitionVoteEvent(b.id(), p.rung().id(), p.proposer().id(), yes, no, share,
        vetoedBy, passed, p.operation() == null ? null : p.operation().id()));
  }
}
