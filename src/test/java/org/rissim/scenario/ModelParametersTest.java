package org.rissim.scenario;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The records of {@link ModelParameters} (and {@link StrategyMix}) check their own fields (so records built in code are
 * checked), against the ranges the binder reports with a position.
 */
class ModelParametersTest {
  private static final Path SMALL = Path.of("src/test/resources/scenarios/small.yaml");

  /** A belief section that is valid, with one field replaced. */
  private static ModelParameters.Belief belief(double eta, double confidence, double noise,
      int attention) {
    return new ModelParameters.Belief(eta, 0.1, 0.5, 1, confidence, noise, 0.5, true, attention,
        12, 0.5);
  }

  @Test
  void aFieldOutOfItsRangeIsNamedWithItsValue() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> belief(1.5, 0.5, 0, 10));
    assertEquals("belief.eta: expected a number in [0,1], found 1.5", e.getMessage());
    IllegalArgumentException d = assertThrows(IllegalArgumentException.class,
        () -> new ModelParameters.Deployments(-1, 0.5, 0));
    assertTrue(d.getMessage().startsWith("deployments.mandateMonths:"), d.getMessage());
    assertTrue(d.getMessage().endsWith("found -1"), d.getMessage());
    IllegalArgumentException c = assertThrows(IllegalArgumentException.class,
        () -> new ModelParameters.Classification(0.01, 1.2));
    assertTrue(c.getMessage().startsWith("classification.changeOf:"), c.getMessage());
  }

  @Test
  void boundsAreTheBindersClosedAndOpenOnes() {
    assertDoesNotThrow(() -> belief(0, 1, 0, 1));
    assertDoesNotThrow(() -> belief(1, 0.001, 2, 1));
    // confidence is in (0,1]: 0 is out; noise is >= 0: NaN is out; attention is >= 1
    assertThrows(IllegalArgumentException.class, () -> belief(0.5, 0, 0, 1));
    assertThrows(IllegalArgumentException.class, () -> belief(0.5, 0.5, Double.NaN, 1));
    assertThrows(IllegalArgumentException.class, () -> belief(0.5, 0.5, 0, 0));
  }

  @Test
  void theBinderStillReportsAnOutOfRangeParameterAtItsPosition() {
    ScenarioException e = assertThrows(ScenarioException.class,
        () -> ScenarioLoader.load(SMALL, List.of("parameters.belief.eta=1.5",
            "parameters.counterContestation=-1")));
    List<String> messages = e.errors().stream().map(x -> x.path() + ": " + x.message()).toList();
    assertTrue(messages.contains("parameters.belief.eta: expected a number in [0,1], found 1.5"),
        messages.toString());
    assertTrue(messages.contains(
        "parameters.counterContestation: expected a number >= 0, found -1"), messages.toString());
    assertEquals(2, messages.size(), messages.toString());
  }

  @Test
  void aStrategyMixChecksItsPropensitiesAndTheBinderStillLocatesThem() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new StrategyMix(0.5, 0.1, 0.1, -0.2, 0, 0, 0, 0));
    assertEquals("strategyMix.throughBody: expected a number >= 0, found -0.2", e.getMessage());
    assertDoesNotThrow(() -> new StrategyMix(0, 0, 0, 0, 0, 0, 0, 0));
    ScenarioException s = assertThrows(ScenarioException.class,
        () -> ScenarioLoader.load(SMALL, List.of("states.HEG.strategyMix.comply=-1")));
    assertEquals(1, s.errors().size(), s.errors().toString());
    assertEquals("expected a number >= 0, found -1", s.errors().get(0).message());
  }
}
