package org.rissim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A ternary whose second branch starts with a function call after a name gets a hint. */
class ExpressionHintTest {
  @Test
  void aNamespaceCallInATernaryIsExplained() {
    String m = assertThrows(IllegalArgumentException.class, () -> Expression.compile(
        "side == 'government' ? 0.6 + noise : min(intention, 0.3) + noise", null)).getMessage();
    assertTrue(m.contains("does not parse"), m);
    assertTrue(m.contains("JEXL reads `noise : min(...)` as a call of `min` in a namespace "
        + "`noise`"), m);
    assertTrue(m.contains("parenthesise the branches of a ternary"), m);
  }

  @Test
  void theParenthesisedFormParsesAndOtherErrorsGetNoHint() {
    Expression.compile("side == 'government' ? (0.6 + noise) : (min(intention, 0.3) + noise)",
        null);
    String m = assertThrows(IllegalArgumentException.class,
        () -> Expression.compile("noise + (1 - ", null)).getMessage();
    assertEquals(-1, m.indexOf("namespace"), m);
  }
}
