package org.rissim.model.event;

/**
 * The force of a frozen deployment left.
 *
 * @param operation      the operation's id
 * @param crisis         its crisis
 * @param host           the host state's id
 * @param actor          the acting state's id
 * @param body           the body it acted through, or null
 * @param reason         {@code settlement}, {@code cost} or {@code mandate}
 * @param durationMonths months since the operation's launch
 */
public record DeploymentEndEvent(String operation, String crisis, String host, String actor,
    String body, String reason, int durationMonths) implements ModelEvent {
  @Override
  public String type() {
    return "deployment-end";
  }

  @Override
  public void write(EventFields out) {
    out.put("operation", operation);
    out.put("crisis", crisis);
    out.put("host", host);
    out.put("actor", actor);
    out.put("body", body);
    out.put("reason", reason);
    out.put("durationMonths", durationMonths);
  }
}
