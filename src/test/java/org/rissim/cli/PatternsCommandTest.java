package org.rissim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rissim.experiment.RunFunction;
import org.rissim.experiment.RunResult;
import org.rissim.experiment.Seeds;
import org.rissim.model.Classification;
import org.rissim.observe.Event;
import org.rissim.observe.TimeSeries;
import org.rissim.scenario.LoadedScenario;
import org.rissim.scenario.PatternSpec;
import org.rissim.scenario.Scenario;
import org.rissim.scenario.ScenarioError;
import org.rissim.scenario.ScenarioException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class PatternsCommandTest {
  private static final YearMonth START = YearMonth.of(2000, 1);

  /** Pattern "even" holds iff the seed is even; "event" holds iff a founding happened. */
  private static final List<PatternSpec> PATTERNS = List.of(
      new PatternSpec("even", "seed is even", "", Optional.of(new PatternSpec.SeriesTest("x",
          Optional.empty(), Optional.empty(), Optional.empty(), "value", Optional.of(1.0),
          Optional.empty())), Optional.empty()),
      new PatternSpec("founded", "a founding", "", Optional.empty(), Optional.of(
          new PatternSpec.EventTest("founding", Map.of(), Optional.empty(), Optional.empty(), true,
              Map.of(), 1, Optional.empty()))));

  private static Scenario scenario(List<PatternSpec> patterns) {
    return new Scenario("fake", "fake", START, START.plusMonths(23), Optional.empty(), null, null,
        List.of(), List.of(), null, null, null, patterns);
  }

  /** Month index of the founding for a seed, or -1 (no founding) for a third of seeds. */
  private static int foundingTick(long seed) {
    int m = (int) Math.floorMod(seed, 24L);
    return Math.floorMod(seed >> 8, 3L) == 0 ? -1 : m;
  }

  private static final RunFunction FAKE = (s, seed) -> {
    TimeSeries ts = new TimeSeries(List.of("x"));
    for (int t = 0; t < s.months(); t++) {
      ts.add(s.start().plusMonths(t), Classification.STABLE, new double[] {(seed & 1) == 0 ? 1 : 0});
    }
    List<Event> events = new ArrayList<>();
    int tick = foundingTick(seed);
    if (tick >= 0) {
      events.add(new Event(tick, s.start().plusMonths(tick), "founding", Map.of("body", "b")));
    }
    return new RunResult(s, seed, ts, events, 0);
  };

  private record Result(int code, String out, String err) {}

  private static Result execute(PatternsCommand.Loader loader, RunFunction model, String... args) {
    CommandLine cl = new CommandLine(new PatternsCommand(loader, model));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new Result(code, out.toString(), err.toString());
  }

  private static PatternsCommand.Loader loads(List<PatternSpec> patterns) {
    return (file, sets) -> new LoadedScenario(scenario(patterns), "", "");
  }

  @Test
  void sharesMatchTheRunsOfTheDerivedSeeds(@TempDir Path dir) throws Exception {
    int reps = 40;
    int even = 0;
    int founded = 0;
    for (int k = 0; k < reps; k++) {
      long seed = Seeds.replicate(5, k);
      even += (seed & 1) == 0 ? 1 : 0;
      founded += foundingTick(seed) >= 0 ? 1 : 0;
    }
    Result r = execute(loads(PATTERNS), FAKE, "s.yaml", "--reps", "40", "--seed", "5",
        "--threads", "2", "--out", dir.toString());
    assertEquals(0, r.code(), r.err());
    List<String> lines = Files.readAllLines(dir.resolve("patterns.csv"));
    assertEquals("pattern,model,holds,n,share,lo,hi,discriminates,label,medianMonth,q1Month,q3Month",
        lines.get(0));
    assertTrue(lines.get(1).startsWith("even,fake," + even + ",40,"), lines.get(1));
    assertTrue(lines.get(2).startsWith("founded,fake," + founded + ",40,"), lines.get(2));
    assertTrue(lines.get(2).matches(".*,\\d{4}-\\d{2},\\d{4}-\\d{2},\\d{4}-\\d{2}"), lines.get(2));
    assertTrue(r.out().contains("even"), r.out());
    assertTrue(r.out().contains("founded"), r.out());
  }

  @Test
  void resultsDoNotDependOnThreadCount(@TempDir Path dir) throws Exception {
    execute(loads(PATTERNS), FAKE, "s.yaml", "--reps", "30", "--threads", "1", "--out",
        dir.resolve("one").toString());
    execute(loads(PATTERNS), FAKE, "s.yaml", "--reps", "30", "--threads", "3", "--out",
        dir.resolve("three").toString());
    assertEquals(Files.readString(dir.resolve("one/patterns.csv")),
        Files.readString(dir.resolve("three/patterns.csv")));
  }

  @Test
  void requireFailsWhenAPatternIsRarerThanTheShare(@TempDir Path dir) {
    Result strict = execute(loads(PATTERNS), FAKE, "s.yaml", "--reps", "20", "--require", "0.95",
        "--out", dir.resolve("a").toString());
    assertEquals(1, strict.code());
    assertTrue(strict.err().contains("pattern even holds in"), strict.err());
    Result lax = execute(loads(PATTERNS), FAKE, "s.yaml", "--reps", "20", "--require", "0",
        "--out", dir.resolve("b").toString());
    assertEquals(0, lax.code(), lax.err());
  }

  @Test
  void badInputExitsWithTwoAndOneLine(@TempDir Path dir) {
    assertEquals(2, execute(loads(PATTERNS), FAKE, "s.yaml", "--reps", "0").code());
    assertEquals(2, execute(loads(PATTERNS), FAKE, "s.yaml", "--reps", "5", "--require", "1.5")
        .code());
    Result noPatterns = execute(loads(List.of()), FAKE, "s.yaml", "--reps", "5", "--out",
        dir.toString());
    assertEquals(2, noPatterns.code());
    assertTrue(noPatterns.err().contains("no patterns"), noPatterns.err());
    PatternsCommand.Loader broken = (file, sets) -> {
      throw new ScenarioException(List.of(new ScenarioError("s.yaml", 3, 5, "states[0].power",
          "expected a number > 0, found -1")));
    };
    Result bad = execute(broken, FAKE, "s.yaml", "--reps", "5");
    assertEquals(2, bad.code());
    assertEquals("s.yaml:3:5: states[0].power: expected a number > 0, found -1", bad.err().trim());
  }

  @Test
  void existingResultsAreKeptUnlessForced(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("patterns.csv"), "old");
    assertEquals(2, execute(loads(PATTERNS), FAKE, "s.yaml", "--reps", "3", "--out",
        dir.toString()).code());
    assertEquals("old", Files.readString(dir.resolve("patterns.csv")));
    assertEquals(0, execute(loads(PATTERNS), FAKE, "s.yaml", "--reps", "3", "--out",
        dir.toString(), "--force").code());
  }

  @Test
  void aFailingRunIsReportedWithItsSeed(@TempDir Path dir) {
    RunFunction crash = (s, seed) -> {
      throw new IllegalStateException("boom");
    };
    Result r = execute(loads(PATTERNS), crash, "s.yaml", "--reps", "2", "--out", dir.toString());
    assertEquals(1, r.code());
    assertTrue(r.err().contains("seed " + Seeds.replicate(1, 0)), r.err());
  }

  @Test
  void endToEndOnTheBaseline(@TempDir Path dir) throws Exception {
    // A child of the real baseline, with one pattern of each kind.
    Path file = dir.resolve("short.yaml");
    Files.writeString(file, String.join("\n",
        "extends: " + Path.of("scenarios/psris-baseline.yaml").toAbsolutePath(),
        "name: short",
        "patterns:",
        "  - id: crisis",
        "    description: the scripted Transnistrian crisis breaks out",
        "    event: {type: crisis, where: {host: MDA}, first: true, fields: {scripted: 'true'}}",
        "  - id: bounded",
        "    description: principle acceptance stays in [0,1]",
        "    series: {column: principle.acceptance, stat: min, min: 0.0, max: 1.0}",
        ""));
    CommandLine cl = Main.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute("patterns", file.toString(), "--reps", "3", "--threads", "2", "--out",
        dir.resolve("out").toString());
    assertEquals(0, code, err.toString() + out);
    // The child inherits the baseline's patterns and appends its own two.
    List<String> lines = Files.readAllLines(dir.resolve("out/patterns.csv"));
    String crisis = lines.stream().filter(l -> l.startsWith("crisis,")).findFirst().orElseThrow();
    String bounded = lines.stream().filter(l -> l.startsWith("bounded,")).findFirst()
        .orElseThrow();
    assertTrue(crisis.startsWith("crisis,short,3,3,1.0,"), crisis);
    assertTrue(crisis.endsWith(",1992-03,1992-03,1992-03"), crisis);
    assertTrue(bounded.startsWith("bounded,short,3,3,1.0,"), bounded);
    assertTrue(out.toString().contains("P3-second-body-founded"), out.toString());
  }

  @Test
  void nullModelsOfTheScenarioFolderAreRunAndJudged(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("base.yaml"), "name: base\n");
    Files.createDirectories(dir.resolve("null"));
    Files.writeString(dir.resolve("null/no-x.yaml"), "extends: ../base.yaml\n");
    Files.writeString(dir.resolve("null/other.yaml"), "extends: ../elsewhere.yaml\n");
    PatternSpec x = new PatternSpec("x-is-1", "x is 1", "", PATTERNS.get(0).series(),
        Optional.empty(), List.of("founding"));
    // The fake null model "null-no-x" removes founding and writes x = 0; the base writes x = 1.
    PatternsCommand.Loader loader = (file, sets) -> {
      boolean isNull = file.getFileName().toString().equals("no-x.yaml");
      Scenario s = new Scenario(isNull ? "null-no-x" : "base", "", START, START.plusMonths(23),
          Optional.empty(), null, null, List.of(), List.of(), null, null, null, List.of(x),
          isNull ? List.of("founding") : List.of());
      return new LoadedScenario(s, "", "");
    };
    RunFunction model = (s, seed) -> {
      TimeSeries ts = new TimeSeries(List.of("x"));
      for (int t = 0; t < s.months(); t++) {
        ts.add(s.start().plusMonths(t), Classification.STABLE, new double[] {s.removes().isEmpty() ? 1 : 0});
      }
      return new RunResult(s, seed, ts, List.of(), 0);
    };
    Result r = execute(loader, model, dir.resolve("base.yaml").toString(), "--reps", "5",
        "--null", "--markdown", "--out", dir.resolve("out").toString());
    assertEquals(0, r.code(), r.err());
    List<String> lines = Files.readAllLines(dir.resolve("out/patterns.csv"));
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("x-is-1,base,5,5,1.0,0.5655")
        && l.endsWith(",1.0,,evidence,,,")), String.join("\n", lines));
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("x-is-1,null-no-x,0,5,0.0,")
        && l.endsWith(",true,evidence,,,")), String.join("\n", lines));
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("joint:all,null-no-x,0,5,")));
    assertTrue(r.out().contains("0.000*"), r.out());
    String md = Files.readString(dir.resolve("out/discrimination.md"));
    assertTrue(md.contains("| x-is-1 | evidence | founding | 1.000 [0.566, 1.000] | **0.000*** |"),
        md);
  }

  @Test
  void aNullModelThatRemovesNothingOrDoesNotValidateStopsBeforeAnyRun(@TempDir Path dir)
      throws Exception {
    Files.writeString(dir.resolve("base.yaml"), "name: base\n");
    Files.createDirectories(dir.resolve("null"));
    Files.writeString(dir.resolve("null/a.yaml"), "extends: ../base.yaml\n");
    int[] runs = {0};
    RunFunction counting = (s, seed) -> {
      runs[0]++;
      return FAKE.run(s, seed);
    };
    Result none = execute(loads(PATTERNS), counting, dir.resolve("base.yaml").toString(),
        "--reps", "2", "--null", "--out", dir.resolve("o").toString());
    assertEquals(2, none.code());
    assertTrue(none.err().contains("must name the mechanism it removes"), none.err());
    PatternsCommand.Loader failing = (file, sets) -> {
      if (file.getFileName().toString().equals("a.yaml")) {
        throw new ScenarioException(List.of(new ScenarioError("a.yaml", 2, 10, "removes",
            "unknown mechanism `fouding` (did you mean `founding`?)")));
      }
      return new LoadedScenario(scenario(PATTERNS), "", "");
    };
    Result bad = execute(failing, counting, dir.resolve("base.yaml").toString(), "--reps", "2",
        "--null", "--out", dir.resolve("o").toString());
    assertEquals(2, bad.code());
    assertTrue(bad.err().startsWith("a.yaml:2:10: removes: unknown mechanism"), bad.err());
    assertEquals(0, runs[0]);
  }
}
