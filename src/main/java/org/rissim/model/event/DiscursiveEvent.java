package org.rissim.model.event;

/**
 * A discursive act: a speech, a declaration through a body, praise or criticism.
 *
 * @param actor   the speaking state's id
 * @param body    the body it speaks through, or null
 * @param kind    the kind of act
 * @param target  a criticised state's id or a praised operation's id, or null
 * @param profile the practice profile the words express, one value per practice
 */
public record DiscursiveEvent(String actor, String body, String kind, String target,
    double[] profile) implements ModelEvent {
  @Override
  public String type() {
    return "discursive";
  }

  @Override
  public void write(EventFields out) {
    out.put("actor", actor);
    out.put("body", body);
    out.put("kind", kind);
    out.put("target", target);
    out.profile("profile.", profile);
  }
}
