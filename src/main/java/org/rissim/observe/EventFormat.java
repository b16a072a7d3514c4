package org.rissim.observe;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.rissim.model.RegionModel;
import org.rissim.model.event.EventFields;
import org.rissim.model.event.ModelEvent;
import org.rissim.scenario.FeatureSpec;
import org.rissim.scenario.InstitutionSpec;
import org.rissim.scenario.PracticeSpec;

/**
 * Writes model events as event-log lines ({@link Event}): their types and fields named by the
 * institution's vocabulary (docs/OUTPUTS.md, "Vocabulary"), practice profiles and features
 * spelled out by id, numbers rounded to 6 decimals, in the order the event gives.
 */
public final class EventFormat {
  private final InstitutionSpec.Names names;
  private final List<String> practices;
  private final List<String> features;

  /** A format for the events of a model of this institution. */
  public EventFormat(InstitutionSpec institution) {
    this.names = institution.vocabulary().names();
    this.practices = institution.practices().stream().map(PracticeSpec::id).toList();
    this.features = institution.features().stream().map(FeatureSpec::id).toList();
  }

  /**
   * A listener for the model that hands each of its events, formatted and dated with the month
   * it happens, to {@code sink}.
   */
  public static Consumer<ModelEvent> listener(RegionModel m, Consumer<Event> sink) {
    EventFormat format = new EventFormat(m.scenario().institution());
    return e -> sink.accept(format.line(m.tick(), m.month(), e));
  }

  /** The event-log line of an event of month {@code month} (tick {@code tick}). */
  public Event line(int tick, YearMonth month, ModelEvent e) {
    Fields out = new Fields();
    e.write(out);
    return new Event(tick, month, names.type(e.type()), out.map);
  }

  /** Rounds to 6 decimals so that event files are compact and stable. */
  static double round(double v) {
    return Math.round(v * 1e6) / 1e6;
  }

  /** The fields of one line, in order, named by the vocabulary. */
  private final class Fields implements EventFields {
    private final Map<String, Object> map = new LinkedHashMap<>();

    @Override
    public void put(String field, Object value) {
      map.put(names.field(field), value);
    }

    @Override
    public void round(String field, double value) {
      put(field, EventFormat.round(value));
    }

    @Override
    public void profile(String prefix, double[] values) {
      for (int p = 0; p < practices.size(); p++) {
        put(prefix + practices.get(p), EventFormat.round(values[p]));
      }
    }

    @Override
    public void features(Object[] values) {
      for (int i = 0; i < features.size(); i++) {
        put(features.get(i), values[i] instanceof Double d ? EventFormat.round(d) : values[i]);
      }
    }
  }
}
