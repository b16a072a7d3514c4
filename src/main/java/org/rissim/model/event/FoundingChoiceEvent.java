package org.rissim.model.event;

/**
 * A frustrated state weighed voice, exit and creation of a new body.
 *
 * @param state     the state's id
 * @param from      the body it is frustrated with
 * @param body      the body it could found
 * @param voice     the utility of voice
 * @param exit      the utility of exit, NaN when not open (written as null)
 * @param create    the utility of creation, NaN when not open (written as null)
 * @param coalition how many invitees would accept
 * @param choice    {@code voice}, {@code exit} or {@code create}
 */
public record FoundingChoiceEvent(String state, String from, String body, double voice,
    double exit, double create, int coalition, String choice) implements ModelEvent {
  @Override
  public String type() {
    return "founding-choice";
  }

  @Override
  public void write(EventFields out) {
    out.put("state", state);
    out.put("from", from);
    out.put("body", body);
    out.round("voice", voice);
    roundOrNull(out, "exit", exit);
    roundOrNull(out, "create", create);
    out.put("coalition", coalition);
    out.put("choice", choice);
  }

  private static void roundOrNull(EventFields out, String field, double value) {
    if (Double.isNaN(value)) {
      out.put(field, null);
    } else {
      out.round(field, value);
    }
  }
}
