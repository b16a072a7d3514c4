package org.rissim.model.mechanism;

import org.rissim.model.Classification;
import org.rissim.model.Operation;
import org.rissim.model.PrimaryInstitution;
import org.rissim.model.RegionModel;
import org.rissim.model.StateAgent;
import org.rissim.scenario.ModelParameters;

/**
 * The global level and the month's classification. The global standard follows the
 * vote-weighted mean belief B of the global body's members slowly:
 * {@code g <- g + standardRate (B - g)}. The constitutive principle erodes only through acts
 * that depart from it and are legitimised globally:
 * {@code A <- A + recovery (1 - A) - erosion * sum_acts departure L_global}, where an act's
 * departure is the scenario institution's {@code departure} expression (0 when it defines none).
 * The regional understanding is {@code r = sum_i w_i b_i / sum_i w_i} over regional states with
 * {@code w_i = power^a status^b}. Knudsen's distinction: change-of when A is below
 * {@code changeOf}; else change-in when the mean |g - r| exceeds {@code changeIn}; else stable.
 * Criticism decays by 5% a month.
 */
public final class GlobalLevel {
  private GlobalLevel() {}

  /** One month at the global level. */
  public static void step(RegionModel m) {
    ModelParameters.Global p = m.parameters().global();
    PrimaryInstitution inst = m.institution();
    double[] g = inst.global();
    double[] mean = new double[g.length];
    double votes = 0;
    for (StateAgent s : m.states()) {
      int v = s.votes();
      if (v > 0 && (m.globalBody() == null || m.globalBody().hasMember(s))) {
        votes += v;
        for (int q = 0; q < g.length; q++) {
          mean[q] += v * s.belief()[q];
        }
      }
    }
    if (votes > 0) {
      for (int q = 0; q < g.length; q++) {
        g[q] += p.standardRate() * (mean[q] / votes - g[q]);
      }
    }
    double erosion = 0;
    int tick = m.tick();
    for (int i = m.operations().size() - 1; i >= 0; i--) {
      Operation op = m.operations().get(i);
      if (op.startTick() != tick) {
        break;
      }
      erosion += op.departure() * op.legitimacyGlobal();
    }
    double a = inst.principleAcceptance();
    m.setPrincipleAcceptance(a + p.recovery() * (1 - a) - p.erosion() * erosion);
    for (StateAgent s : m.states()) {
      s.setCriticism(s.criticism() * 0.95);
    }
    refresh(m);
  }

  /** Weight of a regional state in r[p]: power^a * status^b. */
  public static double regionalWeight(RegionModel m, StateAgent s) {
    ModelParameters.Global p = m.parameters().global();
    return Math.pow(s.power(), p.regionalPower()) * Math.pow(s.status(), p.regionalStatus());
  }

  /** Recomputes the regional understanding and the classification. */
  public static void refresh(RegionModel m) {
    double[] r = m.regional();
    java.util.Arrays.fill(r, 0);
    double total = 0;
    for (StateAgent s : m.states()) {
      if (s.spec().regional()) {
        double w = regionalWeight(m, s);
        total += w;
        for (int q = 0; q < r.length; q++) {
          r[q] += w * s.belief()[q];
        }
      }
    }
    for (int q = 0; q < r.length; q++) {
      r[q] = total == 0 ? m.institution().global()[q] : r[q] / total;
    }
    var c = m.parameters().classification();
    double drift = Geometry.distance(m.institution().global(), r);
    if (m.institution().principleAcceptance() < c.changeOf()) {
      m.setClassification(Classification.CHANGE_OF);
    } else if (drift > c.changeIn()) {
      m.setClassification(Classification.CHANGE_IN);
    } else {
      m.setClassification(Classification.STABLE);
    }
  }
}
