package dev.leverage.planning;

import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * The exact 0/1 knapsack over a forest of requirements: an item may be taken only with its parent,
 * solved by dynamic programming over whole minutes in depth-first order.
 *
 * <p>Items are visited in the {@link Preorder} of the forest (the smaller subtrees first); {@code
 * end(k)} is the position just past the subtree of the item at position {@code k}. With {@code f(k,
 * c)} the best value from positions {@code k..m-1} within capacity {@code c}, when every item
 * before {@code k} on the path to the root is taken,
 *
 * <pre>f(k, c) = max(f(end(k), c), value(k) + f(k + 1, c − weight(k)))</pre>
 *
 * <p>and {@code f(m, c) = 0}. Skipping an item skips its subtree, so every selection is closed
 * under the parent relation. Time is {@code O(m·(C+1))}; memory is one bit per cell for the
 * decisions plus one row of {@code C+1} values per pending subtree, at most {@link
 * Preorder#maxLiveTables(int)} rows whatever the depth of the forest (see {@link #cells}); an
 * instance of independent items runs in place in one row. Values are compared exactly; with a
 * secondary value the comparison is lexicographic (primary first). {@code f(0, ·)} is the whole
 * frontier: the best value for every capacity from 0 to C. A decision takes an item only when that
 * is strictly better, so among equal values the reconstruction leaves out the earlier item in
 * preorder. Not thread-safe while solving; immutable afterwards.
 */
final class ForestKnapsack {
  private final int m;
  private final int capacity;
  private final int stride;
  private final int[] item;
  private final int[] end;
  private final int[] weightAt;
  private final long[] decisions;
  private final double[] frontPrimary;
  private final double[] frontSecondary;

  /**
   * Solves the instance.
   *
   * @param weight weight of each item, at least 0
   * @param primary value of each item
   * @param secondary a second value compared after the primary one, or {@code null}
   * @param parent the parent of each item, an index below or above it, or −1 for a root; the
   *     parents must form a forest
   * @param capacity at least 0
   */
  ForestKnapsack(int[] weight, double[] primary, double[] secondary, int[] parent, int capacity) {
    this.m = weight.length;
    this.capacity = capacity;
    this.stride = capacity + 1;
    Preorder order = Preorder.of(parent);
    this.item = order.item;
    this.end = order.end;
    this.weightAt = new int[m];
    for (int k = 0; k < m; k++) {
      weightAt[k] = weight[item[k]];
    }
    this.decisions = new long[(int) (((long) m * stride + 63) >>> 6)];
    double[][] rows = solve(primary, secondary);
    this.frontPrimary = rows[0];
    this.frontSecondary = rows[1];
  }

  /**
   * The memory of the program for {@code items} items and {@code capacity}, in cells of one bit: a
   * decision bit per item and capacity, and the rows of values it holds at once (64 bits per
   * capacity each, two rows per table with a secondary value). Saturates at {@link Long#MAX_VALUE}.
   */
  static long cells(int items, long capacity, boolean pair) {
    long perCapacity = items + 64L * (pair ? 2 : 1) * Preorder.maxLiveTables(items);
    return times(perCapacity, capacity + 1);
  }

  /** {@code a · b} for non-negative numbers, or {@link Long#MAX_VALUE} when it overflows. */
  static long times(long a, long b) {
    return Math.multiplyHigh(a, b) != 0 || a * b < 0 ? Long.MAX_VALUE : a * b;
  }

  /** The best primary value for every capacity from 0 to C. */
  double[] frontPrimary() {
    return frontPrimary;
  }

  /** The secondary value of the best selection for every capacity, or {@code null}. */
  double[] frontSecondary() {
    return frontSecondary;
  }

  /** The items of a best selection within {@code cap}, in preorder. */
  int[] select(int cap) {
    int[] chosen = new int[m];
    int count = 0;
    int c = cap;
    int k = 0;
    while (k < m) {
      long cell = (long) k * stride + c;
      if ((decisions[(int) (cell >>> 6)] & (1L << cell)) != 0) {
        chosen[count++] = item[k];
        c -= weightAt[k];
        k++;
      } else {
        k = end[k];
      }
    }
    return Arrays.copyOf(chosen, count);
  }

  private double[][] solve(double[] primary, double[] secondary) {
    boolean pair = secondary != null;
    int[] pending = new int[m + 1];
    for (int k = 0; k < m; k++) {
      pending[k + 1]++;
      if (end[k] != k + 1) {
        pending[end[k]]++;
      }
    }
    double[][] rowP = new double[m + 1][];
    double[][] rowS = pair ? new double[m + 1][] : null;
    ArrayDeque<double[]> pool = new ArrayDeque<>();
    rowP[m] = new double[stride];
    if (pair) {
      rowS[m] = new double[stride];
    }
    for (int k = m - 1; k >= 0; k--) {
      int takeAt = k + 1;
      int skipAt = end[k];
      boolean inPlace = pending[takeAt] == 1;
      double[] outP = inPlace ? rowP[takeAt] : borrow(pool);
      double[] outS = pair ? (inPlace ? rowS[takeAt] : borrow(pool)) : null;
      int item = this.item[k];
      if (pair) {
        relaxPair(
            k,
            primary[item],
            secondary[item],
            rowP[takeAt],
            rowS[takeAt],
            rowP[skipAt],
            rowS[skipAt],
            outP,
            outS);
      } else {
        relax(k, primary[item], rowP[takeAt], rowP[skipAt], outP);
      }
      release(takeAt, pending, rowP, rowS, pool, inPlace);
      if (skipAt != takeAt) {
        release(skipAt, pending, rowP, rowS, pool, false);
      }
      rowP[k] = outP;
      if (pair) {
        rowS[k] = outS;
      }
    }
    return new double[][] {rowP[0], pair ? rowS[0] : null};
  }

  private double[] borrow(ArrayDeque<double[]> pool) {
    double[] row = pool.poll();
    return row != null ? row : new double[stride];
  }

  private static void release(
      int at,
      int[] pending,
      double[][] rowP,
      double[][] rowS,
      ArrayDeque<double[]> pool,
      boolean reused) {
    if (--pending[at] == 0) {
      if (!reused) {
        pool.push(rowP[at]);
        if (rowS != null) {
          pool.push(rowS[at]);
        }
      }
      rowP[at] = null;
      if (rowS != null) {
        rowS[at] = null;
      }
    }
  }

  /** {@code out[c] = max(skip[c], value + take[c − w])}, descending so that out may be take. */
  private void relax(int k, double value, double[] take, double[] skip, double[] out) {
    int w = weightAt[k];
    long base = (long) k * stride;
    int c = capacity;
    if (out == skip) {
      // A leaf relaxed in place: only the cells it improves change (the common, fast case).
      for (; c >= w; c--) {
        double t = value + take[c - w];
        if (t > out[c]) {
          out[c] = t;
          long cell = base + c;
          decisions[(int) (cell >>> 6)] |= 1L << cell;
        }
      }
      return;
    }
    for (; c >= w; c--) {
      double t = value + take[c - w];
      double s = skip[c];
      if (t > s) {
        out[c] = t;
        long cell = base + c;
        decisions[(int) (cell >>> 6)] |= 1L << cell;
      } else {
        out[c] = s;
      }
    }
    System.arraycopy(skip, 0, out, 0, Math.min(c + 1, stride));
  }

  private void relaxPair(
      int k,
      double value,
      double second,
      double[] takeP,
      double[] takeS,
      double[] skipP,
      double[] skipS,
      double[] outP,
      double[] outS) {
    int w = weightAt[k];
    long base = (long) k * stride;
    int c = capacity;
    for (; c >= w; c--) {
      double tp = value + takeP[c - w];
      double ts = second + takeS[c - w];
      double sp = skipP[c];
      double ss = skipS[c];
      if (tp > sp || (tp == sp && ts > ss)) {
        outP[c] = tp;
        outS[c] = ts;
        long cell = base + c;
        decisions[(int) (cell >>> 6)] |= 1L << cell;
      } else {
        outP[c] = sp;
        outS[c] = ss;
      }
    }
    if (outP != skipP) {
      System.arraycopy(skipP, 0, outP, 0, Math.min(c + 1, stride));
      System.arraycopy(skipS, 0, outS, 0, Math.min(c + 1, stride));
    }
  }
}
