package org.rissim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The check of a resumed sweep: the version of rissim that began it. */
final class SweepChecks {
  /**
   * An error line when {@code sweepJson} exists and was written by another rissim version, so a
   * resume would mix results of two versions; null otherwise.
   */
  static String otherVersion(Path sweepJson, String current) throws IOException {
    if (!Files.isRegularFile(sweepJson)) {
      return null;
    }
    JsonNode n;
    try {
      n = new ObjectMapper().readTree(sweepJson.toFile());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return sweepJson + ": not valid JSON (" + e.getOriginalMessage() + ")";
    }
    String v = n == null ? "" : n.path("version").asText("");
    if (!v.equals(current)) {
      return sweepJson + " was written by rissim " + (v.isEmpty() ? "of unknown version" : v)
          + ", this is " + current + "; resume with that version, or pass --any-version";
    }
    return null;
  }
}
