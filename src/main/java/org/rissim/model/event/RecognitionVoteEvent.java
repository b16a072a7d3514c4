package org.rissim.model.event;

import java.util.List;

/**
 * A recognition vote at the global body.
 *
 * @param body      the body seeking recognition
 * @param rung      the rung voted on
 * @param proposer  the proposing state's id
 * @param yes       votes in favour
 * @param no        votes against
 * @param share     the share in favour, [0,1]
 * @param vetoedBy  the veto holders that voted no
 * @param passed    whether the rung was granted
 * @param operation the operation a per-operation rung mandates, or null
 */
public record RecognitionVoteEvent(String body, String rung, String proposer, long yes, long no,
    double share, List<String> vetoedBy, boolean passed, String operation)
    implements ModelEvent {
  @Override
  public String type() {
    return "recognition-vote";
  }

  @Override
  public void write(EventFields out) {
    out.put("body", body);
    out.put("rung", rung);
    out.put("proposer", proposer);
    out.put("yes", yes);
    out.put("no", no);
    out.round("share", share);
    out.put("vetoedBy", vetoedBy);
    out.put("passed", passed);
    out.put("operation", operation);
  }
}
