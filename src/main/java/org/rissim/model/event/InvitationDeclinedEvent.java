package org.rissim.model.event;

/**
 * An invitee declined to join a body being founded.
 *
 * @param body    the new body
 * @param founder the founder's id
 * @param state   the invitee's id
 * @param utility its utility of joining (below 0)
 */
public record InvitationDeclinedEvent(String body, String founder, String state, double utility)
    implements ModelEvent {
  @Override
  public String type() {
    return "invitation-declined";
  }

  @Override
  public void write(EventFields out) {
    out.put("body", body);
    out.put("founder", founder);
    out.put("state", state);
    out.round("utility", utility);
  }
}
