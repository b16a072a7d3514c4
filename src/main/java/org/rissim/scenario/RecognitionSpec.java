package org.rissim.scenario;

import java.util.List;

/**
 * Recognition-building: the ladder of votes at the global body.
 *
 * @param body         id of the global body that grants recognition
 * @param sessionMonth month of the year (1-12) in which the global body's session opens the forum
 * @param rungs        the rungs, lowest first; level = 1 + index of the highest rung held
 * @param vote         weights of a voter's logit for voting yes
 */
public record RecognitionSpec(String body, int sessionMonth, List<Rung> rungs, VoteWeights vote) {
  public RecognitionSpec {
    rungs = List.copyOf(rungs);
  }

  /**
   * One rung.
   *
   * @param id           identifier, e.g. {@code observer}
   * @param requires     rungs that must be held first
   * @param quota        share of yes votes needed, (0,1]
   * @param veto         whether a state with {@code veto: true} voting no blocks it
   * @param perOperation voted on for one ongoing operation of the body (a mandate); once granted
   *                     the operation is mandated and the rung stays in the body's record, so a
   *                     body seeks it once
   * @param difficulty   subtracted from every voter's logit for this rung, >= 0
   */
  public record Rung(String id, List<String> requires, double quota, boolean veto,
      boolean perOperation, double difficulty) {
    public Rung {
      requires = List.copyOf(requires);
    }
  }

  /**
   * Weights of the yes-vote logit: {@code base + alignment*a + record*(1-hypocrisy)
   * + affinity*aff - counter*criticism - difficulty}.
   */
  public record VoteWeights(double base, double alignment, double record, double affinity,
      double counter) {}
}
