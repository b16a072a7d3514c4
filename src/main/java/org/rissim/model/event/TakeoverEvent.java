package org.rissim.model.event;

/**
 * The global body took a regional body's operation over.
 *
 * @param operation the operation's id
 * @param crisis    its crisis
 * @param host      the host state's id
 * @param from      the regional body
 * @param by        the global body
 * @param actor     the global body's member that leads the new operation
 */
public record TakeoverEvent(String operation, String crisis, String host, String from, String by,
    String actor) implements ModelEvent {
  @Override
  public String type() {
    return "takeover";
  }

  @Override
  public void write(EventFields out) {
    out.put("operation", operation);
    out.put("crisis", crisis);
    out.put("host", host);
    out.put("from", from);
    out.put("by", by);
    out.put("actor", actor);
  }
}
