package org.rissim.observe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rissim.model.event.BodyDeclinedEvent;
import org.rissim.model.event.CrisisEvent;
import org.rissim.model.event.DeploymentEndEvent;
import org.rissim.model.event.DiscursiveEvent;
import org.rissim.model.event.DissolvedEvent;
import org.rissim.model.event.DistanceEvent;
import org.rissim.model.event.EndorsementVoteEvent;
import org.rissim.model.event.ExitEvent;
import org.rissim.model.event.FoundingChoiceEvent;
import org.rissim.model.event.FoundingEvent;
import org.rissim.model.event.InvitationDeclinedEvent;
import org.rissim.model.event.JoinEvent;
import org.rissim.model.event.ModelEvent;
import org.rissim.model.event.OperationDescription;
import org.rissim.model.event.OperationEndEvent;
import org.rissim.model.event.OperationEvent;
import org.rissim.model.event.RecognitionVoteEvent;
import org.rissim.model.event.RestraintEvent;
import org.rissim.model.event.TakeoverEvent;
import org.rissim.scenario.InstitutionSpec;
import org.rissim.scenario.RunOutputs;
import org.rissim.scenario.ScenarioLoader;

/**
 * The event records and {@link RunOutputs}, which validation checks patterns against, cannot
 * drift apart: every record, with all its optional fields, writes exactly the fields catalogued
 * for its type, in the catalogue's order, in each institution's vocabulary.
 */
class EventFormatTest {
  private static InstitutionSpec institution(String file) throws Exception {
    return ScenarioLoader.load(Path.of("scenarios", file), List.of()).scenario().institution();
  }

  /** One event of every type, each with every optional field present. */
  private static List<ModelEvent> everyType(InstitutionSpec inst) {
    double[] profile = new double[inst.practices().size()];
    Object[] features = new Object[inst.features().size()];
    Arrays.fill(features, 0.5);
    OperationDescription op = new OperationDescription("op-1", "c-1", "A", "B", "k", "comply",
        "k", List.of("B"), features, 0.5, 0.5, 0.5, profile);
    return List.of(
        new CrisisEvent("c-1", "label", "A", "B", "type", true, 0.5, "k"),
        new OperationEvent(op, false, true),
        new OperationEndEvent(op, "withdrawn", 3),
        new DeploymentEndEvent("op-1", "c-1", "A", "B", "k", "cost", 3),
        BodyDeclinedEvent.notFielded("k", "c-1", "A", 0.5, List.of("B"), List.of("scope"),
            List.of(), true),
        new DiscursiveEvent("A", "k", "praise", "op-1", profile),
        new FoundingEvent("k", "A", List.of("A"), 1, 0.5, "j", false, profile),
        new DissolvedEvent("j", "k", List.of("A"), false),
        new RecognitionVoteEvent("k", "observer", "A", 3, 1, 0.75, List.of(), true, "op-1"),
        new EndorsementVoteEvent("k", "op-1", true, List.of()),
        new DistanceEvent("A", "k", 0.5),
        new ExitEvent("A", "k", 0.5, true),
        new TakeoverEvent("op-1", "c-1", "A", "k", "un", "B"),
        new RestraintEvent("A", "c-1", "A", 0.4),
        new JoinEvent("A", "k", true),
        new FoundingChoiceEvent("A", "j", "k", 0.1, 0.2, 0.3, 2, "create"),
        new InvitationDeclinedEvent("k", "A", "B", -0.5));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"psris-baseline.yaml", "development-asia.yaml",
      "sovereignty-africa.yaml"})
  void everyRecordWritesTheFieldsRunOutputsCatalogues(String file) throws Exception {
    InstitutionSpec inst = institution(file);
    Map<String, Set<String>> catalogue = RunOutputs.events(inst);
    EventFormat format = new EventFormat(inst);
    List<String> types = new ArrayList<>();
    for (ModelEvent e : everyType(inst)) {
      Event line = format.line(0, YearMonth.of(2000, 1), e);
      types.add(line.type());
      assertEquals(List.copyOf(catalogue.get(line.type())), List.copyOf(line.fields().keySet()),
          line.type());
    }
    assertEquals(List.copyOf(catalogue.keySet()), types);
  }

  @Test
  void everyRecordTypeIsSampled() throws Exception {
    Set<Class<?>> sampled = new HashSet<>();
    everyType(institution("psris-baseline.yaml")).forEach(e -> sampled.add(e.getClass()));
    assertEquals(Set.of(ModelEvent.class.getPermittedSubclasses()), sampled);
  }

  @Test
  void aLineIsNamedByTheVocabularyAndRounded() throws Exception {
    InstitutionSpec inst = institution("development-asia.yaml");
    var names = inst.vocabulary().names();
    Event line = new EventFormat(inst).line(4, YearMonth.of(2001, 5),
        new CrisisEvent("c-1", "label", "A", null, "type", false, 0.123456789, null));
    assertEquals(names.opportunity(), line.type());
    assertEquals("c-1", line.fields().get(names.opportunity()));
    assertEquals("type", line.fields().get(names.opportunityType()));
    assertEquals(0.123457, line.fields().get("intensity"));
    assertEquals(4, line.tick());
    assertEquals(YearMonth.of(2001, 5), line.month());
  }
}
