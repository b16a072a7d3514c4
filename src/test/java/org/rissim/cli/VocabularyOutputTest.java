package org.rissim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rissim.chart.ResultFolder;

/**
 * The outputs speak the institution's vocabulary (issue 11, item 5): a real run of the
 * development scenario, read back from its files, names no peacekeeping term in any event type,
 * field name, id or column, and the post-Soviet baseline still reads crisis and operation.
 */
class VocabularyOutputTest {
  private static final Pattern PEACEKEEPING =
      Pattern.compile("crisis|crises|operation|consent|impartial|peacekeep|separatist");

  @TempDir Path tmp;

  /** What a run folder's files name: event types, field names, ids and columns. */
  private record Names(Set<String> types, Set<String> fields, Set<String> ids,
      List<String> columns, List<String> stateColumns) {
    List<String> all() {
      List<String> out = new ArrayList<>(types);
      out.addAll(fields);
      out.addAll(ids);
      out.addAll(columns);
      out.addAll(stateColumns);
      return out;
    }
  }

  private Names run(String scenario, String opportunity, String act) throws IOException {
    Path out = tmp.resolve(opportunity);
    Cli.Result r = Cli.run("run", "scenarios/" + scenario, "--seed", "1", "--out",
        out.toString());
    assertEquals(0, r.code(), r.err());
    ObjectMapper json = new ObjectMapper();
    Set<String> types = new LinkedHashSet<>();
    Set<String> fields = new LinkedHashSet<>();
    Set<String> ids = new LinkedHashSet<>();
    for (String line : Files.readAllLines(out.resolve("events.jsonl"))) {
      JsonNode e = json.readTree(line);
      types.add(e.path("type").asText());
      e.fieldNames().forEachRemaining(fields::add);
      for (String idField : List.of(opportunity, act)) {
        if (e.path(idField).isTextual()) {
          ids.add(e.path(idField).asText());
        }
      }
    }
    return new Names(types, fields, ids, header(out.resolve("timeseries.csv")),
        header(out.resolve("states.csv")));
  }

  private static List<String> header(Path csv) throws IOException {
    try (var lines = Files.lines(csv)) {
      return List.of(lines.findFirst().orElseThrow().split(","));
    }
  }

  @Test
  void aDevelopmentRunNamesNoPeacekeepingTerm() throws Exception {
    Names n = run("development-asia.yaml", "need", "loan");
    // the institution's own names are there (the check below is not vacuous)
    assertTrue(n.types().containsAll(List.of("need", "loan", "loan-end")), n.types().toString());
    assertTrue(n.fields().containsAll(List.of("need", "loan", "needType")), n.fields().toString());
    assertTrue(n.columns().containsAll(List.of("needs.active", "loans.alone", "loans.body",
        "loans.conforming", "loans.deviating", "loans.active")), n.columns().toString());
    assertTrue(n.ids().stream().anyMatch(id -> id.startsWith("loan-")), n.ids().toString());
    assertTrue(n.ids().stream().anyMatch(id -> id.startsWith("need-")), n.ids().toString());
    for (String name : n.all()) {
      assertFalse(PEACEKEEPING.matcher(name.toLowerCase(Locale.ROOT)).find(),
          "a peacekeeping term in the development run's outputs: " + name);
    }
    // readers take the vocabulary from the folder's effective scenario
    ResultFolder folder = ResultFolder.open(tmp.resolve("need"));
    assertEquals("need", folder.vocabulary().names().opportunity());
    assertEquals("financing needs", folder.vocabulary().opportunities());
    assertFalse(folder.events().markers(true, id -> id, "need").isEmpty(),
        "the scripted financing needs are marked on the drift chart");
  }

  @Test
  void theBaselineStillReadsCrisisAndOperation() throws Exception {
    Names n = run("psris-baseline.yaml", "crisis", "operation");
    assertTrue(n.types().containsAll(List.of("crisis", "operation", "operation-end")),
        n.types().toString());
    assertTrue(n.fields().containsAll(List.of("crisis", "operation", "crisisType")),
        n.fields().toString());
    assertTrue(n.columns().containsAll(List.of("crises.active", "ops.alone", "ops.active")),
        n.columns().toString());
    assertTrue(n.ids().stream().anyMatch(id -> id.startsWith("op-")), n.ids().toString());
    assertTrue(n.ids().stream().anyMatch(id -> id.startsWith("crisis-")), n.ids().toString());
  }

  @Test
  void aPatternNamingAnotherInstitutionsEventIsALocatedError() throws Exception {
    Path file = tmp.resolve("peacekeeping-words.yaml");
    Files.writeString(file, "extends: " + Path.of("scenarios/development-asia.yaml")
        .toAbsolutePath() + "\npatterns:\n  - id: X1\n    description: loans\n"
        + "    event: {type: operation, minCount: 1}\n");
    Cli.Result r = Cli.run("validate", file.toString())
        .failsWith(".event.type: expected an event type of this scenario's runs");
    assertTrue(r.err().contains(file + ":5:"), r.err());
    assertTrue(r.err().contains("found `operation`"), r.err());
    assertTrue(r.err().contains("loan-end"), "the known types are listed: " + r.err());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      {opportunity: founding}      | institution.vocabulary.names.opportunity | another event type
      {act: host}                  | institution.vocabulary.names.act         | another field
      {act: procurement}           | institution.vocabulary.names.act         | a feature id
      {act: need, opportunity: need} | institution.vocabulary.names.act       | to differ from the opportunity's
      {acts: drift}                | institution.vocabulary.names.acts        | not another column's
      {opportunity: Financing-need} | institution.vocabulary.names.opportunity | a lower-case letter
      {deed: x}                    | institution.vocabulary.names             | unknown key `deed`
      """)
  void aBadNameIsALocatedErrorAndExit2(String names, String path, String message)
      throws Exception {
    Path file = tmp.resolve("bad-names.yaml");
    Files.writeString(file, "extends: " + Path.of("scenarios/development-asia.yaml")
        .toAbsolutePath() + "\ninstitution:\n  vocabulary:\n    names: " + names + "\n");
    Cli.Result r = Cli.run("validate", file.toString()).failsWith(message);
    String line = r.err().lines().filter(l -> l.contains(message)).findFirst().orElse("");
    assertTrue(line.startsWith(file + ":4:"), r.err());
    assertTrue(line.contains(path), r.err());
  }
}
