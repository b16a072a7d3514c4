package org.rissim.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadableChartsTest {
  @TempDir Path tmp;

  /** Four months: body A never changes, body B gains a member; consent falls to 0.55. */
  private RunTable table() throws Exception {
    Path f = tmp.resolve("timeseries.csv");
    Files.writeString(f, """
        month,classification,r.consent,g.consent,principle.acceptance,body.A.members,body.A.cohesion,body.B.members,body.B.cohesion
        2000-01,change-in,0.8,0.9,1,5,1,3,0.5
        2000-02,change-in,0.7,0.9,1,5,1,3,0.5
        2000-03,change-in,0.6,0.9,1,5,1,4,0.5
        2000-04,change-of,0.55,0.9,0.98,5,1,4,0.5
        """);
    return RunTable.read(f);
  }

  @Test
  void aBodyThatNeverChangesGetsNoRow() throws Exception {
    assertEquals(List.of("A", "B"), InstitutionsChart.bodies(table()));
    assertEquals(List.of("B"), InstitutionsChart.drawn(table()));
  }

  @Test
  void theDriftAxisStartsATenthBelowTheLowestValueAndSharesAreCounted() throws Exception {
    RunTable t = table();
    List<ResultFolder.Practice> consent = List.of(new ResultFolder.Practice("consent", "Consent"));
    assertEquals(0.5, DriftChart.lowerBound(t, consent), 1e-12);
    assertEquals(0.75, DriftChart.share(t.classification(), 1), 1e-12);
    assertEquals(0.25, DriftChart.share(t.classification(), 2), 1e-12);
  }
}
