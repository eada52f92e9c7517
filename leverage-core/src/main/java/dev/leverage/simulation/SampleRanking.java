package dev.leverage.simulation;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The order of the activities within one sample, as {@code Ranking} orders them: leverage
 * descending (by {@link Double#compare}), ties by id ascending. Stateless.
 */
final class SampleRanking {
  private SampleRanking() {}

  /** The position of each id in ascending id order. */
  static int[] idRanks(List<String> ids) {
    Integer[] byId = IntStream.range(0, ids.size()).boxed().toArray(Integer[]::new);
    Arrays.sort(byId, Comparator.comparing(ids::get));
    int[] rank = new int[byId.length];
    for (int r = 0; r < byId.length; r++) {
      rank[byId[r]] = r;
    }
    return rank;
  }

  /**
   * True when the activity of leverage {@code value} and id rank {@code rank} ranks before the one
   * of leverage {@code other} and id rank {@code otherRank}.
   */
  static boolean beats(double value, int rank, double other, int otherRank) {
    int c = Double.compare(value, other);
    return c > 0 || (c == 0 && rank < otherRank);
  }
}
