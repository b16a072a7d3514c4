package org.rissim.model.event;

import java.util.List;

/**
 * An endorsement vote by a body on an operation on its members' soil (consensus).
 *
 * @param endorser  the voting body
 * @param operation the operation's id
 * @param passed    whether no member voted against
 * @param against   the members that voted against
 */
public record EndorsementVoteEvent(String endorser, String operation, boolean passed,
    List<String> against) implements ModelEvent {
  @Override
  public String type() {
    return "endorsement-vote";
  }

  @Override
  public void write(EventFields out) {
    out.put("endorser", endorser);
    out.put("operation", operation);
    out.put("passed", passed);
    out.put("against", against);
  }
}
