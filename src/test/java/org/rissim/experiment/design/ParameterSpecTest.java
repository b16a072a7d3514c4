package org.rissim.experiment.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ParameterSpecTest {
  @Test
  void parsesContinuousRange() {
    ParameterSpec p = ParameterSpec.parse("model.beta=0.5:2");
    assertEquals("model.beta", p.path());
    assertEquals(ParameterSpec.Kind.CONTINUOUS, p.kind());
    assertEquals(0.5, p.lo());
    assertEquals(2.0, p.hi());
  }

  @Test
  void integerStepGivesIntegerKind() {
    ParameterSpec p = ParameterSpec.parse("founding.threshold=2:10:2");
    assertEquals(ParameterSpec.Kind.INTEGER, p.kind());
    assertEquals(List.of("2", "4", "6", "8", "10"), p.levels());
  }

  @Test
  void decimalStepGivesExactLevels() {
    ParameterSpec p = ParameterSpec.parse("x=0:0.3:0.1");
    assertEquals(ParameterSpec.Kind.STEPPED, p.kind());
    assertEquals(List.of("0", "0.1", "0.2", "0.3"), p.levels());
  }

  @Test
  void parsesCategoricalList() {
    ParameterSpec p = ParameterSpec.parse("bodies.CIS.decisionRule=consensus, majority");
    assertEquals(ParameterSpec.Kind.CATEGORICAL, p.kind());
    assertEquals(List.of("consensus", "majority"), p.levels());
    assertEquals(1.0, p.numeric("majority"));
    assertEquals("majority", p.label(1));
  }

  @Test
  void mixHasEightPathsAndSevenDimensions() {
    ParameterSpec p = ParameterSpec.mix("RUS");
    assertEquals(8, p.paths().size());
    assertEquals("states.RUS.strategyMix.comply", p.paths().get(0));
    assertEquals(7, p.dimensions());
    assertEquals(p.spec(), ParameterSpec.restore(p.path(), p.spec(), "mix").spec());
  }

  @Test
  void restoreAcceptsRightHandSideOnly() {
    assertEquals(ParameterSpec.parse("a.b=1:3"), ParameterSpec.restore("a.b", "a.b=1:3", "continuous"));
    assertEquals(ParameterSpec.Kind.CONTINUOUS, ParameterSpec.restore("a.b", "1:3", "continuous").kind());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "x", "x=1", "=1:2", "x=2:1", "x=1:1", "x=a:2", "x=0:1:0", "x=0:1:-1",
      "x=1:2:3:4", "x=a,,b", "x=a,a"})
  void rejectsBadSpecsWithMessage(String text) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ParameterSpec.parse(text));
    assertTrue(e.getMessage() != null && !e.getMessage().isBlank());
  }

  @Test
  void rejectsBadMixId() {
    assertThrows(IllegalArgumentException.class, () -> ParameterSpec.mix(" "));
  }
}
