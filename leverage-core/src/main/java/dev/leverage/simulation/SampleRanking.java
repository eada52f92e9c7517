package dev.leverage.simulation;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Orders the activities of one sample as {@code Ranking} does: leverage descending (by {@link
 * Double#compare}), ties by id ascending.
 *
 * <p>{@link #order} sorts packed 64-bit keys (the leverage's order-preserving bits, the lowest bits
 * replaced by the id's position) with a primitive sort, then puts back in exact order the rare runs
 * whose leverages differ only in those lowest bits: O(n log n), exact. Holds scratch arrays: one
 * instance per thread.
 */
final class SampleRanking {
  private final int[] idRank;
  private final int[] byIdRank;
  private final long low;
  private final long[] keys;

  /** Prepares to rank activities with these ids, in this order. */
  SampleRanking(List<String> ids) {
    int n = ids.size();
    idRank = idRanks(ids);
    byIdRank = new int[n];
    for (int a = 0; a < n; a++) {
      byIdRank[idRank[a]] = a;
    }
    int bits = n <= 1 ? 0 : 32 - Integer.numberOfLeadingZeros(n - 1);
    low = (1L << bits) - 1;
    keys = new long[n];
  }

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

  /** The activity that ranks first among {@code values}, or -1 when there are none. */
  int best(double[] values) {
    int best = values.length == 0 ? -1 : 0;
    for (int a = 1; a < values.length; a++) {
      if (beats(values, a, best)) {
        best = a;
      }
    }
    return best;
  }

  /** Fills {@code order} with the activities best first. */
  void order(double[] values, int[] order) {
    int n = values.length;
    for (int a = 0; a < n; a++) {
      long bits = Double.doubleToRawLongBits(values[a]);
      long sortable = bits ^ ((bits >> 63) & Long.MAX_VALUE);
      keys[a] = (~sortable & ~low) | idRank[a];
    }
    Arrays.sort(keys);
    for (int r = 0; r < n; r++) {
      order[r] = byIdRank[(int) (keys[r] & low)];
    }
    int start = 0;
    for (int r = 1; r <= n; r++) {
      if (r == n || (keys[r] & ~low) != (keys[start] & ~low)) {
        if (r - start > 1) {
          exactly(values, order, start, r);
        }
        start = r;
      }
    }
  }

  /** Insertion sort of {@code order[from, to)} by the exact comparison. */
  private void exactly(double[] values, int[] order, int from, int to) {
    for (int j = from + 1; j < to; j++) {
      int x = order[j];
      int k = j - 1;
      while (k >= from && beats(values, x, order[k])) {
        order[k + 1] = order[k];
        k--;
      }
      order[k + 1] = x;
    }
  }

  private boolean beats(double[] values, int a, int b) {
    int c = Double.compare(values[a], values[b]);
    return c > 0 || (c == 0 && idRank[a] < idRank[b]);
  }
}
