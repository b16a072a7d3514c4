package org.rissim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.rissim.experiment.RunFunction;
import org.rissim.experiment.RunResult;
import org.rissim.experiment.Seeds;
import org.rissim.model.Classification;
import org.rissim.observe.TimeSeries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code rissim calibrate} on the tiny calibration scenario with a fake model whose likelihood is
 * known: x = counterContestation + N(0, 0.1), and the scenario's one pattern holds when the final
 * x is in [0.55, 0.65], as for data generated at counterContestation = 0.6.
 */
class CalibrateCommandTest {
  private static final String SCENARIO = "src/test/resources/calibration/tiny-calibration.yaml";
  private static final double TRUTH = 0.6;

  /** Seeds the fake model has seen (to check that a resumed calibration repeats none). */
  private final Set<Long> seen = ConcurrentHashMap.newKeySet();
  private final AtomicInteger runs = new AtomicInteger();

  private final RunFunction fake = (s, seed) -> {
    runs.incrementAndGet();
    seen.add(seed);
    double x = s.parameters().counterContestation()
        + 0.1 * new MersenneTwisterFast(seed).nextGaussian();
    // x in a column a real run writes (the scenario's pattern names it)
    TimeSeries ts = new TimeSeries(List.of("principle.acceptance"));
    for (int t = 0; t < s.months(); t++) {
      ts.add(s.start().plusMonths(t), Classification.STABLE, new double[] {x});
    }
    return new RunResult(s, seed, ts, List.of(), 0);
  };

  private record Result(int code, String out, String err) {}

  private Result calibrate(String... args) {
    CommandLine cl = new CommandLine(new CalibrateCommand(fake));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new Result(code, out.toString(), err.toString());
  }

  private Result standard(Path out, int threads, String... more) {
    List<String> args = new ArrayList<>(List.of(SCENARIO, "--param",
        "parameters.counterContestation=uniform(0,2)", "--particles", "60", "--generations", "6",
        "--seed", "3", "--threads", String.valueOf(threads), "--out", out.toString()));
    args.addAll(List.of(more));
    return calibrate(args.toArray(String[]::new));
  }

  @Test
  void recoversTheParameterThatGeneratedTheData(@TempDir Path dir) throws Exception {
    Result r = standard(dir.resolve("c"), 2);
    assertEquals(0, r.code(), r.err());
    String[] row = Files.readAllLines(dir.resolve("c/summary.csv")).get(1).split(",");
    double q05 = Double.parseDouble(row[5]);
    double q95 = Double.parseDouble(row[7]);
    assertTrue(q05 <= TRUTH && TRUTH <= q95, "90% interval [" + q05 + ", " + q95 + "]");
    // The prior's 90% interval is [0.1, 1.9]: the posterior must be much narrower.
    assertTrue(q95 - q05 < 0.5 * 1.8, "90% interval [" + q05 + ", " + q95 + "]");
    List<String> generations = Files.readAllLines(dir.resolve("c/generations.csv"));
    assertEquals(7, generations.size());
    assertTrue(Files.exists(dir.resolve("c/gen-005/particles.csv")));
    assertTrue(r.out().contains("parameters.counterContestation"), r.out());
  }

  @Test
  void theResultDoesNotDependOnTheThreadCount(@TempDir Path dir) throws Exception {
    assertEquals(0, standard(dir.resolve("one"), 1).code());
    assertEquals(0, standard(dir.resolve("three"), 3).code());
    assertEquals(Files.readString(dir.resolve("one/posterior.csv")),
        Files.readString(dir.resolve("three/posterior.csv")));
    assertEquals(Files.readString(dir.resolve("one/generations.csv")),
        Files.readString(dir.resolve("three/generations.csv")));
  }

  @Test
  void aKilledCalibrationResumesToTheSamePosteriorWithoutRepeatingASimulation(@TempDir Path dir)
      throws Exception {
    assertEquals(0, standard(dir.resolve("whole"), 2).code());
    Path b = dir.resolve("killed");
    assertEquals(0, standard(b, 2).code());
    // What a SIGKILL in the middle of generation 5 (the last) leaves: half its attempts, the last one cut
    // in the middle of its line, and no particles, generation summary or posterior for it.
    Path attempts = b.resolve("gen-005/attempts.csv");
    List<String> lines = Files.readAllLines(attempts);
    int kept = (lines.size() - 1) / 2;
    String partial = lines.get(kept + 1).substring(0, lines.get(kept + 1).length() / 2);
    Files.writeString(attempts, String.join("\n", lines.subList(0, kept + 1)) + "\n" + partial,
        StandardCharsets.UTF_8);
    Files.delete(b.resolve("gen-005/particles.csv"));
    Files.delete(b.resolve("gen-005/generation.csv"));
    Files.delete(b.resolve("posterior.csv"));
    seen.clear();
    Result r = standard(b, 2, "--resume");
    assertEquals(0, r.code(), r.err());
    assertEquals(Files.readString(dir.resolve("whole/posterior.csv")),
        Files.readString(b.resolve("posterior.csv")));
    assertEquals(Files.readString(dir.resolve("whole/gen-005/attempts.csv")),
        Files.readString(attempts), "every attempt once, in order");
    for (int a = 0; a < kept; a++) {
      long simulation = Seeds.derive(Seeds.derive(3, 5, a), 0, 1);
      assertFalse(seen.contains(simulation), "attempt " + a + " was simulated again");
    }
    assertTrue(seen.contains(Seeds.derive(Seeds.derive(3, 5, kept), 0, 1)));
  }

  @Test
  void aFinishedCalibrationIsNotOverwrittenWithoutForce(@TempDir Path dir) {
    assertEquals(0, standard(dir.resolve("c"), 2).code());
    Result again = standard(dir.resolve("c"), 2);
    assertEquals(2, again.code());
    assertTrue(again.err().contains("--resume"), again.err());
    Result other = calibrate(SCENARIO, "--param", "parameters.counterContestation=uniform(0,1)",
        "--particles", "60", "--resume", "--out", dir.resolve("c").toString());
    assertEquals(2, other.code());
    assertTrue(other.err().contains("another calibration"), other.err());
  }

  @Test
  void badInputExitsWithTwoBeforeAnySimulation(@TempDir Path dir) {
    String out = dir.resolve("x").toString();
    Result outside = calibrate(SCENARIO, "--param", "parameters.counterContestation=uniform(-1,1)",
        "--out", out);
    assertEquals(2, outside.code());
    assertTrue(outside.err().startsWith("--param parameters.counterContestation=uniform(-1,1): "
        + "the scenario rejects -1.0"), outside.err());
    Result unknown = calibrate(SCENARIO, "--param", "parameters.nope=uniform(0,1)", "--out", out);
    assertEquals(2, unknown.code());
    assertTrue(unknown.err().contains("parameters.nope"), unknown.err());
    Result few = calibrate(SCENARIO, "--param", "parameters.counterContestation=uniform(0,1)",
        "--particles", "1", "--out", out);
    assertEquals(2, few.code());
    assertEquals("--particles: expected at least 2, found 1", few.err().trim());
    Result syntax = calibrate(SCENARIO, "--param", "parameters.counterContestation=beta(1,2)",
        "--out", out);
    assertEquals(2, syntax.code());
    assertTrue(syntax.err().contains("expected uniform(a,b), loguniform(a,b) or "
        + "normal(mu,sigma,lo,hi)"), syntax.err());
    Result noPatterns = calibrate("src/main/resources/org/rissim/bench/tiny.yaml", "--param",
        "parameters.counterContestation=uniform(0,1)", "--out", out);
    assertEquals(2, noPatterns.code());
    assertTrue(noPatterns.err().contains("no patterns"), noPatterns.err());
    assertEquals(1, outside.err().lines().count(), outside.err());
    assertEquals(0, runs.get());
    assertFalse(Files.exists(dir.resolve("x")));
  }

  @Test
  void aBudgetStopsTheCalibrationAndCountsEverySimulation(@TempDir Path dir) throws Exception {
    Result r = calibrate(SCENARIO, "--param", "parameters.counterContestation=uniform(0,2)",
        "--particles", "20", "--budget", "150", "--seed", "3", "--out", dir.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("the budget of 150 simulations"), r.out());
    assertTrue(r.out().contains("; 150 simulations."), r.out());
    // Simulated beyond the budget: at most the look-ahead window of each generation (8 here).
    assertTrue(runs.get() >= 150 && runs.get() <= 150 + 8 * 10, "runs " + runs.get());
  }
}
