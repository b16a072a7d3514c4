package org.rissim.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which events of a run become markers on the drift chart, for one run and for replicates. */
class EventLogMarkersTest {
  private static final String EVENTS = String.join("\n",
      "{\"month\":\"1995-01\",\"type\":\"crisis\",\"crisis\":\"c-1\",\"label\":\"War\",\"scripted\":true}",
      "{\"month\":\"1996-01\",\"type\":\"crisis\",\"crisis\":\"c-2\",\"scripted\":false}",
      "{\"month\":\"1999-08\",\"type\":\"founding\",\"body\":\"NEW\",\"scripted\":false}",
      "{\"month\":\"2002-07\",\"type\":\"dissolved\",\"body\":\"OLD\",\"by\":\"AU\",\"scripted\":true}",
      "{\"month\":\"2002-07\",\"type\":\"founding\",\"body\":\"AU\",\"scripted\":true}",
      "{\"month\":\"2003-09\",\"type\":\"recognition-vote\",\"body\":\"AU\",\"rung\":\"observer\","
          + "\"passed\":true}") + "\n";

  private static List<String> labels(Path dir, boolean sharedOnly) throws Exception {
    Path f = dir.resolve("events.jsonl");
    Files.writeString(f, EVENTS);
    return EventLog.read(f).markers(sharedOnly, id -> id, "crisis").stream()
        .map(m -> m.kind() + " " + m.label()).toList();
  }

  @Test
  void oneRunMarksScriptedCrisesFoundingsDissolutionsAndPassedVotes(@TempDir Path dir)
      throws Exception {
    assertEquals(List.of("CRISIS War", "FOUNDING NEW founded", "DISSOLUTION OLD dissolved",
        "FOUNDING AU founded", "RECOGNITION AU: observer"), labels(dir, false));
  }

  @Test
  void replicatesMarkOnlyWhatEveryReplicateShares(@TempDir Path dir) throws Exception {
    // A scripted founding or dissolution happens in every replicate; an endogenous one may not.
    assertEquals(List.of("CRISIS War", "DISSOLUTION OLD dissolved", "FOUNDING AU founded"),
        labels(dir, true));
  }
}
