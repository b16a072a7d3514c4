package org.rissim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One notion of validity: the baseline scenario mutated at random (numbers, ids, lists, lines);
 * every mutant either fails validation with exit 2 and a located message, or runs without an
 * exception. The mutants are drawn from a fixed seed, so a failure is reproducible.
 */
class ScenarioMutationTest {
  private static final int MUTANTS = 16;
  private static final Pattern NUMBER = Pattern.compile("(?<=[:\\[,] )-?\\d+(\\.\\d+)?(?=[\\s,}\\]])");
  private static final Pattern ID = Pattern.compile("(?<=id: )[A-Za-z][A-Za-z0-9]*");
  private static final Pattern LIST = Pattern.compile("\\[[A-Za-z0-9, ]*\\]");
  private static final String[] NUMBERS = {"0", "-1", "1e400", "1e308", "-0.5", "2", "1e9",
      "0.0001", "100", ".nan", "-1e308", "1.5", "0.999999"};

  @TempDir Path tmp;

  @Test
  void everyMutantOfTheBaselineIsRefusedOrRuns() throws Exception {
    String base = Files.readString(Path.of("scenarios/psris-baseline.yaml"));
    // the baseline takes its institution from institutions/peacekeeping.yaml, beside it
    Files.createDirectories(tmp.resolve("institutions"));
    Files.copy(Path.of("scenarios/institutions/peacekeeping.yaml"),
        tmp.resolve("institutions/peacekeeping.yaml"));
    MersenneTwisterFast random = new MersenneTwisterFast(20261202L);
    int refused = 0;
    int ran = 0;
    for (int m = 0; m < MUTANTS; m++) {
      List<String> what = new ArrayList<>();
      String text = base;
      int edits = 1 + random.nextInt(3);
      for (int e = 0; e < edits; e++) {
        text = mutate(text, random, what);
      }
      Path file = tmp.resolve("mutant-" + m + ".yaml");
      Files.writeString(file, text);
      Cli.Result v = Cli.run("validate", file.toString());
      String label = "mutant " + m + " (" + String.join("; ", what) + ")";
      if (v.code() != 0) {
        assertEquals(2, v.code(), label + ": " + v.err());
        assertTrue(v.err().contains(file.toString()), label + ": unlocated: " + v.err());
        v.noTrace();
        refused++;
        continue;
      }
      Cli.Result r = Cli.run("run", file.toString(), "--until", "1993-06", "--out",
          tmp.resolve("run-" + m).toString());
      assertEquals(0, r.code(), label + " passed validate, then: " + r.err());
      ran++;
    }
    assertTrue(refused > 0 && ran > 0, "both kinds of mutant drawn: " + refused + "/" + ran);
  }

  private static String mutate(String text, MersenneTwisterFast random, List<String> what) {
    switch (random.nextInt(4)) {
      case 0 -> {
        return replaceOne(text, NUMBER, random, NUMBERS[random.nextInt(NUMBERS.length)], what,
            "number");
      }
      case 1 -> {
        List<String> ids = all(text, ID);
        String other = random.nextBoolean() ? ids.get(random.nextInt(ids.size())) : "ZZZ";
        return replaceOne(text, ID, random, other, what, "id");
      }
      case 2 -> {
        List<String> lists = all(text, LIST);
        String list = lists.get(random.nextInt(lists.size()));
        String[] items = list.substring(1, list.length() - 1).split(",\\s*");
        String changed = switch (random.nextInt(3)) {
          case 0 -> "[]";
          case 1 -> "[" + String.join(", ", List.of(items).subList(1, items.length)) + "]";
          default -> "[" + items[0] + ", " + String.join(", ", items) + "]";
        };
        what.add("list " + list + " -> " + changed);
        return text.replace(list, changed);
      }
      default -> {
        String[] lines = text.split("\n", -1);
        int i = random.nextInt(lines.length);
        what.add("line " + (i + 1) + " deleted: " + lines[i].strip());
        List<String> kept = new ArrayList<>(List.of(lines));
        kept.remove(i);
        return String.join("\n", kept);
      }
    }
  }

  private static String replaceOne(String text, Pattern p, MersenneTwisterFast random,
      String replacement, List<String> what, String kind) {
    List<int[]> spans = new ArrayList<>();
    Matcher m = p.matcher(text);
    while (m.find()) {
      spans.add(new int[] {m.start(), m.end()});
    }
    int[] s = spans.get(random.nextInt(spans.size()));
    int line = text.substring(0, s[0]).split("\n", -1).length;
    what.add(kind + " on line " + line + ": " + text.substring(s[0], s[1]) + " -> " + replacement);
    return text.substring(0, s[0]) + replacement + text.substring(s[1]);
  }

  private static List<String> all(String text, Pattern p) {
    List<String> out = new ArrayList<>();
    Matcher m = p.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }
}
