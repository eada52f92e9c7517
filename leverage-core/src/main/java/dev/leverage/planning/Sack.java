package dev.leverage.planning;

import dev.leverage.internal.Growth;
import java.util.Arrays;

/**
 * A 0/1 knapsack of items with whole-minute weights and real profits, filled and emptied again at
 * every node of a search: its best profit within a limit, exactly by a dynamic program over
 * multiples of the weights' common divisor, or Dantzig's fractional bound when the table would be
 * too large. Its arrays are reused; not thread-safe.
 */
final class Sack {
  private int[] weight = new int[16];
  private double[] profit = new double[16];
  private double[] table = new double[64];
  private int size;

  /** Empties the sack. */
  void clear() {
    size = 0;
  }

  /** Adds an item. */
  void add(int itemWeight, double itemProfit) {
    weight = Growth.toHold(weight, size + 1);
    profit = Growth.toHold(profit, size + 1);
    weight[size] = itemWeight;
    profit[size] = itemProfit;
    size++;
  }

  /**
   * {@return the best total profit of the items within {@code limit} (a dynamic program over
   * multiples of their common divisor), or Dantzig's bound when the table would have more than
   * {@code maxCells} cells}
   */
  double best(int limit, long maxCells) {
    long total = 0;
    double all = 0;
    int divisor = 0;
    for (int j = 0; j < size; j++) {
      total += weight[j];
      all += profit[j];
      divisor = gcd(divisor, weight[j]);
    }
    if (total <= limit) {
      return all;
    }
    int cells = limit / divisor;
    if ((long) cells * size > maxCells) {
      return dantzig(limit);
    }
    if (table.length < cells + 1) {
      table = new double[cells + 1];
    }
    Arrays.fill(table, 0, cells + 1, 0);
    for (int j = 0; j < size; j++) {
      int w = weight[j] / divisor;
      double p = profit[j];
      for (int c = cells; c >= w; c--) {
        double take = table[c - w] + p;
        if (take > table[c]) {
          table[c] = take;
        }
      }
    }
    return table[cells];
  }

  /** The best fractional profit of the items within {@code limit}. */
  private double dantzig(int limit) {
    double[] ratio = new double[size];
    Integer[] order = new Integer[size];
    for (int j = 0; j < size; j++) {
      order[j] = j;
      ratio[j] = profit[j] / weight[j];
    }
    Arrays.sort(order, (a, b) -> Double.compare(ratio[b], ratio[a]));
    double bound = 0;
    long left = limit;
    for (int j : order) {
      if (weight[j] <= left) {
        left -= weight[j];
        bound += profit[j];
      } else {
        return bound + profit[j] * left / weight[j];
      }
    }
    return bound;
  }

  /** {@return the greatest common divisor of {@code a} and {@code b}; {@code b} when a is 0} */
  static int gcd(int a, int b) {
    while (b != 0) {
      int t = a % b;
      a = b;
      b = t;
    }
    return a;
  }
}
