package org.rissim.model.event;

import java.util.List;

/**
 * A body was founded: scripted by the scenario or endogenously by a frustrated state.
 *
 * @param body        the new body
 * @param founder     its founder (leader), or null
 * @param members     its members' ids
 * @param memberCount how many members it has
 * @param frustration the founder's frustration, or null for a scripted founding
 * @param from        the body it grew out of, or null
 * @param scripted    whether the scenario dates it
 * @param charter     its charter, one value per practice
 */
public record FoundingEvent(String body, String founder, List<String> members, int memberCount,
    Double frustration, String from, boolean scripted, double[] charter) implements ModelEvent {
  @Override
  public String type() {
    return "founding";
  }

  @Override
  public void write(EventFields out) {
    out.put("body", body);
    out.put("founder", founder);
    out.put("members", members);
    out.put("memberCount", memberCount);
    if (frustration == null) {
      out.put("frustration", null);
    } else {
      out.round("frustration", frustration);
    }
    out.put("from", from);
    out.put("scripted", scripted);
    out.profile("charter.", charter);
  }
}
