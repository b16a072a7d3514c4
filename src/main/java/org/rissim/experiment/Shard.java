package org.rissim.experiment;

/**
 * One shard of a sweep, written {@code K/N}: the runs whose number r has r % N == K-1.
 *
 * @param k the shard's 1-based index, from 1 to {@code n}
 * @param n the number of shards, >= 1 (1: the whole sweep)
 */
public record Shard(int k, int n) {
  /** The whole sweep: one shard. */
  public static final Shard ALL = new Shard(1, 1);

  /** Checks 1 <= k <= n. */
  public Shard {
    if (k < 1 || k > n) {
      throw new IllegalArgumentException("expected K/N with 1 <= K <= N, found " + k + "/" + n);
    }
  }

  /**
   * The shard written {@code K/N}.
   *
   * @throws IllegalArgumentException unless the text is two whole numbers K/N with 1 <= K <= N
   */
  public static Shard parse(String text) {
    String[] kn = text.split("/", -1);
    if (kn.length == 2 && kn[0].matches("\\d{1,9}") && kn[1].matches("\\d{1,9}")) {
      int k = Integer.parseInt(kn[0]);
      int n = Integer.parseInt(kn[1]);
      if (k >= 1 && k <= n) {
        return new Shard(k, n);
      }
    }
    throw new IllegalArgumentException("expected K/N with 1 <= K <= N, found '" + text + "'");
  }

  /** {@code K/N}. */
  @Override
  public String toString() {
    return k + "/" + n;
  }
}
