package org.rissim.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads scenario files: parses YAML with positions, resolves {@code extends}, merges defaults,
 * applies {@code --set} overrides, validates everything and binds the immutable records.
 */
public final class ScenarioLoader {
  /** Sections of defaults.yaml that are laid under entries, then dropped from the document. */
  private static final Map<String, String> ENTRY_DEFAULTS = Map.of(
      "states", "stateDefaults", "bodies", "bodyDefaults");

  /** How many files an extends chain may hold (a deeper one is refused with a message). */
  static final int MAX_EXTENDS_DEPTH = 64;

  private ScenarioLoader() {}

  /**
   * Loads one scenario with command-line overrides ({@code path=value}, applied in order).
   *
   * @throws ScenarioException with every problem found, located
   */
  public static LoadedScenario load(Path file, List<String> overrides) throws ScenarioException {
    return template(file, overrides).with(Map.of());
  }

  /** Parses and merges once, so that many variants can be bound cheaply (sweeps). */
  public static ScenarioTemplate template(Path file, List<String> overrides)
      throws ScenarioException {
    if (file.toString().isEmpty()) {
      throw new ScenarioException(List.of(new ScenarioError("''", 0, 0, "",
          "expected a scenario file name, found an empty one")));
    }
    YamlReader reader = new YamlReader();
    List<ScenarioError> errors = new ArrayList<>();
    BodyRemovals removals = new BodyRemovals();
    Node doc = readChain(file, file.toString(), reader, new ArrayList<>(), errors, removals);
    Node merged = new DocumentMerge(errors).merge(defaults(reader), doc, "");
    merged = applyEntryDefaults(merged, errors);
    if (merged instanceof Node.MapNode root && root.get("bodies") instanceof Node.ListNode b) {
      removals.keepAbsent(new java.util.HashSet<>(DocumentMerge.ids(b.items())));
    }
    merged = removals.dropReferences(merged);
    for (String o : overrides) {
      merged = Overrides.apply(merged, o, reader, errors);
    }
    if (!errors.isEmpty()) {
      throw new ScenarioException(errors);
    }
    return new MergedTemplate(merged, reader, removals);
  }

  /** Reads a file and, recursively, the files it extends, merging each over its parent. */
  private static Node readChain(Path file, String shownAs, YamlReader reader, List<Path> chain,
      List<ScenarioError> errors, BodyRemovals removals) throws ScenarioException {
    Node root = reader.readFile(file, shownAs);
    IdIndex.checkDuplicates(root, errors);
    chain.add(file.toAbsolutePath().normalize());
    if (!(root instanceof Node.MapNode m) || m.get("extends") == null) {
      return root;
    }
    Node ext = m.get("extends");
    Node.MapNode child = m.without("extends");
    if (!(ext instanceof Node.Scalar s) || s.kind() != Node.Kind.STRING) {
      throw located(ext, "expected a file name (relative to this file), found "
          + Node.describe(ext));
    }
    Path parent = file.toAbsolutePath().getParent().resolve(s.text());
    String parentShown = file.getParent() == null ? s.text()
        : file.getParent().resolve(s.text()).normalize().toString();
    Path normal = parent.normalize();
    if (chain.contains(normal)) {
      StringBuilder cycle = new StringBuilder();
      for (Path p : chain.subList(chain.indexOf(normal), chain.size())) {
        cycle.append(p.getFileName()).append(" -> ");
      }
      throw located(ext, "extends cycle: " + cycle + normal.getFileName());
    }
    if (chain.size() >= MAX_EXTENDS_DEPTH) {
      throw located(ext, "extends chain deeper than " + MAX_EXTENDS_DEPTH + " files; "
          + "flatten it");
    }
    if (!Files.isRegularFile(parent)) {
      String why = Files.isDirectory(parent) ? "is a folder, not a file"
          : Files.exists(parent, java.nio.file.LinkOption.NOFOLLOW_LINKS)
              ? (Files.isSymbolicLink(parent) ? "a broken symbolic link, or a link loop"
                  : "not a regular file (a FIFO, device or socket)")
              : "no such file";
      throw located(ext, "cannot extend `" + s.text() + "`: " + why + " (" + parentShown + ")");
    }
    Node base = readChain(parent, parentShown, reader, chain, errors, removals);
    return new DocumentMerge(errors, removals).merge(base, child, "");
  }

  private static ScenarioException located(Node at, String message) {
    Node.Pos p = at.pos();
    return new ScenarioException(List.of(new ScenarioError(p.file(), p.line(), p.column(),
        "extends", message)));
  }

  /** The bundled defaults document. */
  private static Node defaults(YamlReader reader) throws ScenarioException {
    return reader.readText(defaultsText(), "defaults.yaml", true);
  }

  /**
   * The text of the bundled {@code defaults.yaml}, with its comments: every default a scenario
   * key takes when it is left out, and the reasoning of each value ({@code rissim defaults}).
   */
  public static String defaultsText() {
    try (InputStream in = ScenarioLoader.class.getResourceAsStream("defaults.yaml")) {
      if (in == null) {
        throw new IllegalStateException("defaults.yaml is missing from the rissim jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Lays {@code stateDefaults} under each state, {@code bodyDefaults} under each body,
   * {@code rungDefaults} under each rung and {@code crisisTypeDefaults} under each crisis type,
   * gives each scripted crisis its id as label, and drops the defaults sections.
   */
  private static Node applyEntryDefaults(Node doc, List<ScenarioError> errors) {
    if (!(doc instanceof Node.MapNode root)) {
      return doc;
    }
    DocumentMerge merge = new DocumentMerge(errors);
    for (Map.Entry<String, String> e : ENTRY_DEFAULTS.entrySet()) {
      Node defaults = root.get(e.getValue());
      root = root.without(e.getValue());
      if (root.get(e.getKey()) instanceof Node.ListNode l && defaults instanceof Node.MapNode d) {
        List<Node> items = new ArrayList<>();
        l.items().forEach(item -> items.add(underlay(d, item, merge)));
        root = root.with(e.getKey(), new Node.ListNode(items, l.pos()));
      }
    }
    Node rungDefaults = root.get("rungDefaults");
    Node typeDefaults = root.get("crisisTypeDefaults");
    root = root.without("rungDefaults").without("crisisTypeDefaults");
    if (root.get("recognition") instanceof Node.MapNode r && r.get("rungs") instanceof Node.ListNode l
        && rungDefaults instanceof Node.MapNode d) {
      List<Node> items = new ArrayList<>();
      l.items().forEach(item -> items.add(underlay(d, item, merge)));
      root = root.with("recognition", r.with("rungs", new Node.ListNode(items, l.pos())));
    }
    if (root.get("crises") instanceof Node.MapNode c) {
      if (c.get("types") instanceof Node.MapNode t && typeDefaults instanceof Node.MapNode d) {
        Map<String, Node.Entry> types = new LinkedHashMap<>();
        t.entries().forEach((k, v) -> types.put(k, new Node.Entry(v.keyPos(),
            underlay(d, v.value(), merge))));
        c = c.with("types", new Node.MapNode(types, t.pos()));
      }
      if (c.get("scripted") instanceof Node.ListNode l) {
        List<Node> items = new ArrayList<>();
        for (Node item : l.items()) {
          if (item instanceof Node.MapNode im && im.get("label") == null
              && im.get("id") instanceof Node.Scalar id && !id.isNull()) {
            item = labelled(im, id);
          }
          items.add(item);
        }
        c = c.with("scripted", new Node.ListNode(items, l.pos()));
      }
      root = root.with("crises", c);
    }
    return root;
  }

  /** A scripted crisis with {@code label} set to its id, placed right after the id. */
  private static Node labelled(Node.MapNode crisis, Node.Scalar id) {
    Map<String, Node.Entry> out = new LinkedHashMap<>();
    crisis.entries().forEach((k, v) -> {
      out.put(k, v);
      if (k.equals("id")) {
        out.put("label", new Node.Entry(v.keyPos(), id));
      }
    });
    return new Node.MapNode(out, crisis.pos());
  }

  /** The entry merged over its defaults, keeping the entry's own keys first (readable output). */
  private static Node underlay(Node.MapNode defaults, Node entry, DocumentMerge merge) {
    if (!(entry instanceof Node.MapNode m)) {
      return entry;
    }
    Map<String, Node.Entry> out = new LinkedHashMap<>();
    m.entries().forEach((k, v) -> out.put(k, new Node.Entry(v.keyPos(),
        merge.merge(defaults.get(k), v.value(), "entry." + k))));
    defaults.entries().forEach((k, v) -> out.putIfAbsent(k, v));
    return new Node.MapNode(out, m.pos());
  }

  /** A merged document from which variants are bound. */
  private record MergedTemplate(Node document, YamlReader reader, BodyRemovals removals)
      implements ScenarioTemplate {
    @Override
    public LoadedScenario with(Map<String, String> overrides) throws ScenarioException {
      Node doc = document;
      List<ScenarioError> errors = new ArrayList<>();
      for (Map.Entry<String, String> o : overrides.entrySet()) {
        doc = Overrides.apply(doc, o.getKey(), o.getValue(), reader, errors);
      }
      if (!errors.isEmpty()) {
        throw new ScenarioException(errors);
      }
      Scenario scenario = new ScenarioBinder(removals).bind(doc);
      Node bound = doc;
      return new LoadedScenario(scenario, () -> EffectiveYaml.write(bound));
    }
  }
}
