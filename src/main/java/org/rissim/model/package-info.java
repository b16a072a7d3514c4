/**
 * The theory as a MASON model: a region's states and secondary institutions acting on a primary
 * institution, one tick a month. No I/O, no GUI; randomness only from {@code SimState.random}.
 *
 * <p>Glossary (Hadano 2024; Buzan 2004; Knudsen 2019):
 * <ul>
 *   <li><b>primary institution</b>: a durable shared practice of a society of states
 *       ({@link org.rissim.model.PrimaryInstitution}), made of a <b>constitutive principle</b> and
 *       <b>reproducing practices</b>;</li>
 *   <li><b>global standard</b> g[p]: how strictly practice p binds as the global body holds it;
 *       <b>regional understanding</b> r[p]: the power- and status-weighted mean belief of the
 *       region's states; <b>drift</b>: g[p] - r[p];</li>
 *   <li><b>change in</b> / <b>change of</b>: the practices move while the principle stands / the
 *       principle itself erodes;</li>
 *   <li><b>secondary institution</b> (body): a designed intergovernmental body
 *       ({@link org.rissim.model.SecondaryInstitution});</li>
 *   <li><b>behavioural</b> and <b>discursive contestation</b>, <b>acting through</b> a body,
 *       <b>competitive secondary institutionalisation</b>, <b>recognition-building</b>,
 *       <b>counter-contestation</b>, <b>distancing</b>: the strategies of
 *       {@link org.rissim.scenario.Strategy};</li>
 *   <li><b>collective legitimisation</b>: the legitimacy observers grant an act done through a
 *       body ({@link org.rissim.model.mechanism.Legitimacy}).</li>
 * </ul>
 * docs/MODEL.md describes the model in the ODD protocol.
 *
 * <p><b>Why the world and its mechanisms depend on each other.</b> This package holds the world
 * (the entities, their state and the monthly schedule in {@link org.rissim.model.RegionModel});
 * {@code org.rissim.model.mechanism} holds the rules, one class per mechanism of docs/MODEL.md
 * section 6, each a set of static functions of the world. The rules read and change the
 * entities, and the world's schedule calls the rules in the order of MODEL.md section 3
 * ("process overview and scheduling"): only {@code RegionModel} imports the mechanisms, and only
 * to put them on the schedule. This one cycle is kept on purpose (and is the only exception of
 * {@code PackageDependencyTest}): a mechanism is found, read and tested as one file beside its
 * section of MODEL.md, which one package of forty classes would lose, and moving the schedule out
 * of the world would let a run be assembled with mechanisms missing or out of order. The price is
 * the public mutators the entities expose to the mechanisms; nothing outside {@code model..}
 * calls them (the GUI reads through inspectors, the recorder through the event records of
 * {@code org.rissim.model.event} it listens to).
 */
package org.rissim.model;
