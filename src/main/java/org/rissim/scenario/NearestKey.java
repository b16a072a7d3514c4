package org.rissim.scenario;

import java.util.Collection;

/** Finds the known name nearest to a misspelt one (Levenshtein distance) for "did you mean". */
final class NearestKey {
  private NearestKey() {}

  /** {@code "; did you mean `x`?"} for the closest candidate, or "" when none is close. */
  static String suggestion(String wrong, Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String c : candidates) {
      int d = distance(wrong.toLowerCase(), c.toLowerCase());
      if (d < bestDistance) {
        best = c;
        bestDistance = d;
      }
    }
    // a suggestion further than a third of the word away is more confusing than helpful
    int allowed = Math.max(2, wrong.length() / 3);
    return best != null && bestDistance <= allowed ? "; did you mean `" + best + "`?" : "";
  }

  /** Levenshtein edit distance (insertions, deletions, substitutions). */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1),
            previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
