package org.rissim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class YamlReaderTest {
  private final YamlReader reader = new YamlReader();

  private String failure(Path file) {
    ScenarioException e = assertThrows(ScenarioException.class,
        () -> reader.readFile(file, file.getFileName().toString()));
    assertEquals(1, e.errors().size());
    return e.errors().get(0).toString();
  }

  @Test
  void keepsLineAndColumnOfKeysAndValues() throws ScenarioException {
    Node root = reader.readText("a: 1\nb:\n  c: [x, 2.5]\n", "f.yaml", true);
    Node.MapNode b = (Node.MapNode) ((Node.MapNode) root).get("b");
    assertEquals(new Node.Pos("f.yaml", 3, 3), b.entries().get("c").keyPos());
    Node.ListNode c = (Node.ListNode) b.get("c");
    assertEquals(new Node.Pos("f.yaml", 3, 10), c.items().get(1).pos());
    assertEquals(2.5, ((Node.Scalar) c.items().get(1)).number());
  }

  @Test
  void aliasesShareTheAnchoredNode() throws ScenarioException {
    Node.MapNode root = (Node.MapNode) reader.readText("a: &x {k: 1}\nb: *x\n", "f", true);
    assertInstanceOf(Node.MapNode.class, root.get("b"));
    assertEquals(root.get("a"), root.get("b"));
  }

  @Test
  void refusesAFileOverOneMebibyte(@TempDir Path dir) throws Exception {
    Path big = dir.resolve("big.yaml");
    Files.writeString(big, "a: " + "x".repeat((int) YamlReader.MAX_BYTES));
    assertTrue(failure(big).contains("at most 1048576 bytes"));
  }

  @Test
  void refusesDeepNesting(@TempDir Path dir) throws Exception {
    Path deep = dir.resolve("deep.yaml");
    Files.writeString(deep, "a: " + "[".repeat(5000) + "]".repeat(5000));
    assertTrue(failure(deep).contains("nesting deeper than 64 levels"));
  }

  @Test
  void refusesTextThatIsNotUtf8(@TempDir Path dir) throws Exception {
    Path latin = dir.resolve("latin.yaml");
    Files.write(latin, new byte[] {'a', ':', ' ', (byte) 0xE9, (byte) 0xFF});
    assertTrue(failure(latin).contains("not UTF-8"));
  }

  @Test
  void refusesDuplicateKeysAndUnknownAliases(@TempDir Path dir) throws Exception {
    Path dup = dir.resolve("dup.yaml");
    Files.writeString(dup, "a: 1\na: 2\n");
    String duplicate = failure(dup);
    assertTrue(duplicate.startsWith("dup.yaml:2:") && duplicate.contains("'a'"), duplicate);
    Path alias = dir.resolve("alias.yaml");
    Files.writeString(alias, "a: *nothing\n");
    assertTrue(failure(alias).contains("alias *nothing refers to no anchor"));
  }

  @Test
  void refusesATopLevelThatIsNotAMapping(@TempDir Path dir) throws Exception {
    Path list = dir.resolve("list.yaml");
    Files.writeString(list, "- a\n- b\n");
    ScenarioException e = assertThrows(ScenarioException.class,
        () -> ScenarioLoader.load(list, java.util.List.of()));
    assertTrue(e.getMessage().contains("expected a mapping, found a list"), e.getMessage());
  }
}
