package org.rissim.scenario;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** Binds the {@code parameters:} section: the model's parameters, each in its range. */
final class ParameterBinder extends SectionBinder {
  ParameterBinder(List<ScenarioError> errors, ScenarioIds ids) {
    super(errors, ids);
  }

  ModelParameters parameters(Node n, String path) {
    Fields f = fields(n, path);
    Fields b = fields(f.raw("belief"), f.at("belief"));
    ModelParameters.Belief belief = built(() -> new ModelParameters.Belief(
        number(b, "eta", UNIT),
        number(b, "kappa", UNIT), number(b, "words", UNIT), number(b, "peers", NON_NEGATIVE),
        number(b, "confidence", OPEN_UNIT), number(b, "noise", NON_NEGATIVE),
        number(b, "ongoing", UNIT), bool(b, "synchronous"),
        integer(b, "attention", 1, Integer.MAX_VALUE), number(b, "salienceHalfLife", POSITIVE),
        number(b, "outsiderAttention", UNIT)));
    b.done();
    Fields l = fields(f.raw("legitimacy"), f.at("legitimacy"));
    ModelParameters.Legitimacy legitimacy = built(() -> new ModelParameters.Legitimacy(
        number(l, "base", ANY),
        number(l, "multilateral", ANY), number(l, "recognition", ANY),
        number(l, "membership", ANY), number(l, "affinity", ANY), number(l, "alignment", ANY),
        number(l, "conformity", ANY), number(l, "criticism", ANY), number(l, "host", ANY),
        number(l, "memory", UNIT), number(l, "alignmentRate", UNIT)));
    l.done();
    Fields c = fields(f.raw("choice"), f.at("choice"));
    ModelParameters.Choice choice = built(() -> new ModelParameters.Choice(
        number(c, "beta", NON_NEGATIVE),
        number(c, "abstain", NON_NEGATIVE), number(c, "forumBeta", NON_NEGATIVE),
        number(c, "operationCost", NON_NEGATIVE), number(c, "learning", UNIT),
        number(c, "welcome", ANY), number(c, "tolerance", UNIT),
        number(c, "contributionCost", ANY),
        number(c, "forumLegitimacy", NON_NEGATIVE), number(c, "forumCost", NON_NEGATIVE)));
    c.done();
    Fields o = fields(f.raw("bodies"), f.at("bodies"));
    ModelParameters.Bodies bodies = built(() -> new ModelParameters.Bodies(
        number(o, "socialisation", UNIT),
        number(o, "satisfactionMemory", UNIT), number(o, "distanceBelow", UNIT),
        number(o, "exitBelow", UNIT), number(o, "distanceCost", UNIT),
        number(o, "failureFrustration", NON_NEGATIVE), number(o, "praise", UNIT),
        number(o, "failureAffinity", UNIT), number(o, "objection", NON_NEGATIVE),
        number(o, "interest", NON_NEGATIVE), number(o, "burden", NON_NEGATIVE),
        number(o, "scope", NON_NEGATIVE), number(o, "navari", UNIT)));
    o.done();
    Fields g = fields(f.raw("global"), f.at("global"));
    ModelParameters.Global global = built(() -> new ModelParameters.Global(
        number(g, "standardRate", UNIT),
        number(g, "erosion", NON_NEGATIVE), number(g, "recovery", UNIT),
        number(g, "regionalPower", ANY), number(g, "regionalStatus", ANY)));
    g.done();
    Fields k = fields(f.raw("classification"), f.at("classification"));
    ModelParameters.Classification classification = built(() -> new ModelParameters.Classification(
        number(k, "changeIn", NON_NEGATIVE), number(k, "changeOf", UNIT)));
    k.done();
    double counter = number(f, "counterContestation", NON_NEGATIVE);
    Fields d = fields(f.raw("deployments"), f.at("deployments"));
    ModelParameters.Deployments deployments = built(() -> new ModelParameters.Deployments(
        integer(d, "mandateMonths", 0, Integer.MAX_VALUE), number(d, "takeover", UNIT),
        integer(d, "takeoverAfter", 0, Integer.MAX_VALUE)));
    d.done();
    f.done();
    return built(() -> new ModelParameters(belief, legitimacy, choice, bodies, global,
        classification, counter, deployments));
  }
}
