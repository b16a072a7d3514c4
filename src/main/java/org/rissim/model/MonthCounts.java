package org.rissim.model;

/**
 * Counters of one month's acts: zeroed by the model as each month opens, read by the recorder at
 * the month's end.
 */
public final class MonthCounts {
  private int opsAlone;
  private int opsBody;
  private int opsConforming;
  private int opsDeviating;
  private int discursive;
  private int recognitionVotes;

  /** Counts an operation launched this month, alone or through a body, conforming or not. */
  public void operation(boolean throughBody, boolean conforming) {
    if (throughBody) {
      opsBody++;
    } else {
      opsAlone++;
    }
    if (conforming) {
      opsConforming++;
    } else {
      opsDeviating++;
    }
  }

  /** Counts a discursive act. */
  public void discursive() {
    discursive++;
  }

  /** Counts a recognition vote. */
  public void recognitionVote() {
    recognitionVotes++;
  }

  /** This month's counts in the recorder's column order: alone, body, conforming, deviating. */
  public int[] operations() {
    return new int[] {opsAlone, opsBody, opsConforming, opsDeviating};
  }

  /** Discursive acts this month. */
  public int discursiveActs() {
    return discursive;
  }

  /** Recognition votes this month. */
  public int recognitionVotes() {
    return recognitionVotes;
  }

  /** Zeroes every counter: the model does, as each month opens. */
  void reset() {
    opsAlone = 0;
    opsBody = 0;
    opsConforming = 0;
    opsDeviating = 0;
    discursive = 0;
    recognitionVotes = 0;
  }
}
