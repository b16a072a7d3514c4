package org.rissim.model.event;

import java.util.List;

/**
 * What an operation (an act) is, as its {@code operation} and {@code operation-end} events
 * describe it.
 *
 * @param operation          its id
 * @param crisis             the crisis it answers
 * @param host               the host state's id
 * @param actor              the acting state's id (for a body's own act, its lead contributor)
 * @param body               the body it acts through, or null
 * @param strategy           the strategy's scenario key
 * @param mandate            the body that fielded it as its own act, or null (not written)
 * @param contributors       the contributing states' ids
 * @param features           the institution's features of the act, in order
 * @param multilaterality    1 less the Herfindahl index of the contributions, [0,1]
 * @param legitimacyGlobal   its legitimacy before the global audience, [0,1]
 * @param legitimacyRegional its legitimacy before the regional audience, [0,1]
 * @param profile            the practice profile it enacts, one value per practice
 */
public record OperationDescription(String operation, String crisis, String host, String actor,
    String body, String strategy, String mandate, List<String> contributors, Object[] features,
    double multilaterality, double legitimacyGlobal, double legitimacyRegional,
    double[] profile) {
  /** Writes the operation's fields, in order. */
  public void write(EventFields out) {
    out.put("operation", operation);
    out.put("crisis", crisis);
    out.put("host", host);
    out.put("actor", actor);
    out.put("body", body);
    out.put("strategy", strategy);
    if (mandate != null) {
      out.put("mandate", mandate);
    }
    out.put("contributors", contributors);
    out.features(features);
    out.round("multilaterality", multilaterality);
    out.round("legitimacyGlobal", legitimacyGlobal);
    out.round("legitimacyRegional", legitimacyRegional);
    out.profile("profile.", profile);
  }
}
