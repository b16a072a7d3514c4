package org.rissim.model.event;

/**
 * An operation ended (or, at the end of a run, is still going).
 *
 * @param operation      what it is, as it ends
 * @param outcome        {@code escalated}, {@code withdrawn}, {@code frozen}, {@code taken-over}
 *                       or {@code ongoing}
 * @param durationMonths months since its launch
 */
public record OperationEndEvent(OperationDescription operation, String outcome,
    int durationMonths) implements ModelEvent {
  @Override
  public String type() {
    return "operation-end";
  }

  @Override
  public void write(EventFields out) {
    operation.write(out);
    out.put("outcome", outcome);
    out.put("durationMonths", durationMonths);
  }
}
