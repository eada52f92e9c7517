package dev.leverage.planning;

import java.util.Arrays;

/**
 * The largest sum of some of a list of durations that stays within a limit (a subset sum, as a bit
 * set of the sums reached), used to lower a week's room to what candidates can fill. Its bit set is
 * reused; not thread-safe.
 */
final class SubsetSum {
  private long[] bits = new long[1];

  /**
   * {@return the largest sum of some of {@code durations[0 .. count)} that is at most {@code
   * limit}; 0 when {@code limit} is 0 or less}
   */
  int largest(int limit, int[] durations, int count) {
    if (limit <= 0) {
      return 0;
    }
    long total = 0;
    for (int k = 0; k < count; k++) {
      total += durations[k];
    }
    if (total <= limit) {
      return (int) total;
    }
    int words = (limit >>> 6) + 1;
    if (bits.length < words) {
      bits = new long[words];
    }
    Arrays.fill(bits, 0, words, 0);
    bits[0] = 1;
    for (int k = 0; k < count; k++) {
      shiftOr(words, durations[k]);
      if ((bits[limit >>> 6] & (1L << limit)) != 0) {
        return limit;
      }
    }
    for (int c = limit; c > 0; c--) {
      if ((bits[c >>> 6] & (1L << c)) != 0) {
        return c;
      }
    }
    return 0;
  }

  /** {@code bits |= bits << shift} within {@code words} words. */
  private void shiftOr(int words, int shift) {
    int wordShift = shift >>> 6;
    int bitShift = shift & 63;
    for (int k = words - 1; k >= wordShift; k--) {
      int from = k - wordShift;
      long moved = bits[from] << bitShift;
      if (bitShift != 0 && from > 0) {
        moved |= bits[from - 1] >>> (64 - bitShift);
      }
      bits[k] |= moved;
    }
  }
}
