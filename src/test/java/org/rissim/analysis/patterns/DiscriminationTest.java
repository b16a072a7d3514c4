package org.rissim.analysis.patterns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rissim.scenario.PatternSpec;
import org.junit.jupiter.api.Test;

/** Discrimination against null models, labels and joint shares, on hand-made outcomes. */
class DiscriminationTest {
  private static PatternSpec pattern(String id, List<String> evidences) {
    return new PatternSpec(id, id, "", Optional.empty(), Optional.empty(), evidences);
  }

  private static final List<PatternSpec> PATTERNS = List.of(
      pattern("a", List.of("founding")), pattern("b", List.of("founding")),
      pattern("c", List.of()), pattern("d", List.of("recognition")));

  /** 10 runs; pattern p holds in the first holds[p] runs. */
  private static List<List<PatternOutcome>> runs(int... holds) {
    List<List<PatternOutcome>> out = new ArrayList<>();
    for (int r = 0; r < 10; r++) {
      List<PatternOutcome> run = new ArrayList<>();
      for (int p = 0; p < holds.length; p++) {
        run.add(new PatternOutcome(PATTERNS.get(p).id(), r < holds[p], 0, Optional.empty(), ""));
      }
      out.add(run);
    }
    return out;
  }

  private static Discrimination table() {
    return Discrimination.of(PATTERNS, List.of(
        new ModelOutcomes("base", List.of(), runs(9, 9, 10, 8)),
        new ModelOutcomes("null-no-founding", List.of("founding"), runs(4, 5, 0, 8))));
  }

  @Test
  void aPatternDiscriminatesWhenItsShareFallsByHalfWithoutItsMechanism() {
    Discrimination d = table();
    assertEquals(Optional.of(true), d.discriminates(0, 1));   // 0.9 -> 0.4
    assertEquals(Optional.of(false), d.discriminates(1, 1));  // 0.9 -> 0.5
    assertEquals(Optional.empty(), d.discriminates(2, 1));    // evidences nothing
    assertEquals(Optional.empty(), d.discriminates(0, 0));    // the reference
    assertEquals(Discrimination.EVIDENCE, d.label(0));
    assertEquals(Discrimination.CONSTRAINT, d.label(1));
    assertEquals(Discrimination.CONSTRAINT, d.label(2));
    assertEquals(Discrimination.UNTESTED, d.label(3));        // no null removes recognition
  }

  @Test
  void jointSharesCountRunsWhereEverySelectedPatternHolds() {
    Discrimination d = table();
    // Evidence patterns a, b, d hold together in runs 0-7 of the base; all four too.
    assertEquals(8, d.jointEvidence().get(0).orElseThrow().holds());
    assertEquals(8, d.jointAll().get(0).holds());
    assertEquals(0, d.jointAll().get(1).holds());
    assertEquals(4, d.jointEvidence().get(1).orElseThrow().holds());
    assertEquals(9, d.jointDiscriminating().get(0).orElseThrow().holds());
    JointShare j = d.jointAll().get(0);
    assertTrue(j.lo() < 0.8 && 0.8 < j.hi());
  }

  @Test
  void theLongCsvHasARowPerPatternAndModelAndTheJoints() {
    String csv = DiscriminationWriter.csv(table());
    List<String> lines = csv.lines().toList();
    assertEquals(String.join(",", DiscriminationWriter.HEADER), lines.get(0));
    assertTrue(lines.get(1).startsWith("a,base,9,10,0.9,"), lines.get(1));
    assertTrue(lines.get(2).startsWith("a,null-no-founding,4,10,0.4,"), lines.get(2));
    assertTrue(lines.get(2).endsWith(",true,evidence,,,"), lines.get(2));
    assertTrue(lines.get(4).endsWith(",false,constraint,,,"), lines.get(4));
    assertEquals(1 + 4 * 2 + 3 * 2, lines.size());
    assertTrue(csv.contains("joint:all,null-no-founding,0,10,0.0,"), csv);
    String table = DiscriminationWriter.terminal(table());
    assertTrue(table.contains("0.400*"), table);
    assertTrue(table.contains("0.500~"), table);
  }
}
