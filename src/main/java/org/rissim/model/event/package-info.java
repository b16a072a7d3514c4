/**
 * The model's events: one record per event type of docs/OUTPUTS.md, emitted by the mechanisms as
 * things happen. Records hold ids, numbers and lists, in canonical (peacekeeping's) names; the
 * observers give them their institution's vocabulary, round them and write them.
 */
package org.rissim.model.event;
