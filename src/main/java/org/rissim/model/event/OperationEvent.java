package org.rissim.model.event;

/**
 * An operation (an act) was launched.
 *
 * @param operation  what it is
 * @param throughBody whether a state acted through a body without complying (a body's vote
 *                    preceded it), as opposed to alone, complying or fielded by a body; not
 *                    written
 * @param conforming whether its profile lies within the conforming tolerance of the global
 *                   standard when launched; not written
 */
public record OperationEvent(OperationDescription operation, boolean throughBody,
    boolean conforming) implements ModelEvent {
  @Override
  public String type() {
    return "operation";
  }

  @Override
  public void write(EventFields out) {
    operation.write(out);
  }
}
