package org.rissim.model.event;

import java.util.List;

/**
 * A body did not act: its vote refused a member's request to act through it, it let a host's
 * request for help go unanswered, or it declined to field an act itself (docs/MODEL.md 6.3b).
 *
 * @param body      the body
 * @param actor     the state that asked to act through it, or null
 * @param crisis    the crisis
 * @param host      the host state's id
 * @param yes       the weighted share in favour, [0,1]
 * @param objectors the objecting members' ids, or null when no vote was held (not written)
 * @param reasons   each objector's main reason, in the objectors' order (with objectors)
 * @param mandate   the body, when it declined to field an act itself, else null (not written)
 * @param vetoedBy  the objecting veto holders (with mandate)
 * @param passed    true when the vote passed but no member contributed (with mandate)
 */
public record BodyDeclinedEvent(String body, String actor, String crisis, String host,
    double yes, List<String> objectors, List<String> reasons, String mandate,
    List<String> vetoedBy, boolean passed) implements ModelEvent {
  /** A member's request to act through the body, refused by the body's vote. */
  public static BodyDeclinedEvent refused(String body, String actor, String crisis, String host,
      double yes, List<String> objectors, List<String> reasons) {
    return new BodyDeclinedEvent(body, actor, crisis, host, yes, objectors, reasons, null, null,
        false);
  }

  /** A host's request for help that the body left unanswered. */
  public static BodyDeclinedEvent unanswered(String body, String crisis, String host) {
    return new BodyDeclinedEvent(body, null, crisis, host, 0.0, null, null, null, null, false);
  }

  /** A body that declined to field an act itself. */
  public static BodyDeclinedEvent notFielded(String body, String crisis, String host, double yes,
      List<String> objectors, List<String> reasons, List<String> vetoedBy, boolean passed) {
    return new BodyDeclinedEvent(body, null, crisis, host, yes, objectors, reasons, body,
        vetoedBy, passed);
  }

  @Override
  public String type() {
    return "body-declined";
  }

  @Override
  public void write(EventFields out) {
    out.put("body", body);
    out.put("actor", actor);
    out.put("crisis", crisis);
    out.put("host", host);
    out.put("yes", yes);
    if (objectors != null) {
      out.put("objectors", objectors);
      out.put("reasons", reasons);
    }
    if (mandate != null) {
      out.put("mandate", mandate);
      out.put("vetoedBy", vetoedBy);
      out.put("passed", passed);
    }
  }
}
