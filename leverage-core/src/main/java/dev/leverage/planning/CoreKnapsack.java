package dev.leverage.planning;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;

/**
 * The exact plan of candidates without requirements, for one budget: linear-programming bounds fix
 * the candidates that every best plan includes or excludes, and the {@link ForestKnapsack} solves
 * the few left (the core).
 *
 * <p>With the candidates sorted by leverage, the bound of Dantzig (fill greedily, then a fraction
 * of the next candidate) bounds every plan from above; the greedy plan bounds the best from below.
 * A candidate the greedy fill takes is fixed in when the bound without it is below the greedy plan
 * by more than the tolerance; any other is fixed out when the bound with it is. Every plan within
 * the tolerance of the best therefore agrees with the fixed candidates, so the best plan using the
 * fewest minutes is the fixed-in candidates plus the best core plan using the fewest minutes.
 * {@code O(n log n)} for the bounds, plus {@code O(k·B)} for a core of k candidates in the table
 * over minutes when it fits the cell limit, else the {@link ParetoForest}, whose size does not grow
 * with the budget. Stateless.
 */
final class CoreKnapsack {
  private CoreKnapsack() {}

  /**
   * The candidates of the best plan within {@code capacity} minutes, using the fewest minutes, or
   * {@code null} when the core would exceed {@code cellLimit} cells either way.
   */
  static BitSet solve(Candidates candidates, long capacity, long cellLimit) {
    int[] minutes = candidates.minutes;
    double[] output = candidates.output;
    Integer[] useful =
        java.util.stream.IntStream.range(0, candidates.n)
            .filter(i -> output[i] > 0 && minutes[i] <= capacity)
            .boxed()
            .toArray(Integer[]::new);
    Arrays.sort(
        useful,
        Comparator.comparingDouble((Integer i) -> -output[i] / minutes[i])
            .thenComparingInt(i -> i));
    int m = useful.length;
    long[] prefixMinutes = new long[m + 1];
    double[] prefixOutput = new double[m + 1];
    double[] leverage = new double[m];
    for (int k = 0; k < m; k++) {
      int i = useful[k];
      prefixMinutes[k + 1] = prefixMinutes[k] + minutes[i];
      prefixOutput[k + 1] = prefixOutput[k] + output[i];
      leverage[k] = output[i] / minutes[i];
    }
    BitSet chosen = new BitSet(candidates.n);
    int fill = 0;
    while (fill < m && prefixMinutes[fill + 1] <= capacity) {
      fill++;
    }
    if (fill == m) {
      for (int i : useful) {
        chosen.set(i);
      }
      return chosen;
    }
    double greedy = prefixOutput[fill];
    long room = capacity - prefixMinutes[fill];
    for (int k = fill + 1; k < m; k++) {
      if (minutes[useful[k]] <= room) {
        room -= minutes[useful[k]];
        greedy += output[useful[k]];
      }
    }
    double floor = greedy - ClosureSearch.TOLERANCE * Math.max(1, Math.abs(greedy));
    Bounds bounds = new Bounds(prefixMinutes, prefixOutput, leverage, minutes, useful);
    int[] core = new int[m];
    int coreSize = 0;
    long fixedMinutes = 0;
    double fixedOutput = 0;
    for (int k = 0; k < m; k++) {
      int i = useful[k];
      if (k < fill) {
        if (bounds.without(k, capacity) < floor) {
          chosen.set(i);
          fixedMinutes += minutes[i];
          fixedOutput += output[i];
          continue;
        }
      } else if (output[i] + bounds.without(k, capacity - minutes[i]) < floor) {
        continue;
      }
      core[coreSize++] = i;
    }
    if (fixedMinutes > capacity) {
      return null;
    }
    long residual = capacity - fixedMinutes;
    core = Arrays.copyOf(core, coreSize);
    Arrays.sort(core);
    int[] w = new int[coreSize];
    double[] v = new double[coreSize];
    int[] roots = new int[coreSize];
    for (int j = 0; j < coreSize; j++) {
      w[j] = minutes[core[j]];
      v[j] = output[core[j]];
      roots[j] = -1;
    }
    int[] selected;
    if (residual < Integer.MAX_VALUE - 8
        && ForestKnapsack.cells(coreSize, residual, false) <= cellLimit) {
      ForestKnapsack table = new ForestKnapsack(w, v, null, roots, (int) residual);
      double[] front = table.frontPrimary();
      double best = front[(int) residual];
      double tolerance = ClosureSearch.TOLERANCE * Math.max(1, Math.abs(fixedOutput + best));
      int at = (int) residual;
      while (at > 0 && front[at - 1] >= best - tolerance) {
        at--;
      }
      selected = table.select(at);
    } else {
      ParetoForest forest = ParetoForest.solve(w, v, null, roots, residual, true, cellLimit);
      if (!forest.solved()) {
        return null;
      }
      Steps front = forest.front();
      int best = front.size() - 1;
      double tolerance =
          ClosureSearch.TOLERANCE * Math.max(1, Math.abs(fixedOutput + front.primary[best]));
      int at = best;
      while (at > 0 && front.primary[at - 1] >= front.primary[best] - tolerance) {
        at--;
      }
      selected = forest.select(at);
    }
    for (int j : selected) {
      chosen.set(core[j]);
    }
    return chosen;
  }

  /** Dantzig bounds of the sorted candidates with one of them left out. */
  private record Bounds(
      long[] prefixMinutes,
      double[] prefixOutput,
      double[] leverage,
      int[] minutes,
      Integer[] sorted) {

    /** The bound over all sorted candidates but the one at {@code skip}, within {@code room}. */
    double without(int skip, long room) {
      int m = leverage.length;
      int lo = 0;
      int hi = m - 1;
      while (lo < hi) {
        int mid = (lo + hi + 1) >>> 1;
        if (minutesOfFirst(mid, skip) <= room) {
          lo = mid;
        } else {
          hi = mid - 1;
        }
      }
      double bound = outputOfFirst(lo, skip);
      if (lo < m - 1) {
        int next = lo < skip ? lo : lo + 1;
        bound += (room - minutesOfFirst(lo, skip)) * leverage[next];
      }
      return bound;
    }

    private long minutesOfFirst(int count, int skip) {
      return count <= skip
          ? prefixMinutes[count]
          : prefixMinutes[count + 1] - minutes[sorted[skip]];
    }

    private double outputOfFirst(int count, int skip) {
      return count <= skip
          ? prefixOutput[count]
          : prefixOutput[count + 1] - (prefixOutput[skip + 1] - prefixOutput[skip]);
    }
  }
}
