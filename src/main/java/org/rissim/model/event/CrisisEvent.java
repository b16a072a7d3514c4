package org.rissim.model.event;

/**
 * A crisis (an opportunity) broke out.
 *
 * @param crisis     its id
 * @param label      its label
 * @param host       the host state's id
 * @param opponent   the opposing state's id, or null
 * @param crisisType its type's id
 * @param scripted   whether the scenario dates it
 * @param intensity  its intensity, [0,1]
 * @param requested  the body the host asked for help, or null
 */
public record CrisisEvent(String crisis, String label, String host, String opponent,
    String crisisType, boolean scripted, double intensity, String requested)
    implements ModelEvent {
  @Override
  public String type() {
    return "crisis";
  }

  @Override
  public void write(EventFields out) {
    out.put("crisis", crisis);
    out.put("label", label);
    out.put("host", host);
    out.put("opponent", opponent);
    out.put("crisisType", crisisType);
    out.put("scripted", scripted);
    out.round("intensity", intensity);
    out.put("requested", requested);
  }
}
