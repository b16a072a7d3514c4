package org.rissim.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Parses YAML text into a {@link Node} tree with positions, through Jackson's streaming
 * {@link YAMLParser} (Jackson's own tree model drops positions). Hostile input (huge or binary
 * files, alias bombs, deep nesting) fails with one clear error instead of exhausting memory or
 * the stack.
 */
final class YamlReader {
  /** Largest scenario file accepted, in bytes. */
  static final long MAX_BYTES = 1L << 20;
  /** Deepest nesting accepted (scenarios need about eight levels). */
  static final int MAX_DEPTH = 64;
  /** Most aliases ({@code *name}) accepted in one document. */
  static final int MAX_ALIASES = 100;
  /** Most nodes accepted, counting every node an alias repeats. */
  static final int MAX_NODES = 200_000;

  private final YAMLFactory factory;

  YamlReader() {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(MAX_ALIASES);
    options.setNestingDepthLimit(MAX_DEPTH);
    options.setCodePointLimit((int) MAX_BYTES);
    options.setAllowDuplicateKeys(false);
    this.factory = YAMLFactory.builder().loaderOptions(options).build();
  }

  /** Reads a file, checking that it exists, is small, is text and holds one YAML document. */
  Node readFile(Path file, String shownAs) throws ScenarioException {
    byte[] bytes;
    try {
      if (Files.isDirectory(file)) {
        throw fail(shownAs, 0, 0, "is a directory, not a scenario file");
      }
      if (Files.exists(file) && !Files.isRegularFile(file)) {
        // a FIFO or a device would block or never end: refuse it before reading
        throw fail(shownAs, 0, 0, "is not a regular file (a FIFO, device or socket)");
      }
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        throw fail(shownAs, 0, 0, "file is " + size + " bytes; a scenario file may be at most "
            + MAX_BYTES + " bytes (1 MiB)");
      }
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw fail(shownAs, 0, 0, "no such file");
    } catch (IOException e) {
      throw fail(shownAs, 0, 0, "cannot read the file: " + e.getMessage());
    }
    for (byte b : bytes) {
      if (b == 0) {
        throw fail(shownAs, 0, 0, "is a binary file, not YAML text");
      }
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw fail(shownAs, 0, 0, "is not UTF-8 text (a binary file?)");
    }
    Node root = readText(text, shownAs, true);
    if (root instanceof Node.Scalar s && s.isNull()) {
      throw fail(shownAs, 0, 0, "is empty: expected a YAML mapping of scenario keys");
    }
    return root;
  }

  /**
   * Parses text; with {@code positions} false every node is located at line 0 (used for
   * {@code --set} values, whose only location is the command line). Empty text is a null scalar.
   */
  Node readText(String text, String shownAs, boolean positions) throws ScenarioException {
    try (YAMLParser p = factory.createParser(text)) {
      Builder b = new Builder(p, shownAs, positions);
      JsonToken first = p.nextToken();
      if (first == null) {
        return Node.Scalar.nul(new Node.Pos(shownAs, positions ? 1 : 0, positions ? 1 : 0));
      }
      Node root = b.read(0);
      if (p.nextToken() != null) {
        throw fail(shownAs, b.line(p.currentTokenLocation()), b.column(p.currentTokenLocation()),
            "more than one YAML document in the file; expected exactly one");
      }
      return root;
    } catch (ScenarioException e) {
      throw e;
    } catch (JsonProcessingException e) {
      if (e.getCause() instanceof MarkedYAMLException m && m.getProblemMark() != null) {
        // SnakeYAML knows both what it was parsing and what it found instead
        String context = m.getContext() == null ? "" : m.getContext().trim() + ": ";
        throw fail(shownAs, positions ? m.getProblemMark().getLine() + 1 : 0,
            positions ? m.getProblemMark().getColumn() + 1 : 0,
            "malformed YAML: " + context + String.valueOf(m.getProblem()).trim());
      }
      JsonLocation loc = e.getLocation();
      String msg = e.getOriginalMessage().lines().findFirst().orElse("").trim();
      throw fail(shownAs, positions && loc != null ? loc.getLineNr() : 0,
          positions && loc != null ? loc.getColumnNr() : 0, "malformed YAML: " + msg);
    } catch (IOException | RuntimeException e) {
      // SnakeYAML reports some syntax errors as unchecked exceptions; each is still bad input
      String msg = String.valueOf(e.getMessage()).lines().findFirst().orElse("").trim();
      throw fail(shownAs, 0, 0, "malformed YAML: " + msg);
    }
  }

  static ScenarioException fail(String file, int line, int column, String message) {
    return new ScenarioException(List.of(new ScenarioError(file, line, column, "", message)));
  }

  /** Builds the tree from the token stream, tracking anchors, aliases and node counts. */
  private static final class Builder {
    private final YAMLParser p;
    private final String file;
    private final boolean positions;
    private final Map<String, Node> anchors = new HashMap<>();
    private final Map<Node, Integer> sizes = new IdentityHashMap<>();
    private int aliases;
    private long nodes;

    Builder(YAMLParser p, String file, boolean positions) {
      this.p = p;
      this.file = file;
      this.positions = positions;
    }

    int line(JsonLocation loc) {
      return positions ? loc.getLineNr() : 0;
    }

    int column(JsonLocation loc) {
      return positions ? loc.getColumnNr() : 0;
    }

    private Node.Pos here() {
      JsonLocation loc = p.currentTokenLocation();
      return new Node.Pos(file, line(loc), column(loc));
    }

    private ScenarioException error(String message) {
      Node.Pos at = here();
      return fail(file, at.line(), at.column(), message);
    }

    /** Reads the node at the current token (already consumed by nextToken). */
    Node read(int depth) throws IOException, ScenarioException {
      if (depth > MAX_DEPTH) {
        throw error("nesting deeper than " + MAX_DEPTH + " levels");
      }
      JsonToken t = p.currentToken();
      Node.Pos pos = here();
      String anchor = p.getObjectId();
      if (p.isCurrentAlias()) {
        return alias(p.getText());
      }
      Node node;
      int size = 1;
      switch (t) {
        case START_OBJECT -> {
          Map<String, Node.Entry> entries = new LinkedHashMap<>();
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            Node.Pos keyPos = here();
            if (entries.containsKey(key)) {
              throw error("duplicate key `" + key + "`");
            }
            p.nextToken();
            Node value = read(depth + 1);
            size += sizes.getOrDefault(value, 1);
            entries.put(key, new Node.Entry(keyPos, value));
          }
          node = new Node.MapNode(entries, pos);
        }
        case START_ARRAY -> {
          List<Node> items = new ArrayList<>();
          while (p.nextToken() != JsonToken.END_ARRAY) {
            Node item = read(depth + 1);
            size += sizes.getOrDefault(item, 1);
            items.add(item);
          }
          node = new Node.ListNode(items, pos);
        }
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
          double v = p.getDoubleValue();
          if (!Double.isFinite(v)) {
            // 1e400 overflows to infinity: no parameter of the model means anything there.
            throw error("expected a finite number, found " + p.getText());
          }
          node = new Node.Scalar(p.getText(), Node.Kind.NUMBER, v, pos);
        }
        case VALUE_TRUE, VALUE_FALSE ->
            node = new Node.Scalar(p.getText(), Node.Kind.BOOLEAN, Double.NaN, pos);
        case VALUE_NULL -> node = Node.Scalar.nul(pos);
        case VALUE_STRING -> node = Node.Scalar.string(p.getText(), pos);
        default -> throw error("unexpected YAML content " + t);
      }
      count(1);
      if (size > 1) {
        sizes.put(node, size);
      }
      if (anchor != null) {
        anchors.put(anchor, node);
      }
      return node;
    }

    private Node alias(String name) throws ScenarioException {
      Node target = anchors.get(name);
      if (target == null) {
        throw error("alias *" + name + " refers to no anchor defined before it");
      }
      if (++aliases > MAX_ALIASES) {
        throw error("more than " + MAX_ALIASES + " aliases in one document (an alias bomb?)");
      }
      // an alias shares the anchored node, but every later pass walks it again: count it in full
      count(sizes.getOrDefault(target, 1));
      return target;
    }

    private void count(long n) throws ScenarioException {
      nodes += n;
      if (nodes > MAX_NODES) {
        throw error("more than " + MAX_NODES
            + " values once aliases are expanded (an alias bomb?)");
      }
    }
  }
}
