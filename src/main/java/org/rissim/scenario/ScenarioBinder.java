package org.rissim.scenario;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Binds a merged, defaulted scenario document to the immutable records, checking every key,
 * type, range and reference on the way and collecting all problems before failing. It gathers
 * the ids ({@link ScenarioIds}), hands each section to its binder (one per section, sharing one
 * list of errors, called in the document's order so errors keep their order) and checks what
 * spans sections (successions of bodies, outputs named by patterns, answerable opportunities).
 */
final class ScenarioBinder extends SectionBinder {
  private final InstitutionBinder institutionBinder = new InstitutionBinder(errors, ids);
  private final ParameterBinder parameterBinder = new ParameterBinder(errors, ids);
  private final SyntheticBinder syntheticBinder = new SyntheticBinder(errors, ids);
  private final StateBinder stateBinder = new StateBinder(errors, ids);
  private final BodyBinder bodyBinder = new BodyBinder(errors, ids);
  private final FoundingBinder foundingBinder = new FoundingBinder(errors, ids);
  private final RecognitionBinder recognitionBinder = new RecognitionBinder(errors, ids);
  private final CrisisBinder crisisBinder = new CrisisBinder(errors, ids);
  private final PatternBinder patternBinder = new PatternBinder(errors, ids);
  private final GroupBinder groupBinder = new GroupBinder(errors, ids);

  /** A binder of a document in which no body was removed by an extending file. */
  ScenarioBinder() {
    this(new BodyRemovals());
  }

  /** A binder that reports references to removed bodies at their {@code remove} line. */
  ScenarioBinder(BodyRemovals removals) {
    super(new ArrayList<>(), new ScenarioIds(removals));
  }

  /**
   * Binds a list of outcome definitions outside a scenario (an experiment file's
   * {@code outcomes:}), with the same checks and located errors.
   */
  static List<OutcomeSpec> outcomes(Node list, String key) throws ScenarioException {
    ScenarioBinder b = new ScenarioBinder();
    Node.MapNode holder = new Node.MapNode(Map.of(key, new Node.Entry(list.pos(), list)),
        list.pos());
    List<OutcomeSpec> out = b.list(b.fields(holder, ""), key, false, b.patternBinder::outcome);
    if (!b.errors.isEmpty()) {
      throw new ScenarioException(b.errors);
    }
    return out;
  }

  /** Binds the document, or throws every problem found. */
  Scenario bind(Node root) throws ScenarioException {
    Fields top = fields(root, "");
    ids.collect(top.map, this);
    String name = text(top, "name", null);
    String description = text(top, "description", "");
    YearMonth start = month(top, "start");
    YearMonth end = month(top, "end");
    ids.runStart = start;
    ids.runEnd = end;
    if (start != null && end != null && !end.isAfter(start)) {
      error(top.raw("end"), "end", "expected an end month after start " + start + ", found " + end);
    }
    Optional<String> hegemon = optReference(top, "hegemon", stateIds, "state");
    InstitutionSpec institution =
        institutionBinder.institution(top.raw("institution"), "institution");
    if (institution != null) {
      ids.eventTypes = new LinkedHashSet<>(RunOutputs.events(institution).keySet());
    }
    ModelParameters parameters = parameterBinder.parameters(top.raw("parameters"), "parameters");
    Optional<SyntheticSpec> synthetic =
        syntheticBinder.synthetic(top.raw("synthetic"), "synthetic");
    List<StateSpec> states = new ArrayList<>(list(top, "states", top.raw("synthetic") == null,
        stateBinder::state));
    List<BodySpec> bodies = new ArrayList<>(list(top, "bodies", false, bodyBinder::body));
    FoundingSpec founding = foundingBinder.founding(top.raw("founding"), "founding");
    RecognitionSpec recognition =
        recognitionBinder.recognition(top.raw("recognition"), "recognition");
    CrisisSpec crises = crisisBinder.crises(top.raw("crises"), "crises", start, end);
    List<PatternSpec> patterns = list(top, "patterns", false, patternBinder::pattern);
    Map<String, List<String>> groups = groupBinder.groups(top.raw("groups"), "groups");
    List<String> removes = patternBinder.mechanisms(top, "removes");
    List<OutcomeSpec> outcomes = list(top, "outcomes", false, patternBinder::outcome);
    top.done();
    IdIndex.checkMembership(root, errors);
    bodyBinder.successions(top.raw("bodies"), bodies, recognition.body());
    List<String> allBodies = new ArrayList<>(bodyIds);
    allBodies.addAll(foundingIds);
    OutputReferences outputs = new OutputReferences(errors, institution, stateIds, allBodies,
        groups.keySet(), crisisTypeIds, rungIds, hegemon.filter(h -> !h.isEmpty()).isPresent(),
        removals);
    outputs.check(top.raw("patterns"), "patterns");
    outputs.check(top.raw("outcomes"), "outcomes");
    if (errors.isEmpty() && synthetic.isPresent()) {
      SyntheticRegion.Expansion region = SyntheticRegion.expand(synthetic.get(), start);
      states.addAll(region.states());
      bodies.addAll(region.bodies());
    }
    if (errors.isEmpty()) {
      crisisBinder.answerable(top.raw("crises"), states, bodies, crises);
    }
    if (!errors.isEmpty()) {
      errors.sort(java.util.Comparator.comparing(ScenarioError::file)
          .thenComparingInt(ScenarioError::line).thenComparingInt(ScenarioError::column));
      throw new ScenarioException(errors);
    }
    return new Scenario(name, description, start, end, hegemon, institution, parameters, states,
        bodies, founding, recognition, crises, patterns, groups, removes,
        outcomes);
  }

}
