package org.rissim.model.event;

import java.util.List;

/**
 * A body was dissolved.
 *
 * @param body     the body
 * @param by       the body that absorbs or replaces it, or null
 * @param members  the members it had, who all left it
 * @param scripted whether the scenario dates the dissolution
 */
public record DissolvedEvent(String body, String by, List<String> members, boolean scripted)
    implements ModelEvent {
  @Override
  public String type() {
    return "dissolved";
  }

  @Override
  public void write(EventFields out) {
    out.put("body", body);
    out.put("by", by);
    out.put("members", members);
    out.put("scripted", scripted);
  }
}
