package org.rissim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import sim.util.Double2D;

class RegionLayoutTest {
  @Test
  void regionalStatesSitOnOneCircleAndExternalOnesInAColumnInsideTheField() {
    List<Boolean> regional = List.of(true, true, false, true, true, false, true);
    List<Double2D> places = RegionLayout.states(regional);
    assertEquals(regional.size(), places.size());
    assertEquals(places.size(), new HashSet<>(places).size(), "no two states at one place");
    Double2D centre = RegionLayout.centre();
    double radius = places.get(0).distance(centre);
    double columnX = places.get(2).x;
    for (int i = 0; i < places.size(); i++) {
      Double2D p = places.get(i);
      assertTrue(p.x > 0 && p.x < RegionLayout.SIDE && p.y > 0 && p.y < RegionLayout.SIDE, p.toString());
      if (regional.get(i)) {
        assertEquals(radius, p.distance(centre), 1e-9);
      } else {
        assertEquals(columnX, p.x, 1e-9);
        assertTrue(p.distance(centre) > radius, "external states lie outside the circle");
      }
    }
  }

  @Test
  void regionalBodiesSitInsideTheCircleOfStates() {
    double stateRadius = RegionLayout.states(List.of(true, true)).get(0)
        .distance(RegionLayout.centre());
    List<Double2D> bodies = RegionLayout.bodies(List.of(true, false, true));
    assertTrue(bodies.get(0).distance(RegionLayout.centre()) < stateRadius);
    assertTrue(bodies.get(2).distance(RegionLayout.centre()) < stateRadius);
    assertTrue(bodies.get(1).distance(RegionLayout.centre()) > stateRadius);
  }
}
