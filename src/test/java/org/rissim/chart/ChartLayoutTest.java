package org.rissim.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the charts lay out what they draw (the defects a reviewer found, issue 15). */
class ChartLayoutTest {
  @TempDir Path tmp;

  private static List<XYPlot> subplots(Figure f) {
    return ((CombinedDomainXYPlot) f.panels().get(0).getXYPlot()).getSubplots();
  }

  private static List<String> labels(XYPlot plot) {
    return plot.getAnnotations().stream().filter(a -> a instanceof XYTextAnnotation)
        .map(a -> ((XYTextAnnotation) a).getText().strip()).toList();
  }

  @Test
  void replicatedDriftGivesEachPracticeItsOwnPanelSoBandsDoNotOverlap() throws Exception {
    Path reps = SyntheticResults.replicated(tmp.resolve("reps"), 3, 11, 0.0);
    Figure f = Charts.drift(reps, SummaryTable.Band.SPREAD, null, 1200, 800);
    ResultFolder folder = ResultFolder.open(reps);
    List<ResultFolder.Practice> practices = folder.practices(folder.table(SummaryTable.Band.SPREAD));
    List<XYPlot> plots = subplots(f);
    // The event track, one panel per practice, the principle's panel.
    assertEquals(1 + practices.size() + 1, plots.size());
    for (int i = 0; i < practices.size(); i++) {
      XYPlot panel = plots.get(1 + i);
      assertEquals(List.of(practices.get(i).label()), labels(panel), "panel " + i + " is named");
      assertEquals("r, g", panel.getRangeAxis().getLabel());
      assertEquals(plots.get(1).getRangeAxis().getRange(), panel.getRangeAxis().getRange(),
          "practice panels share one axis");
    }
    assertEquals(List.of("principle acceptance a"), labels(plots.get(plots.size() - 1)));
  }

  @Test
  void oneRunKeepsEveryPracticeInOnePlot() throws Exception {
    Path run = SyntheticResults.run(tmp.resolve("run"), 7);
    Figure f = Charts.drift(run, SummaryTable.Band.SPREAD, null, 1200, 800);
    assertEquals(2, subplots(f).size(), "event track and one plot");
  }

  @Test
  void replicatedInstitutionsNameTheirBandsInTheLegend() throws Exception {
    Path reps = SyntheticResults.replicated(tmp.resolve("reps"), 3, 11, 0.0);
    Figure f = Charts.institutions(reps, SummaryTable.Band.SPREAD, null);
    assertTrue(f.legend().stream().anyMatch(k -> k.label().equals(
        Charts.bandLabel(SummaryTable.Band.SPREAD))), "legend: " + f.legend());
    Path run = SyntheticResults.run(tmp.resolve("run"), 7);
    Figure single = Charts.institutions(run, SummaryTable.Band.SPREAD, null);
    assertTrue(single.legend().stream().noneMatch(k -> k.label().contains("replicates")),
        "a single run has no bands to name");
  }

  @Test
  void recognitionRungsAreWordsOnTheAxis() {
    TimeTable t = new TimeTable() {
      @Override
      public List<java.time.YearMonth> months() {
        return List.of(java.time.YearMonth.of(2000, 1), java.time.YearMonth.of(2000, 2));
      }

      @Override
      public List<String> columns() {
        return List.of("body.b.members", "body.b.recognition");
      }

      @Override
      public boolean has(String c) {
        return columns().contains(c);
      }

      @Override
      public double[] mean(String c) {
        return new double[] {1, 2};
      }

      @Override
      public double[] low(String c) {
        return null;
      }

      @Override
      public double[] high(String c) {
        return null;
      }

      @Override
      public int[] classification() {
        return new int[] {0, 0};
      }
    };
    Figure f = InstitutionsChart.build(t, Map.of(), List.of("observer", "regionalArrangement"),
        "t");
    org.jfree.chart.axis.SymbolAxis axis = (org.jfree.chart.axis.SymbolAxis)
        f.panels().get(1).getXYPlot().getRangeAxis();
    assertEquals(List.of("none", "observer", "regional arrangement"), List.of(axis.getSymbols()));
  }

  @Test
  void morrisAxesGetAboutFiveRoundTicks() {
    assertEquals(0.025, MorrisChart.niceTicks(0.12).getSize(), 1e-12);
    assertEquals("0.025", MorrisChart.niceTicks(0.12).valueToString(0.025));
    assertEquals(100, MorrisChart.niceTicks(300).getSize(), 1e-9);
    assertEquals("200", MorrisChart.niceTicks(300).valueToString(200));
    assertEquals(0.2, MorrisChart.niceTicks(1).getSize(), 1e-12);
    assertEquals("0.4", MorrisChart.niceTicks(1).valueToString(0.4));
  }

  @Test
  void aTitleWiderThanTheFigureWrapsAtSpaces() {
    java.awt.Graphics2D g2 = new java.awt.image.BufferedImage(1, 1,
        java.awt.image.BufferedImage.TYPE_INT_RGB).createGraphics();
    java.awt.FontMetrics fm = g2.getFontMetrics(Palette.TITLE);
    String title = "Norm drift: psris-baseline (mean of 5 replicates)";
    List<String> lines = Figure.wrap(title, fm, fm.stringWidth(title) - 10);
    assertEquals(2, lines.size(), lines.toString());
    assertEquals(title, String.join(" ", lines));
    for (String line : lines) {
      assertTrue(fm.stringWidth(line) <= fm.stringWidth(title) - 10, line);
    }
    assertEquals(List.of(title), Figure.wrap(title, fm, fm.stringWidth(title)));
    g2.dispose();
  }

  @Test
  void aPracticeHiddenUnderAnotherIsNamedInTheLegend() throws Exception {
    TimeTable t = new TimeTable() {
      @Override
      public List<java.time.YearMonth> months() {
        return List.of(java.time.YearMonth.of(2000, 1), java.time.YearMonth.of(2000, 2),
            java.time.YearMonth.of(2000, 3), java.time.YearMonth.of(2000, 4));
      }

      @Override
      public List<String> columns() {
        return List.of("r.a", "r.b", "r.c");
      }

      @Override
      public double[] mean(String c) {
        return switch (c) {
          case "r.a" -> new double[] {0.9, 0.9, 0.8, 0.7};
          case "r.b" -> new double[] {0.9, 0.9001, 0.85, 0.75};
          default -> new double[] {0.5, 0.5, 0.5, 0.5};
        };
      }

      @Override
      public double[] low(String c) {
        return null;
      }

      @Override
      public double[] high(String c) {
        return null;
      }

      @Override
      public int[] classification() {
        return new int[] {0, 0, 0, 0};
      }
    };
    List<ResultFolder.Practice> ps = List.of(new ResultFolder.Practice("a", "A"),
        new ResultFolder.Practice("b", "B"), new ResultFolder.Practice("c", "C"));
    assertEquals(List.of("A hidden under B in 50% of months"), DriftChart.hidden(t, ps));
    Figure f = DriftChart.build(t, ps, List.of(), "t", null, 1200, 800);
    assertTrue(f.legend().stream().anyMatch(k -> k.label().equals(
        "A hidden under B in 50% of months")));
  }
}
