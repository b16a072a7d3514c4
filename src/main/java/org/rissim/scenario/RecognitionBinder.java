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

/** Binds the {@code recognition:} section: the recognition body, its rungs and vote. */
final class RecognitionBinder extends SectionBinder {
  RecognitionBinder(List<ScenarioError> errors, ScenarioIds ids) {
    super(errors, ids);
  }

  RecognitionSpec recognition(Node n, String path) {
    Fields f = fields(n, path);
    List<RecognitionSpec.Rung> rungs = list(f, "rungs", false, (r, at) -> {
      Fields rf = fields(r, at);
      String id = text(rf, "id", null);
      List<String> requires = references(rf, "requires", rungIds, "recognition rung");
      if (id != null && requires.contains(id)) {
        error(rf.raw("requires"), rf.at("requires"), "rung `" + id + "` cannot require itself");
      }
      double quota = number(rf, "quota", OPEN_UNIT);
      boolean veto = bool(rf, "veto");
      boolean perOperation = bool(rf, "perOperation");
      double difficulty = number(rf, "difficulty", NON_NEGATIVE);
      rf.done();
      return new RecognitionSpec.Rung(id, requires, quota, veto, perOperation, difficulty);
    });
    unique(f, "rungs", "rung");
    String body;
    if (rungs.isEmpty() && isAbsent(f.raw("body"))) {
      body = "";
    } else if (f.raw("body") instanceof Node.Scalar rb && !rb.isNull()
        && !bodyIds.contains(rb.text()) && removals.removed(rb.text())) {
      body = rb.text();
      removals.report(errors, body, rb, f.at("body"));
    } else {
      body = reference(f, "body", globalBodyIds, "global body");
    }
    int session = integer(f, "sessionMonth", 1, 12);
    Fields v = fields(f.raw("vote"), f.at("vote"));
    RecognitionSpec.VoteWeights vote = new RecognitionSpec.VoteWeights(number(v, "base", ANY),
        number(v, "alignment", ANY), number(v, "record", ANY), number(v, "affinity", ANY),
        number(v, "counter", ANY));
    v.done();
    f.done();
    return new RecognitionSpec(body, session, rungs, vote);
  }
}
