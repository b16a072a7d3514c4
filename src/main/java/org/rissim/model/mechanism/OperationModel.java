package org.rissim.model.mechanism;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.rissim.model.Act;
import org.rissim.model.Crisis;
import org.rissim.model.Operation;
import org.rissim.model.RegionModel;
import org.rissim.model.SecondaryInstitution;
import org.rissim.model.StateAgent;
import org.rissim.model.Strategy;
import org.rissim.scenario.BodySpec;
import org.rissim.scenario.PracticeSpec;

/**
 * Operations and discursive acts: the practice profile an operation enacts, its contributors and
 * multilaterality, its legitimacy before the two audiences, and endorsement votes by other bodies.
 * The forum and the acting body's decision are {@link BodyDecision}'s.
 */
public final class OperationModel {
  private OperationModel() {}

  /** Tolerance (mean absolute gap to g) under which an operation counts as conforming. */
  public static final double CONFORMING = 0.2;

  /**
   * How willing the host government is to receive the actor: its alignment toward the actor, plus
   * its regime insecurity when its government invites help, plus half its affinity to the body.
   */
  public static double hostDisposition(RegionModel m, StateAgent actor, Crisis c,
      SecondaryInstitution body) {
    StateAgent h = c.host();
    double d = h.alignment(actor);
    if (c.type().governmentInvites()) {
      d += h.regimeInsecurity();
    }
    if (body != null && body.hasMember(h)) {
      d += 0.5 * h.affinity(body);
    }
    return d;
  }

  /**
   * Launches an operation (after the body's decision when acting through one).
   *
   * @return false when the body declined
   */
  public static boolean launch(RegionModel m, StateAgent actor, Crisis crisis,
      SecondaryInstitution body, Strategy strategy) {
    boolean comply = strategy == Strategy.COMPLY;
    List<StateAgent> contributors = new ArrayList<>();
    contributors.add(actor);
    if (body != null && !comply) {
      BodyDecision.Decision decision = BodyDecision.decide(m, body, actor, crisis);
      if (!decision.passed()) {
        BodyDecision.refuse(m, body, actor, crisis, decision);
        return false;
      }
      List<StateAgent> yes = decision.supporters();
      for (StateAgent y : yes) {
        if (y != actor && y.power() > 0) {
          contributors.add(y);
        }
      }
    }
    double[] shares = new double[contributors.size()];
    double total = 0;
    for (int i = 0; i < shares.length; i++) {
      StateAgent c = contributors.get(i);
      shares[i] = c == actor ? c.power() : c.power() * (body == null ? 0 : body.capability());
      total += shares[i];
    }
    double interested = 0;
    double herfindahl = 0;
    for (int i = 0; i < shares.length; i++) {
      shares[i] /= total;
      herfindahl += shares[i] * shares[i];
      if (contributors.get(i).inSphere(crisis.host())) {
        interested += shares[i];
      }
    }
    if (comply) {
      interested = 0; // a conforming operation is fielded by disinterested UN contributors
    }
    double multilaterality = 1 - herfindahl;

    double disposition = hostDisposition(m, actor, crisis, body);
    String consent;
    String side;
    if (comply) {
      consent = "all-parties";
      side = "none";
    } else if (disposition > 0.3) {
      consent = "host-government";
      side = crisis.type().internal() ? "government" : "host";
    } else {
      consent = "coerced";
      side = crisis.type().internal() ? "separatists" : "opponent";
    }
    double[] t = actor.intentions();
    double[] g = m.institution().global();
    List<PracticeSpec> practices = m.institution().practices();
    int impartialityIndex = -1;
    for (int p = 0; p < practices.size(); p++) {
      if (practices.get(p).aspect() == PracticeSpec.Aspect.IMPARTIALITY) {
        impartialityIndex = p;
      }
    }
    if (!comply && !consent.equals("coerced") && impartialityIndex >= 0
        && t[impartialityIndex] > 0.7) {
      side = "none";
    }
    double noise = m.parameters().belief().noise();
    double[] profile = new double[practices.size()];
    for (int p = 0; p < profile.length; p++) {
      double e = noise * m.random.nextGaussian();
      double v = switch (practices.get(p).aspect()) {
        case CONSENT -> switch (consent) {
          case "all-parties" -> 1.0;
          case "host-government" -> 0.5;
          default -> 0.1;
        } + e;
        case IMPARTIALITY -> side.equals("none") ? 1 - Math.abs(e) : t[p] + e;
        case PARTICIPATION -> 1 - interested;
        case FORCE, OTHER -> (comply ? g[p] : t[p]) + e;
      };
      profile[p] = Geometry.unit(v);
    }
    Operation op = new Operation(m.nextOperationId(), crisis, actor, body, strategy, contributors,
        shares, profile, consent, side, interested, multilaterality, m.tick());
    Act act = new Act(actor, body, profile, 1.0, multilaterality, crisis.host(),
        consent.equals("coerced"), op);
    double lg = Legitimacy.global(m, act);
    double lr = Legitimacy.regional(m, act);
    op.setLegitimacy(lg, lr);
    crisis.setOperation(op);
    m.operations().add(op);
    m.actsThisMonth().add(act);
    double memory = m.parameters().legitimacy().memory();
    actor.updateReputation(lr, lg, 3 * memory);
    if (body != null) {
      body.recordPractice(profile, 3 * memory);
      body.setLegitimacy(body.legitimacyGlobal() + 3 * memory * (lg - body.legitimacyGlobal()),
          body.legitimacyRegional() + 3 * memory * (lr - body.legitimacyRegional()));
      StateAgent opp = crisis.opponent();
      if (opp != null && body.hasMember(opp)) {
        BodyLife.failed(m, body, opp);
      }
      if (crisis.requestedFrom() == body && !consent.equals("coerced")) {
        StateAgent h = crisis.host();
        h.setSatisfaction(body, h.satisfaction(body) + 0.3);
      }
    }
    if (consent.equals("coerced")) {
      // A host coerced by the leader of a body it belongs to has been failed by that body.
      for (SecondaryInstitution b : m.bodies()) {
        if (b.exists() && b.leader() == actor && b.hasMember(crisis.host())) {
          BodyLife.failed(m, b, crisis.host());
        }
      }
    }
    m.counts().operation(body != null && !comply, op.conforms(g, CONFORMING));
    m.emit("operation", describe(m, op));
    endorse(m, op, act);
    return true;
  }

  /** A discursive act: a speech, a declaration through a body, praise or criticism. */
  public static void speak(RegionModel m, StateAgent actor, SecondaryInstitution body,
      double[] profile, String kind, String target) {
    double multilaterality = 0;
    if (body != null) {
      int signers = body.signers();
      multilaterality = signers <= 1 ? 0 : 1 - 1.0 / signers;
    }
    double[] p = profile.clone();
    Act act = new Act(actor, body, p, m.parameters().belief().words(), multilaterality, null,
        false, null);
    m.actsThisMonth().add(act);
    m.counts().discursive();
    Map<String, Object> f = RegionModel.fields();
    f.put("actor", actor.id());
    f.put("body", body == null ? null : body.id());
    f.put("kind", kind);
    f.put("target", target);
    putProfile(m, f, p);
    m.emit("discursive", f);
  }

  /** Endorsement votes by bodies that endorse operations on their members' soil (consensus). */
  private static void endorse(RegionModel m, Operation op, Act act) {
    for (SecondaryInstitution e : m.bodies()) {
      if (!e.exists() || !e.endorses() || e == op.body() || !e.hasMember(op.crisis().host())) {
        continue;
      }
      List<String> against = new ArrayList<>();
      for (StateAgent j : e.members()) {
        if (m.random.nextDouble() >= Legitimacy.granted(m, j, act)) {
          against.add(j.id());
        }
      }
      Map<String, Object> f = RegionModel.fields();
      f.put("endorser", e.id());
      f.put("operation", op.id());
      f.put("passed", against.isEmpty());
      f.put("against", against);
      m.emit("endorsement-vote", f);
    }
  }

  /** The fields of an operation event. */
  public static Map<String, Object> describe(RegionModel m, Operation op) {
    Map<String, Object> f = RegionModel.fields();
    f.put("operation", op.id());
    f.put("crisis", op.crisis().id());
    f.put("host", op.crisis().host().id());
    f.put("actor", op.actor().id());
    f.put("body", op.body() == null ? null : op.body().id());
    f.put("strategy", op.strategy().key());
    List<String> ids = new ArrayList<>();
    for (StateAgent c : op.contributors()) {
      ids.add(c.id());
    }
    f.put("contributors", ids);
    f.put("consent", op.consent());
    f.put("side", op.side());
    List<PracticeSpec> ps = m.institution().practices();
    for (int p = 0; p < ps.size(); p++) {
      if (ps.get(p).aspect() == PracticeSpec.Aspect.IMPARTIALITY) {
        f.put("impartiality", round(op.profile()[p]));
      }
      if (ps.get(p).aspect() == PracticeSpec.Aspect.FORCE) {
        f.put("force", round(op.profile()[p]));
      }
    }
    f.put("interestedShare", round(op.interestedShare()));
    f.put("multilaterality", round(op.multilaterality()));
    f.put("legitimacyGlobal", round(op.legitimacyGlobal()));
    f.put("legitimacyRegional", round(op.legitimacyRegional()));
    putProfile(m, f, op.profile());
    return f;
  }

  static void putProfile(RegionModel m, Map<String, Object> f, double[] profile) {
    putProfile(m, f, "profile.", profile);
  }

  /** Puts one field per practice, {@code <prefix><practice id>}, rounded. */
  static void putProfile(RegionModel m, Map<String, Object> f, String prefix, double[] profile) {
    List<PracticeSpec> ps = m.institution().practices();
    for (int p = 0; p < ps.size(); p++) {
      f.put(prefix + ps.get(p).id(), round(profile[p]));
    }
  }

  /** Rounds to 6 decimals so that event files are compact and stable. */
  public static double round(double v) {
    return Math.round(v * 1e6) / 1e6;
  }

  /** Whether a body is a regional body that exists (helper for founding and voting). */
  static boolean regionalBody(SecondaryInstitution b) {
    return b.exists() && b.level() == BodySpec.Level.REGIONAL;
  }
}
