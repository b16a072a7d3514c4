package org.rissim.model.event;

/**
 * A member left a body: out of dissatisfaction, by choosing exit over voice, or on a date the
 * scenario gives.
 *
 * @param state        the member's id
 * @param body         the body
 * @param satisfaction its satisfaction with the body, [0,1]
 * @param scheduled    whether the scenario dates the departure (written only when true)
 */
public record ExitEvent(String state, String body, double satisfaction, boolean scheduled)
    implements ModelEvent {
  @Override
  public String type() {
    return "exit";
  }

  @Override
  public void write(EventFields out) {
    out.put("state", state);
    out.put("body", body);
    out.round("satisfaction", satisfaction);
    if (scheduled) {
      out.put("scheduled", true);
    }
  }
}
