package org.rissim.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rissim.analysis.DeclaredOutcomes;
import org.rissim.scenario.OutcomeSpec;
import org.rissim.scenario.PatternSpec;

class SeriesTableTest {
  @TempDir Path tmp;

  private static final OutcomeSpec FOUNDINGS = new OutcomeSpec("csto.foundings", "",
      Optional.empty(), Optional.of(new PatternSpec.EventTest("founding", Map.of("body", "csto"),
          Optional.empty(), Optional.empty(), false, Map.of(), 0, Optional.empty())), "count",
      Optional.empty());

  /** A 4-point, 2-replicate sweep with the long table of two columns and one declared outcome. */
  private static SweepSpec spec(boolean gzip) {
    List<Map<String, String>> points = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      Map<String, String> p = new LinkedHashMap<>();
      p.put("parameters.belief.eta", Double.toString(0.1 * i));
      points.add(p);
    }
    List<OutcomeSpec> declared = List.of(FOUNDINGS);
    return new SweepSpec("base", "abc", Fixtures.template("base"),
        List.of(Map.of("path", "parameters.belief.eta", "spec", "0:0.4", "kind", "continuous")),
        List.of("parameters.belief.eta"), points,
        DeclaredOutcomes.names(Fixtures.scenario("base", ""), declared), "grid", 4, 2, 5, 1, 1,
        false, "rissim sweep test",
        new SweepSpec.Extras(declared, List.of("drift.consent", "classification"), gzip));
  }

  private static Sweep.Summary sweep(SweepSpec spec, Path out, boolean resume, RunFunction model)
      throws Exception {
    return Sweep.run(spec, out, 2, resume, false, model, Fixtures.MEASURE, SweepProgress.NONE);
  }

  @Test
  void theLongTableHasOneRowPerRunAndMonthWithRunPointSeedAndParameters() throws Exception {
    sweep(spec(false), tmp, false, Fixtures::fakeRun);
    List<String> rows = Files.readAllLines(tmp.resolve("series.csv"));
    assertEquals("run,point,rep,seed,parameters.belief.eta,month,drift.consent,classification",
        rows.get(0));
    assertEquals(1 + 8 * 12, rows.size());
    assertTrue(rows.get(1 + 12 * 3).startsWith("3,1,1," + Seeds.derive(5, 1, 1) + ",0.1,1992-01,"),
        rows.get(1 + 12 * 3));
    assertFalse(Files.exists(tmp.resolve(SeriesTable.PART)));
    String runs = Files.readAllLines(tmp.resolve("runs.csv")).get(0);
    assertTrue(runs.endsWith(",csto.foundings"), runs);
  }

  @Test
  void aDeclaredOutcomeCountsTheEventsItSelects() throws Exception {
    sweep(spec(false), tmp, false, Fixtures::fakeRun);
    List<String> runs = Files.readAllLines(tmp.resolve("runs.csv"));
    for (String line : runs.subList(1, runs.size())) {
      String[] cells = line.split(",");
      // The fake model founds csto once, in month founded < 24; within 12 months or not at all.
      String founded = cells[runs.get(0).split(",").length - 1];
      String flag = cells[List.of(runs.get(0).split(",")).indexOf("founded")];
      assertEquals(flag.equals("1") ? "1" : "0", founded, line);
    }
  }

  @Test
  void aKilledSweepResumesToTheSameLongTable() throws Exception {
    sweep(spec(true), tmp.resolve("full"), false, Fixtures::fakeRun);
    AtomicInteger calls = new AtomicInteger();
    // The process dies after 3 runs (a failure of a run itself would be data, not a kill).
    SweepProgress dying = new SweepProgress() {
      @Override
      public void started(long total, long alreadyDone) {}

      @Override
      public void step() {
        if (calls.incrementAndGet() >= 3) {
          throw new IllegalStateException("simulated kill");
        }
      }

      @Override
      public void finished(long done, long failed) {}
    };
    Path cut = tmp.resolve("cut");
    assertThrows(IllegalStateException.class,
        () -> Sweep.run(spec(true), cut, 2, false, false, Fixtures::fakeRun, Fixtures.MEASURE, dying));
    // A kill in the middle of a write leaves half a row behind.
    Files.writeString(cut.resolve(SeriesTable.PART), "7,3,1,12", StandardOpenOption.APPEND);
    sweep(spec(true), cut, true, Fixtures::fakeRun);
    assertArrayEquals(gunzip(tmp.resolve("full/series.csv.gz")),
        gunzip(cut.resolve("series.csv.gz")));
    assertArrayEquals(Files.readAllBytes(tmp.resolve("full/series.csv.gz")),
        Files.readAllBytes(cut.resolve("series.csv.gz")));
    // A resume of a finished sweep keeps the table as it is.
    sweep(spec(true), cut, true, Fixtures::fakeRun);
    assertArrayEquals(Files.readAllBytes(tmp.resolve("full/series.csv.gz")),
        Files.readAllBytes(cut.resolve("series.csv.gz")));
  }

  @Test
  void anUnknownColumnFailsTheRunWithItsName() throws Exception {
    SweepSpec s = spec(false);
    SweepSpec bad = new SweepSpec(s.scenarioName(), s.scenarioHash(), s.template(), s.params(),
        s.columns(), s.points(), s.measures(), s.design(), s.samples(), s.reps(), s.seed(), 1, 1,
        false, "x", new SweepSpec.Extras(List.of(), List.of("drift.nothing"), false));
    Sweep.Summary summary = sweep(bad, tmp, false, Fixtures::fakeRun);
    assertEquals(8, summary.failed());
    assertTrue(Files.readString(tmp.resolve("failures.csv")).contains("drift.nothing"));
  }

  private static byte[] gunzip(Path p) throws Exception {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8);
    }
  }
}
