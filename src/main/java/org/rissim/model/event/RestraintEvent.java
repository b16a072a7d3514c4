package org.rissim.model.event;

/**
 * A state abstained at a crisis in its sphere and is seen enacting the global standard.
 *
 * @param actor  the abstaining state's id
 * @param crisis the crisis
 * @param host   the host state's id
 * @param weight the weight of restraint relative to an act
 */
public record RestraintEvent(String actor, String crisis, String host, double weight)
    implements ModelEvent {
  @Override
  public String type() {
    return "restraint";
  }

  @Override
  public void write(EventFields out) {
    out.put("actor", actor);
    out.put("crisis", crisis);
    out.put("host", host);
    out.put("weight", weight);
  }
}
