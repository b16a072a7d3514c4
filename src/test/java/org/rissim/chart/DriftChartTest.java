package org.rissim.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.YearMonth;
import java.util.List;
import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.TextAnchor;
import org.junit.jupiter.api.Test;

/** Unit tests of the drift chart's label packing and its classification shading. */
class DriftChartTest {
  private static XYTextAnnotation label(XYPlot track, String text) {
    for (XYAnnotation a : track.getAnnotations()) {
      if (a instanceof XYTextAnnotation t && t.getText().equals(text)) {
        return t;
      }
    }
    throw new AssertionError("no label " + text);
  }

  @Test
  void labelsCloseInTimeGoToDifferentRowsAndDistantOnesShareOne() {
    List<EventMarker> markers = List.of(
        new EventMarker(YearMonth.of(1992, 3), EventMarker.Kind.CRISIS, "Transnistria war"),
        new EventMarker(YearMonth.of(1992, 5), EventMarker.Kind.CRISIS, "South Ossetia"),
        new EventMarker(YearMonth.of(2008, 8), EventMarker.Kind.CRISIS, "War in Georgia"));
    XYPlot track = DriftChart.eventTrack(markers, 1992.0, 2024.0, 1200);
    assertNotEquals(label(track, "Transnistria war").getY(), label(track, "South Ossetia").getY());
    assertEquals(label(track, "Transnistria war").getY(), label(track, "War in Georgia").getY());
    assertEquals(2.0, track.getRangeAxis().getUpperBound(), "two rows");
  }

  @Test
  void aLabelAtTheRightEdgeExtendsLeftwards() {
    XYPlot track = DriftChart.eventTrack(List.of(
        new EventMarker(YearMonth.of(2023, 10), EventMarker.Kind.FOUNDING, "A body founded")),
        1992.0, 2024.0, 1200);
    assertEquals(TextAnchor.HALF_ASCENT_RIGHT, label(track, "A body founded").getTextAnchor());
  }

  @Test
  void replicatedClassificationComesFromTheMeanCode() throws Exception {
    java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("summary");
    java.nio.file.Path file = dir.resolve("summary.csv");
    java.nio.file.Files.writeString(file, "month,column,n,mean,sd,p025,p975,ciLow,ciHigh\n"
        + "2000-01,classification.code,4,0.25,0.5,0,1,0,1\n"
        + "2000-02,classification.code,4,0.5,0.5,0,1,0,1\n"
        + "2000-03,classification.code,4,1.5,0.5,1,2,1,2\n"
        + "2000-04,classification.code,0,,,,,,\n");
    SummaryTable t = SummaryTable.read(file, SummaryTable.Band.CI);
    assertArrayEquals(new int[] {0, 1, 2, -1}, t.classification());
    assertArrayEquals(new double[] {0, 0, 1, Double.NaN}, t.low("classification.code"));
  }
}
