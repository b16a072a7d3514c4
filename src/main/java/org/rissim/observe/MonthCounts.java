package org.rissim.observe;

import org.rissim.model.event.DiscursiveEvent;
import org.rissim.model.event.ModelEvent;
import org.rissim.model.event.OperationEvent;
import org.rissim.model.event.RecognitionVoteEvent;

/**
 * The month's act counts of the time series, counted from the events the recorder receives:
 * operations alone or through a body and conforming or deviating, discursive acts and
 * recognition votes. The recorder zeroes them after each month's row.
 */
final class MonthCounts {
  private int opsAlone;
  private int opsBody;
  private int opsConforming;
  private int opsDeviating;
  private int discursive;
  private int recognitionVotes;

  /** Counts an event if it is one of the counted acts. */
  void count(ModelEvent e) {
    if (e instanceof OperationEvent op) {
      if (op.throughBody()) {
        opsBody++;
      } else {
        opsAlone++;
      }
      if (op.conforming()) {
        opsConforming++;
      } else {
        opsDeviating++;
      }
    } else if (e instanceof DiscursiveEvent) {
      discursive++;
    } else if (e instanceof RecognitionVoteEvent) {
      recognitionVotes++;
    }
  }

  /** This month's operations in the recorder's column order: alone, body, conforming, deviating. */
  int[] operations() {
    return new int[] {opsAlone, opsBody, opsConforming, opsDeviating};
  }

  /** Discursive acts this month. */
  int discursiveActs() {
    return discursive;
  }

  /** Recognition votes this month. */
  int recognitionVotes() {
    return recognitionVotes;
  }

  /** Zeroes every counter for the next month. */
  void reset() {
    opsAlone = 0;
    opsBody = 0;
    opsConforming = 0;
    opsDeviating = 0;
    discursive = 0;
    recognitionVotes = 0;
  }
}
