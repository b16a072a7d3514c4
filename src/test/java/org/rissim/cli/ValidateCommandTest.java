package org.rissim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

class ValidateCommandTest {
  private static final String BROKEN = "src/test/resources/scenarios/broken/";

  /** Exit code, stdout and stderr of one black-box invocation. */
  private record Result(int code, String out, String err) {}

  private static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int code = cli.execute(args);
    return new Result(code, out.toString(), err.toString());
  }

  @Test
  void validFilePrintsOkAndExitsZero() {
    Result r = run("validate", "src/test/resources/scenarios/small.yaml",
        "src/test/resources/scenarios/extends-child.yaml");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("OK src/test/resources/scenarios/small.yaml"), r.out());
    assertTrue(r.out().contains("OK src/test/resources/scenarios/extends-child.yaml"), r.out());
    assertEquals("", r.err());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      typo-key.yaml           | typo-key.yaml:5:7:           | unknown key `recogntion` at states[0].strategyMix; did you mean `recognition`?
      wrong-type.yaml         | wrong-type.yaml:4:12:        | states[1].power: expected a number > 0, found the text "strong"
      out-of-range.yaml       | out-of-range.yaml:4:18:      | states[1].inculcation: expected a number in [0,1], found 1.5
      dangling-member.yaml    | dangling-member.yaml:4:20:   | bodies[1].members[1]: no state has id `SMAL`; did you mean `SMALL`?
      dangling-host.yaml      | dangling-host.yaml:5:13:     | crises.scripted[0].host: no state has id `NOWHERE`
      crisis-outside-run.yaml | crisis-outside-run.yaml:5:14: | expected a month inside the run 2000-01 to 2005-12, found 2010-03
      bad-yaml.yaml           | bad-yaml.yaml:5:7:           | malformed YAML: while parsing a flow sequence: expected ',' or ']'
      empty.yaml              | empty.yaml:                  | is empty
      cycle-a.yaml            | cycle-b.yaml:1:10:           | extends cycle: cycle-a.yaml -> cycle-b.yaml -> cycle-a.yaml
      alias-bomb.yaml         | alias-bomb.yaml:6:11:        | (an alias bomb?)
      end-before-start.yaml   | end-before-start.yaml:2:6:   | end: expected an end month after start 2000-01, found 1999-12
      bad-rung-require.yaml   | bad-rung-require.yaml:5:18:  | no recognition rung has id `obsever`; did you mean `observer`?
      pattern-column.yaml     | pattern-column.yaml:5:22:    | patterns[2].series.column: expected a column of timeseries.csv, found `body.REG.member`, which a run of this scenario does not write; did you mean `body.REG.members`?
      pattern-event-type.yaml | pattern-event-type.yaml:5:19: | patterns[2].event.type: expected an event type of this scenario's runs (crisis, operation, operation-end,
      pattern-where.yaml      | pattern-where.yaml:5:38:     | patterns[2].event.where.bdy: expected a field of `operation` events, found `bdy`; did you mean `body`?
      removed-body.yaml       | removed-body.yaml:4:13:      | body `REG` is removed here, but patterns[1].event.where.body (src/test/resources/scenarios/small.yaml:78:21) still refers to it
      """)
  void brokenFileIsReportedAtItsLineAndColumn(String file, String location, String message) {
    Result r = run("validate", BROKEN + file);
    assertEquals(2, r.code());
    assertFalse(r.out().contains("OK"), r.out());
    String line = r.err().lines().filter(l -> l.contains(message)).findFirst().orElse("");
    assertTrue(line.startsWith(BROKEN + location), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
    assertFalse(r.err().contains("\tat "), r.err());
  }

  @Test
  void unknownSetPathIsAnErrorAtSet() {
    Result r = run("validate", "src/test/resources/scenarios/small.yaml",
        "--set", "parameters.beleif.eta=0.2");
    assertEquals(2, r.code());
    assertEquals("--set: parameters.beleif.eta: unknown key `beleif` at parameters; "
        + "did you mean `belief`?", r.err().strip());
  }

  @Test
  void everyFileIsCheckedAndOneBadFileFailsTheRun(@TempDir Path dir) throws Exception {
    Path binary = dir.resolve("binary.yaml");
    Files.write(binary, new byte[] {'a', ':', 0, 1, 2});
    Result r = run("validate", "src/test/resources/scenarios/small.yaml", binary.toString(),
        dir.resolve("missing.yaml").toString());
    assertEquals(2, r.code());
    assertTrue(r.out().contains("OK src/test/resources/scenarios/small.yaml"));
    assertTrue(r.err().contains(binary + ": is a binary file, not YAML text"), r.err());
    assertTrue(r.err().contains("missing.yaml: no such file"), r.err());
  }
}
