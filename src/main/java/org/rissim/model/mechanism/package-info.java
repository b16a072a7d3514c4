/**
 * One class per mechanism of docs/MODEL.md (section 6), each a set of static steps over the
 * {@link org.rissim.model.RegionModel}, testable on a world of a few states.
 */
package org.rissim.model.mechanism;
