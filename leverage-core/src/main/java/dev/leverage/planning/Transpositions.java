package dev.leverage.planning;

import java.util.Arrays;

/**
 * What a search has already explored after closing a week: for a week and the set of candidates
 * done by then, the best (objective, side value, sum of weeks) of a past that reached it. The
 * future after a week depends only on which candidates are done, so a later node with the same week
 * and set whose past is no better can be cut off.
 *
 * <p>Open addressing with linear probing; grows up to {@code maxEntries} and then stops storing (it
 * only ever forgets, which costs pruning, never correctness). Not thread-safe.
 */
final class Transpositions {
  private static final double EPSILON = 1e-12;

  private final int words;
  private final int maxEntries;
  private int capacity;
  private long[] keys;
  private int[] week;
  private double[] objective;
  private double[] side;
  private long[] weekSum;
  private int size;

  Transpositions(int candidates, int maxEntries) {
    this.words = (candidates >>> 6) + 1;
    this.maxEntries = maxEntries;
    allocate(Math.min(1024, Integer.highestOneBit(Math.max(2, maxEntries)) * 2));
  }

  private void allocate(int slots) {
    capacity = slots;
    keys = new long[slots * words];
    week = new int[slots];
    Arrays.fill(week, -1);
    objective = new double[slots];
    side = new double[slots];
    weekSum = new long[slots];
    size = 0;
  }

  /**
   * True when a past already explored for {@code closed} and {@code done} is at least as good as
   * this one (objective and side value not lower; on an equal objective a sum of weeks not larger);
   * otherwise records this past and returns false.
   */
  boolean seen(int closed, long[] done, double value, double sideValue, long sum) {
    int slot = find(closed, done);
    if (week[slot] == closed) {
      double v = objective[slot];
      double tolerance = EPSILON * Math.max(1, Math.abs(v));
      boolean sideNoBetter = sideValue <= side[slot] + tolerance;
      if (sideNoBetter
          && (value < v - tolerance || (value <= v + tolerance && sum >= weekSum[slot]))) {
        return true;
      }
      if (value >= v - tolerance && sideValue >= side[slot] - tolerance) {
        objective[slot] = Math.max(value, v);
        side[slot] = Math.max(sideValue, side[slot]);
        weekSum[slot] = value > v + tolerance ? sum : Math.min(sum, weekSum[slot]);
      }
      return false;
    }
    if (size >= maxEntries) {
      return false;
    }
    if (2 * (size + 1) > capacity) {
      if (2 * capacity * (long) words > Integer.MAX_VALUE) {
        return false;
      }
      grow();
      slot = find(closed, done);
    }
    week[slot] = closed;
    System.arraycopy(done, 0, keys, slot * words, words);
    objective[slot] = value;
    side[slot] = sideValue;
    weekSum[slot] = sum;
    size++;
    return false;
  }

  private int find(int closed, long[] done) {
    long h = closed * 0x9E3779B97F4A7C15L;
    for (int k = 0; k < words; k++) {
      h = (h ^ done[k]) * 0xBF58476D1CE4E5B9L;
      h ^= h >>> 31;
    }
    int slot = (int) (h & (capacity - 1));
    while (week[slot] >= 0) {
      if (week[slot] == closed && sameKey(slot, done)) {
        return slot;
      }
      slot = (slot + 1) & (capacity - 1);
    }
    return slot;
  }

  private boolean sameKey(int slot, long[] done) {
    int base = slot * words;
    for (int k = 0; k < words; k++) {
      if (keys[base + k] != done[k]) {
        return false;
      }
    }
    return true;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldWeek = week;
    double[] oldObjective = objective;
    double[] oldSide = side;
    long[] oldSum = weekSum;
    int oldCapacity = capacity;
    allocate(capacity * 2);
    long[] key = new long[words];
    for (int slot = 0; slot < oldCapacity; slot++) {
      if (oldWeek[slot] >= 0) {
        System.arraycopy(oldKeys, slot * words, key, 0, words);
        int to = find(oldWeek[slot], key);
        week[to] = oldWeek[slot];
        System.arraycopy(key, 0, keys, to * words, words);
        objective[to] = oldObjective[slot];
        side[to] = oldSide[slot];
        weekSum[to] = oldSum[slot];
        size++;
      }
    }
  }
}
