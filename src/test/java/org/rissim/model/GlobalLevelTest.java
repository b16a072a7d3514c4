package org.rissim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.rissim.model.mechanism.GlobalLevel;

/** The regional understanding and the classification (docs/MODEL.md 6.10). */
class GlobalLevelTest {
  @Test
  void regionalUnderstandingIsThePowerAndStatusWeightedMeanOfRegionalBeliefs() {
    TinyWorld w = TinyWorld.of("states.HEG.status=0.9", "states.A.status=0.4",
        "states.B.status=0.1", "parameters.global.regionalPower=1.0",
        "parameters.global.regionalStatus=0.5");
    // WEST is not regional: it does not count
    double wh = 10 * Math.sqrt(0.9);
    double wa = 1 * Math.sqrt(0.4);
    double wb = 1 * Math.sqrt(0.1);
    double[] r = w.model.regional();
    assertEquals((wh * 0.7 + wa * 0.5 + wb * 0.5) / (wh + wa + wb), r[0], 1e-12);
    assertEquals((wh * 0.6 + wa * 0.5 + wb * 0.5) / (wh + wa + wb), r[1], 1e-12);
    w.state("B").belief()[0] = 0.0;
    GlobalLevel.refresh(w.model);
    assertEquals((wh * 0.7 + wa * 0.5) / (wh + wa + wb), w.model.regional()[0], 1e-12);
  }

  @Test
  void classificationFollowsTheDriftAndThePrinciple() {
    // g = (0.9, 0.8); r near (0.68, 0.58): mean |g - r| about 0.22
    TinyWorld w = TinyWorld.of("parameters.classification.changeIn=0.3");
    assertEquals(Classification.STABLE, w.model.classification());
    TinyWorld in = TinyWorld.of("parameters.classification.changeIn=0.1");
    assertEquals(Classification.CHANGE_IN, in.model.classification());
    in.model.setPrincipleAcceptance(0.5);
    GlobalLevel.refresh(in.model);
    assertEquals(Classification.CHANGE_OF, in.model.classification());
  }
}
