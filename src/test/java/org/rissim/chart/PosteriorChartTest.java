package org.rissim.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The posterior figure and the HTML report of a patterns folder, on hand-written files. */
class PosteriorChartTest {
  @Test
  void onePanelPerParameterAndPerPair(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("calibrate.json"), """
        {"parameters": [{"path": "parameters.belief.eta", "prior": "uniform(0,0.5)"},
                        {"path": "a.b", "prior": "loguniform(0.01,1)"},
                        {"path": "c", "prior": "normal(0,1,-2,2)"}]}
        """);
    Files.writeString(dir.resolve("posterior.csv"), """
        attempt,weight,distance,parameters.belief.eta,a.b,c
        0,0.5,1.0,0.1,0.05,0.3
        4,0.25,0.0,0.2,0.5,-0.1
        9,0.25,0.5,0.15,0.2,0.0
        """);
    Figure f = PosteriorChart.build(dir, null);
    assertEquals(3 + 3, f.panels().size());
    assertTrue(f.panels().get(0).getTitle().getText().contains("belief.eta"));
    assertTrue(f.toImage(900, PosteriorChart.height(3)).getWidth() == 900);
  }

  @Test
  void aFolderWithoutAPosteriorIsRefused(@TempDir Path dir) {
    assertTrue(assertThrows(IllegalArgumentException.class, () -> PosteriorChart.build(dir, null))
        .getMessage().contains("not a calibration folder"));
  }

  @Test
  void aPatternsFolderGetsTheDiscriminationTable(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("patterns.csv"), """
        pattern,model,holds,n,share,lo,hi,discriminates,label,medianMonth,q1Month,q3Month
        P1,base,9,10,0.9,0.6,0.98,,evidence,,,
        P1,null-no-x,1,10,0.1,0.02,0.4,true,evidence,,,
        joint:all,base,9,10,0.9,0.6,0.98,,,,,
        joint:all,null-no-x,1,10,0.1,0.02,0.4,,,,,
        """);
    assertTrue(PatternsReport.applies(dir));
    String html = HtmlReport.render(dir);
    assertTrue(html.contains("<th>null-no-x</th>"), html);
    assertTrue(html.contains("<td class=\"n\">0.100*</td>"), html);
    assertTrue(html.contains("0.900 [0.600, 0.980]"), html);
  }
}
