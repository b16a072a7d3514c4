package org.rissim.model.event;

/**
 * A state joined a body on a date the scenario gives.
 *
 * @param state     the state's id
 * @param body      the body
 * @param scheduled whether the scenario dates it (every join so far)
 */
public record JoinEvent(String state, String body, boolean scheduled) implements ModelEvent {
  @Override
  public String type() {
    return "join";
  }

  @Override
  public void write(EventFields out) {
    out.put("state", state);
    out.put("body", body);
    out.put("scheduled", scheduled);
  }
}
