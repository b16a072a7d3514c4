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

/** Binds the optional {@code synthetic:} section of a generated region. */
final class SyntheticBinder extends SectionBinder {
  SyntheticBinder(List<ScenarioError> errors, ScenarioIds ids) {
    super(errors, ids);
  }

  /** Binds the optional {@code synthetic:} section (every key but seed and states optional). */
  Optional<SyntheticSpec> synthetic(Node n, String path) {
    if (isAbsent(n)) {
      return Optional.empty();
    }
    Fields f = fields(n, path);
    long seed = integer(f, "seed", 0, Integer.MAX_VALUE);
    int states = integer(f, "states", 1, 10_000_000);
    int hegemons = isAbsent(f.raw("hegemons")) ? 1 : integer(f, "hegemons", 0, 10_000_000);
    if (hegemons > states) {
      error(f.raw("hegemons"), f.at("hegemons"), "expected at most `states` (" + states
          + ") hegemons, found " + hegemons);
    }
    Fields p = fields(f.raw("power"), f.at("power"));
    double shape = optNumber(p, "shape", POSITIVE).orElse(1.5);
    double scale = optNumber(p, "scale", POSITIVE).orElse(1.0);
    p.done();
    SyntheticSpec.Interval status = interval(f, "status", 0.2, 0.6);
    SyntheticSpec.Interval inculcation = interval(f, "inculcation", 0.2, 0.8);
    SyntheticSpec.Interval insecurity = interval(f, "regimeInsecurity", 0.1, 0.8);
    Fields a = fields(f.raw("alignment"), f.at("alignment"));
    double mean = optNumber(a, "mean", SIGNED_UNIT).orElse(0.1);
    double sd = optNumber(a, "sd", NON_NEGATIVE).orElse(0.3);
    a.done();
    Fields b = fields(f.raw("bodies"), f.at("bodies"));
    int bodies = isAbsent(b.raw("count")) ? hegemons : integer(b, "count", 0, 1000);
    double joinBase = optNumber(b, "joinBase", ANY).orElse(-1.0);
    double joinAlignment = optNumber(b, "joinAlignment", ANY).orElse(4.0);
    b.done();
    Map<String, Double> intentions = numberMap(f, "intentions", UNIT, practiceIds, "practice");
    f.done();
    return Optional.of(new SyntheticSpec(seed, states, Math.min(hegemons, states), shape, scale,
        status, inculcation, insecurity, mean, sd, bodies, joinBase, joinAlignment, intentions));
  }

  private SyntheticSpec.Interval interval(Fields f, String key, double min, double max) {
    Fields r = fields(f.raw(key), f.at(key));
    double lo = optNumber(r, "min", UNIT).orElse(min);
    double hi = optNumber(r, "max", UNIT).orElse(max);
    if (hi < lo) {
      error(f.raw(key), f.at(key), "expected max >= min " + lo + ", found " + hi);
    }
    r.done();
    return new SyntheticSpec.Interval(lo, hi);
  }
}
