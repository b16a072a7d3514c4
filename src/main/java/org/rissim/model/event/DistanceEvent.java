package org.rissim.model.event;

/**
 * A dissatisfied member distanced itself from a body (lost affinity).
 *
 * @param state        the member's id
 * @param body         the body
 * @param satisfaction its satisfaction with the body, [0,1]
 */
public record DistanceEvent(String state, String body, double satisfaction)
    implements ModelEvent {
  @Override
  public String type() {
    return "distance";
  }

  @Override
  public void write(EventFields out) {
    out.put("state", state);
    out.put("body", body);
    out.round("satisfaction", satisfaction);
  }
}
