package org.rissim.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.analysis.integration.SimpsonIntegrator;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Prior parsing, support, density and sampling. */
class PriorTest {
  @ParameterizedTest
  @ValueSource(strings = {"uniform(0,0.5)", "loguniform(0.01,1)", "normal(0.2,0.1,0,0.5)"})
  void densityIntegratesToOneAndSamplesStayInTheSupport(String text) throws Exception {
    Prior p = Prior.parse(text);
    double mass = new SimpsonIntegrator(1e-6, 1e-8, 3, 30).integrate(1_000_000, p::density,
        p.lo(), p.hi());
    assertEquals(1.0, mass, 1e-4);
    Well19937c rng = new Well19937c(5);
    double sum = 0;
    for (int i = 0; i < 20_000; i++) {
      double x = p.sample(rng);
      assertTrue(x >= p.lo() && x <= p.hi(), text + " drew " + x);
      sum += x;
    }
    double mean = new SimpsonIntegrator(1e-6, 1e-8, 3, 30).integrate(1_000_000,
        x -> x * p.density(x), p.lo(), p.hi());
    assertEquals(mean, sum / 20_000, 0.01);
    assertEquals(0, p.density(p.hi() + 1e-9));
    assertEquals(text, p.text());
  }

  @Test
  void badPriorsSayWhatWasExpected() {
    assertTrue(assertThrows(CalibrationException.class, () -> Prior.parse("uniform(1,0)"))
        .getMessage().contains("a < b"));
    assertTrue(assertThrows(CalibrationException.class, () -> Prior.parse("loguniform(0,1)"))
        .getMessage().contains("a > 0"));
    assertTrue(assertThrows(CalibrationException.class, () -> Prior.parse("normal(0,1)"))
        .getMessage().contains("takes 4 numbers"));
    assertTrue(assertThrows(CalibrationException.class, () -> Prior.parse("uniform(0,x)"))
        .getMessage().contains("`x` is not a number"));
    assertTrue(assertThrows(CalibrationException.class, () -> Parameter.parse("eta"))
        .getMessage().contains("expected PATH=PRIOR"));
  }
}
