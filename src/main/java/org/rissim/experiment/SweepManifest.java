package org.rissim.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A sweep's manifest, sweep.json: what it holds, how it is read and written, and the identity
 * fields on which a resumed sweep and its folder, or the shards of one sweep, must agree.
 */
final class SweepManifest {
  /** Fields of sweep.json that must agree between a resumed sweep and its folder, or shards. */
  static final List<String> IDENTITY = List.of("sha256", "design", "samples", "reps", "seed",
      "points", "params", "columns", "measures", "series");

  private SweepManifest() {}

  /** The content of sweep.json for this spec. */
  static ObjectNode manifest(SweepSpec spec) {
    ObjectMapper json = new ObjectMapper();
    ObjectNode m = json.createObjectNode();
    m.put("scenario", spec.scenarioName());
    m.put("sha256", spec.scenarioHash());
    m.put("command", spec.commandLine());
    m.put("design", spec.design());
    m.put("samples", spec.samples());
    m.put("reps", spec.reps());
    m.put("seed", spec.seed());
    m.put("points", spec.points().size());
    m.put("runs", spec.runs());
    ArrayNode params = m.putArray("params");
    spec.params().forEach(p -> {
      ObjectNode o = params.addObject();
      p.forEach(o::put);
    });
    ArrayNode columns = m.putArray("columns");
    spec.columns().forEach(columns::add);
    ArrayNode measures = m.putArray("measures");
    spec.measures().forEach(measures::add);
    if (!spec.extras().outcomes().isEmpty()) {
      ArrayNode declared = m.putArray("outcomes");
      spec.extras().outcomes().forEach(o -> declared.addObject().put("id", o.id())
          .put("measure", o.measure()));
    }
    if (!spec.extras().series().isEmpty()) {
      ArrayNode series = m.putArray("series");
      spec.extras().series().forEach(series::add);
      m.put("seriesFile", SeriesTable.fileName(spec.extras().gzip()));
    }
    if (spec.shards() > 1) {
      m.put("shard", spec.shard() + "/" + spec.shards());
    } else {
      m.putNull("shard");
    }
    m.put("version", BuildInfo.current().version());
    return m;
  }

  /** Fails unless two sweep.json agree on the identity fields (and the shard, if asked). */
  static void checkSame(JsonNode found, JsonNode expected, Path where, boolean shard)
      throws ExperimentException {
    List<String> fields = new ArrayList<>(IDENTITY);
    if (shard) {
      fields.add("shard");
    }
    for (String f : fields) {
      if (!found.path(f).toString().equals(expected.path(f).toString())) {
        throw new ExperimentException(where + " belongs to a different sweep: " + f + " is "
            + found.path(f) + ", expected " + expected.path(f));
      }
    }
  }

  /** Reads a sweep.json; a file that is not a JSON object fails with its position. */
  static JsonNode readJson(Path p) throws IOException {
    try {
      JsonNode n = new ObjectMapper().readTree(p.toFile());
      if (n == null || !n.isObject()) {
        throw new IOException(p + ": expected a JSON object (a sweep.json), found "
            + (n == null ? "an empty file" : n.getNodeType().toString().toLowerCase()));
      }
      return n;
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      var at = e.getLocation();
      throw new IOException(p + (at == null ? "" : ":" + at.getLineNr() + ":"
          + at.getColumnNr()) + ": not valid JSON (" + e.getOriginalMessage() + ")");
    }
  }

  /** The text of a sweep.json: pretty-printed, with a final line break. */
  static String pretty(JsonNode n) throws IOException {
    return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(n) + "\n";
  }
}
