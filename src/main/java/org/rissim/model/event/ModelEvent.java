package org.rissim.model.event;

/**
 * One thing that happened in a month of a run (a crisis, an operation, a founding, a vote ...),
 * as the model emits it: a typed record that knows its canonical type and writes its fields in
 * order. Naming them in the institution's vocabulary, rounding and writing are the observers'.
 */
public sealed interface ModelEvent permits CrisisEvent, OperationEvent, OperationEndEvent,
    DeploymentEndEvent, TakeoverEvent, BodyDeclinedEvent, DiscursiveEvent, FoundingEvent,
    DissolvedEvent, RecognitionVoteEvent, EndorsementVoteEvent, DistanceEvent, ExitEvent,
    RestraintEvent, JoinEvent, FoundingChoiceEvent, InvitationDeclinedEvent {
  /** The canonical event type ({@code crisis}, {@code operation} ...: docs/OUTPUTS.md). */
  String type();

  /** Writes the event's fields, canonical names, in the order of docs/OUTPUTS.md. */
  void write(EventFields out);
}
