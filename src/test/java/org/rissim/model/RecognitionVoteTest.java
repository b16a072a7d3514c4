package org.rissim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rissim.model.mechanism.RecognitionVote;
import org.rissim.observe.Event;
import org.rissim.scenario.RecognitionSpec;

/** Recognition votes at the global body follow the voters' alignment; a veto blocks veto rungs. */
class RecognitionVoteTest {

  /** Holds one vote on REG's claim to the rung and returns the vote's event. */
  private static Event vote(TinyWorld w, String rungId) {
    RecognitionSpec.Rung rung = w.model.scenario().recognition().rungs().stream()
        .filter(r -> r.id().equals(rungId)).findFirst().orElseThrow();
    w.model.proposals().add(
        new RecognitionVote.Proposal(w.body("REG"), rung, w.state("HEG"), null));
    RecognitionVote.step(w.model);
    List<Event> votes = w.events("recognition-vote");
    assertEquals(1, votes.size());
    assertTrue(w.model.proposals().isEmpty(), "proposals are consumed");
    return votes.get(0);
  }

  @Test
  void votersAlignedWithTheLeaderVoteYesMoreOften() {
    // WEST casts 100 votes: its alignment toward HEG decides most of the outcome (yes with
    // probability about 0.99 when aligned, 0.11 when against).
    TinyWorld aligned = TinyWorld.of("recognition.vote.alignment=4", "states.WEST.votes=100",
        "states.WEST.alignment={HEG: 0.9}");
    TinyWorld against = TinyWorld.of("recognition.vote.alignment=4", "states.WEST.votes=100",
        "states.WEST.alignment={HEG: -0.9}");
    Event yes = vote(aligned, "observer");
    Event no = vote(against, "observer");
    double shareAligned = yes.number("share");
    double shareAgainst = no.number("share");
    assertEquals(103, yes.number("yes") + yes.number("no"), "every vote is cast");
    assertTrue(shareAligned > shareAgainst + 0.5, shareAligned + " vs " + shareAgainst);
    assertEquals(Boolean.TRUE, yes.fields().get("passed"));
    assertTrue(aligned.body("REG").rungs().contains("observer"));
    assertEquals(Boolean.FALSE, no.fields().get("passed"));
    assertFalse(against.body("REG").rungs().contains("observer"));
  }

  @Test
  void aVetoHoldersNoBlocksAVetoRungDespiteAMajority() {
    // A strong alignment weight makes every vote nearly certain: 150 friendly votes yes, WEST no.
    String[] setup = {"recognition.vote.alignment=8", "states.WEST.alignment={HEG: -1}",
        "states.A.votes=150", "states.A.alignment={HEG: 1}"};
    TinyWorld w = TinyWorld.of(setup);
    w.body("REG").grant("observer");
    Event e = vote(w, "chapter8");
    assertTrue(e.number("share") >= 0.67, "the quota is met: " + e.number("share"));
    assertEquals(List.of("WEST"), e.fields().get("vetoedBy"));
    assertEquals(Boolean.FALSE, e.fields().get("passed"));
    assertFalse(w.body("REG").rungs().contains("chapter8"));

    // The same no on a rung without veto is just ten votes among many.
    TinyWorld plain = TinyWorld.of(setup);
    Event o = vote(plain, "observer");
    assertEquals(List.of(), o.fields().get("vetoedBy"));
    assertEquals(Boolean.TRUE, o.fields().get("passed"));
  }
}
