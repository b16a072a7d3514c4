package org.rissim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Every {@code rissim} / {@code ./rissim} command in a fenced block of README.md, docs/*.md and
 * results/examples/README.md parses, names only files that exist (globs expanded as a shell
 * would; files under results/ are made by earlier commands), and every {@code validate}
 * command among them passes.
 */
class DocsCommandsTest {
  /** A documented command: where it is written and its arguments after {@code rissim}. */
  record Documented(String where, List<String> args) {}

  static List<Path> documents() throws IOException {
    List<Path> docs = new ArrayList<>(List.of(Path.of("README.md"),
        Path.of("results/examples/README.md")));
    try (Stream<Path> s = Files.list(Path.of("docs"))) {
      s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(docs::add);
    }
    return docs;
  }

  /** The commands of the fenced blocks of a Markdown file, continuation lines joined. */
  static List<Documented> commands(Path doc) throws IOException {
    List<Documented> out = new ArrayList<>();
    List<String> lines = Files.readAllLines(doc);
    boolean fenced = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.startsWith("```")) {
        fenced = !fenced;
        continue;
      }
      if (!fenced || !(line.startsWith("rissim ") || line.startsWith("./rissim "))) {
        continue;
      }
      int at = i + 1;
      StringBuilder command = new StringBuilder();
      while (line.endsWith("\\") && i + 1 < lines.size()) {
        command.append(line, 0, line.length() - 1).append(' ');
        line = lines.get(++i).strip();
      }
      command.append(line);
      out.add(new Documented(doc + ":" + at, words(command.toString())));
    }
    return out;
  }

  /** Shell words: comments dropped, quotes removed, the command name left out. */
  static List<String> words(String command) {
    List<String> words = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    char quote = 0;
    boolean inWord = false;
    for (int i = 0; i < command.length(); i++) {
      char c = command.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else {
          w.append(c);
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
        inWord = true;
      } else if (c == '#' && !inWord) {
        break;
      } else if (Character.isWhitespace(c)) {
        if (inWord) {
          words.add(w.toString());
          w.setLength(0);
          inWord = false;
        }
      } else {
        w.append(c);
        inWord = true;
      }
    }
    if (inWord) {
      words.add(w.toString());
    }
    return words.subList(1, words.size());
  }

  /** A word with a glob expanded against the working directory, as a shell would. */
  static List<String> expand(String word) throws IOException {
    if (!word.contains("*")) {
      return List.of(word);
    }
    Path dir = Path.of(word).getParent();
    List<String> out = new ArrayList<>();
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir,
        Path.of(word).getFileName().toString())) {
      s.forEach(p -> out.add(p.toString()));
    }
    out.sort(null);
    return out;
  }

  @Test
  void everyDocumentedCommandParsesAndNamesFilesThatExist() throws IOException {
    List<String> problems = new ArrayList<>();
    int count = 0;
    for (Path doc : documents()) {
      for (Documented d : commands(doc)) {
        count++;
        List<String> args = new ArrayList<>();
        for (String w : d.args()) {
          // Shell variables stand for the reader's own folders ($SCRATCH): any folder will do.
          args.addAll(expand(w.replaceAll("\\$[A-Z_]+", "results")));
        }
        // A file named my-* is the reader's own (a how-to's placeholder, docs/SCENARIOS.md).
        boolean readersOwn = args.stream()
            .anyMatch(a -> a.endsWith(".yaml") && Path.of(a).getFileName().toString()
                .startsWith("my-"));
        for (String a : args) {
          // Scenario and experiment files must exist; files under results/ are made by the docs.
          if (a.endsWith(".yaml") && !a.startsWith("results/") && !readersOwn
              && !Files.isRegularFile(Path.of(a))) {
            problems.add(d.where() + ": no file " + a);
          }
        }
        try {
          Main.commandLine().parseArgs(args.toArray(String[]::new));
        } catch (CommandLine.ParameterException e) {
          problems.add(d.where() + ": " + e.getMessage());
        }
        if (!args.isEmpty() && args.get(0).equals("validate") && !readersOwn) {
          CommandLine cl = Main.commandLine();
          StringWriter err = new StringWriter();
          cl.setOut(new PrintWriter(new StringWriter()));
          cl.setErr(new PrintWriter(err));
          int code = cl.execute(args.toArray(String[]::new));
          if (code != 0) {
            problems.add(d.where() + ": exit " + code + ": " + err.toString().strip());
          }
        }
      }
    }
    assertTrue(count >= 15, "found only " + count + " documented commands");
    if (!problems.isEmpty()) {
      fail(String.join("\n", problems));
    }
  }

  @Test
  void commandsAreReadAsAShellWouldSplitThem() {
    assertEquals(List.of("sweep", "a b", "--x", "c"), words("./rissim sweep 'a b' --x c # note"));
    assertEquals(List.of("plot", "drift", "x#y"), words("rissim plot drift x#y"));
  }
}
