package org.rissim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Patterns and outcomes name what a run writes: columns, event types, the fields of each type
 * (feature ids included), and the ids and levels in {@code where} and {@code fields}. The tiny
 * world ({@code model/tiny.yaml}) has the features consent and side, the bodies UN and REG and
 * the founding id NEW.
 */
class OutputReferencesTest {
  /** The tiny world with these lines appended (a {@code patterns:} or {@code outcomes:} list). */
  private static Path world(Path dir, String appended) throws Exception {
    Path tiny = Path.of(OutputReferencesTest.class.getResource("/model/tiny.yaml").toURI());
    Path f = dir.resolve("tiny.yaml");
    Files.writeString(f, Files.readString(tiny) + appended);
    return f;
  }

  private static String errors(Path f, String... overrides) {
    return assertThrows(ScenarioException.class,
        () -> ScenarioLoader.load(f, List.of(overrides))).getMessage();
  }

  private static String pattern(String test) {
    return "patterns:\n  - id: p\n    description: d\n    " + test + "\n";
  }

  @Test
  void namesARunWritesValidate(@TempDir Path dir) throws Exception {
    Path f = world(dir, "groups: {small: [A, B]}\npatterns:\n"
        + "  - {id: a, description: d, series: {column: withoutHegemon.consent, minus: "
        + "group.small.impartiality, stat: max, max: 1}}\n"
        + "  - {id: b, description: d, series: {column: body.NEW.members, stat: max, max: 9, "
        + "after: {type: founding, where: {body: NEW, founder: $hegemon}}}}\n"
        + "  - {id: c, description: d, event: {type: act, where: {body: REG, host: A}, "
        + "fields: {consent: coerced, side: none, profile.consent: {max: 0.5}}}}\n"
        + "  - {id: d, description: d, event: {type: exit, where: {state: B, body: REG}, "
        + "fields: {scheduled: true}}}\n"
        + "  - {id: e, description: d, event: {type: recognition-vote, where: {rung: chapter8, "
        + "vetoedBy: WEST}}}\n"
        + "outcomes:\n  - {id: ops, series: {column: acts.alone, stat: final}}\n");
    Scenario s = ScenarioLoader.load(f, List.of()).scenario();
    assertEquals(5, s.patterns().size());
  }

  @Test
  void aColumnTheRunDoesNotWriteIsAnErrorWithTheNearestColumn(@TempDir Path dir)
      throws Exception {
    Path f = world(dir, pattern("series: {column: body.REG.member, stat: min, min: 1}")
        + "outcomes:\n  - {id: o, series: {column: r.consnt, stat: final}}\n");
    String m = errors(f);
    // located at the value: the pattern's fourth line, after `    series: {column: `
    long line = Files.readString(f).lines().toList().indexOf(
        "    series: {column: body.REG.member, stat: min, min: 1}") + 1;
    assertTrue(m.contains(f + ":" + line + ":22: patterns[0].series.column: expected a column "
        + "of timeseries.csv, found `body.REG.member`, which a run of this scenario does not "
        + "write; did you mean `body.REG.members`?"), m);
    assertTrue(m.contains("outcomes[0].series.column: expected a column of timeseries.csv, "
        + "found `r.consnt`"), m);
    assertTrue(m.contains("did you mean `r.consent`?"), m);
  }

  @Test
  void withoutAHegemonItsColumnsAndItsPlaceholderAreErrors(@TempDir Path dir) throws Exception {
    Path f = world(dir, "patterns:\n"
        + "  - {id: a, description: d, series: {column: withoutHegemon.consent, stat: max, "
        + "max: 1}}\n"
        + "  - {id: b, description: d, event: {type: act, where: {actor: $hegemon}}}\n");
    String m = errors(f, "hegemon=null");
    assertTrue(m.contains("patterns[0].series.column: expected a column of timeseries.csv, "
        + "found `withoutHegemon.consent`"), m);
    assertTrue(m.contains("patterns[1].event.where.actor: expected a state id, found "
        + "`$hegemon`, but the scenario names no `hegemon`"), m);
  }

  @Test
  void anUnknownEventTypeIsAnErrorListingTheTypes(@TempDir Path dir) throws Exception {
    Path f = world(dir, pattern("event: {type: intervention}") + "  - id: q\n"
        + "    description: d\n    series: {column: r.consent, stat: max, max: 1, "
        + "after: {type: act-edn}}\n");
    String m = errors(f);
    assertTrue(m.contains("patterns[0].event.type: expected an event type of this scenario's "
        + "runs (opportunity, act, act-end, deployment-end,"), m);
    assertTrue(m.contains("found `intervention`"), m);
    assertTrue(m.contains("patterns[1].series.after.type: expected an event type of this "
        + "scenario's runs"), m);
    assertTrue(m.contains("found `act-edn`; did you mean `act-end`?"), m);
    assertEquals(2, m.lines().count(), m);
  }

  @Test
  void whereAndFieldsKeysMustBeFieldsOfTheType(@TempDir Path dir) throws Exception {
    Path f = world(dir, pattern("event: {type: act, where: {bdy: REG}, "
        + "fields: {consnt: coerced, reason: cost}}"));
    String m = errors(f);
    assertTrue(m.contains("patterns[0].event.where.bdy: expected a field of `act` events, "
        + "found `bdy`; did you mean `body`?"), m);
    assertTrue(m.contains("patterns[0].event.fields.consnt: expected a field of `act` "
        + "events, found `consnt`; did you mean `consent`?"), m);
    // `reason` is a field of deployment-end events, not of acts
    assertTrue(m.contains("patterns[0].event.fields.reason: expected a field of `act` "
        + "events, found `reason`"), m);
  }

  @Test
  void idsAndLevelsInWhereAndFieldsMustBeTheScenarios(@TempDir Path dir) throws Exception {
    Path f = world(dir, pattern("event: {type: act, where: {body: AFRICANUNION, "
        + "host: AA}, fields: {consent: coercd, contributors: WEST}}"));
    String m = errors(f);
    assertTrue(m.contains("patterns[0].event.where.body: expected a body id (a body or a "
        + "founding id), found `AFRICANUNION` (bodies: UN, REG, NEW)"), m);
    assertTrue(m.contains("patterns[0].event.where.host: expected a state id, found `AA`; "
        + "did you mean `A`?"), m);
    assertTrue(m.contains("patterns[0].event.fields.consent: expected a level of feature "
        + "`consent`, found `coercd`; did you mean `coerced`?"), m);
    assertEquals(3, m.lines().count(), m);
  }

  @Test
  void maxCountZeroAloneMeansNeverAndOtherwiseMinCountStaysOne(@TempDir Path dir)
      throws Exception {
    Path f = world(dir, "patterns:\n"
        + "  - {id: never, description: d, event: {type: act, maxCount: 0}}\n"
        + "  - {id: once, description: d, event: {type: act, maxCount: 1}}\n"
        + "  - {id: bad, description: d, event: {type: act, minCount: 2, maxCount: 0}}\n");
    String m = errors(f);
    assertTrue(m.contains("patterns[2].event.maxCount: expected maxCount >= minCount 2, found 0"),
        m);
    assertEquals(1, m.lines().count(), m);
    Path ok = world(dir, "patterns:\n"
        + "  - {id: never, description: d, event: {type: act, maxCount: 0}}\n"
        + "  - {id: once, description: d, event: {type: act, maxCount: 1}}\n");
    List<PatternSpec> ps = ScenarioLoader.load(ok, List.of()).scenario().patterns();
    assertEquals(0, ps.get(0).event().orElseThrow().minCount());
    assertEquals(1, ps.get(1).event().orElseThrow().minCount());
  }
}
