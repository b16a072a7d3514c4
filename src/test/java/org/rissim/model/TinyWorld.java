package org.rissim.model;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.rissim.observe.Event;
import org.rissim.observe.EventFormat;
import org.rissim.scenario.Scenario;
import org.rissim.scenario.ScenarioException;
import org.rissim.scenario.ScenarioLoader;

/** The four-state test world of {@code model/tiny.yaml}, started, with its events collected. */
final class TinyWorld {
  /** Seed used by every test of the tiny world. */
  static final long SEED = 20240101L;

  final RegionModel model;
  final List<Event> events = new ArrayList<>();

  private TinyWorld(Scenario scenario, long seed) {
    model = new RegionModel(scenario, seed);
    model.start();
    model.addEventListener(EventFormat.listener(model, events::add));
  }

  /** The tiny world with these {@code path=value} overrides, started with the fixed seed. */
  static TinyWorld of(String... overrides) {
    return new TinyWorld(scenario(overrides), SEED);
  }

  /** The tiny world's scenario with these overrides. */
  static Scenario scenario(String... overrides) {
    try {
      Path file = Path.of(TinyWorld.class.getResource("/model/tiny.yaml").toURI());
      return ScenarioLoader.load(file, List.of(overrides)).scenario();
    } catch (URISyntaxException | ScenarioException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A state by id. */
  StateAgent state(String id) {
    return model.state(id);
  }

  /** A body by id. */
  SecondaryInstitution body(String id) {
    return model.body(id);
  }

  /** The events of one type, in order. */
  List<Event> events(String type) {
    return events.stream().filter(e -> e.type().equals(type)).toList();
  }
}
