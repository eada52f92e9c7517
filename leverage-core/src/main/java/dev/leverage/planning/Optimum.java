package dev.leverage.planning;

import java.util.BitSet;

/**
 * The best closed sets of candidates for every budget in whole minutes from 0 to a capacity, as
 * step functions, and optionally the one chosen at the capacity.
 *
 * <p>Three programs, the first that fits {@code cellLimit} (cells of one bit, see {@link
 * #denseCells}) wins:
 *
 * <ol>
 *   <li>the {@link ClosureSearch} over whole units of the greatest common divisor of the durations
 *       (exact: dividing by it changes nothing);
 *   <li>for a forest of requirements, the {@link ParetoForest}, whose size does not grow with the
 *       budget (exact);
 *   <li>the {@link ClosureSearch} over coarser units of {@code q} minutes, twice: durations rounded
 *       up (every set that fits is a real plan: the lower function and the chosen plan) and rounded
 *       down (a relaxation whose best bounds every real plan from above: the upper function).
 * </ol>
 *
 * <p>Memory never grows with the budget beyond {@code cellLimit}: the results are step functions of
 * the budgets where the best changes, never one number per minute. The result is exact where the
 * upper and lower functions meet; a gap of 0 is exact. Immutable after construction.
 */
final class Optimum {
  /** The best found for every budget: real plans. */
  final Steps lower;

  /** Upper bounds of the same; equal to {@link #lower} when exact. */
  final Steps upper;

  /** The plan chosen at the capacity, the cheapest of the best found; null unless asked for. */
  final BitSet chosen;

  /** True when the chosen plan is proven best. */
  final boolean exact;

  final boolean foundationFirst;

  private Optimum(Steps lower, Steps upper, BitSet chosen, long capacity, boolean foundationFirst) {
    this.lower = lower;
    this.upper = upper;
    this.chosen = chosen;
    this.foundationFirst = foundationFirst;
    this.exact = gap(capacity) == 0;
  }

  /**
   * The memory of the dense program, in cells of one bit: the {@link ForestKnapsack} table and its
   * rows, and the search's own five numbers per capacity.
   */
  static long denseCells(int items, long capacity, boolean pair) {
    if (capacity >= Integer.MAX_VALUE - 8) {
      return Long.MAX_VALUE;
    }
    long table = ForestKnapsack.cells(items, capacity, pair);
    long search = ForestKnapsack.times(5 * 64, capacity + 1);
    return table > Long.MAX_VALUE - search ? Long.MAX_VALUE : table + search;
  }

  /**
   * Finds the best closed sets within every budget up to {@code capacity}.
   *
   * @param choose true to also pick the plan at the capacity
   */
  static Optimum find(
      Candidates candidates,
      long capacity,
      boolean foundationFirst,
      int nodeLimit,
      long cellLimit,
      boolean choose) {
    int n = candidates.n;
    BitSet eligible = new BitSet(n);
    long divisor = 0;
    for (int i = 0; i < n; i++) {
      if (candidates.closureMinutes[i] <= capacity) {
        eligible.set(i);
        divisor = gcd(divisor, candidates.minutes[i]);
      }
    }
    divisor = Math.max(1, divisor);
    double[] primary = candidates.output;
    double[] secondary = null;
    if (foundationFirst) {
      primary = new double[n];
      for (int i = 0; i < n; i++) {
        primary[i] = candidates.foundation[i] ? candidates.output[i] : 0;
      }
      secondary = candidates.output;
    }
    boolean pair = secondary != null;
    int items = Math.max(1, eligible.cardinality());
    if (denseCells(items, capacity / divisor, pair) <= cellLimit) {
      int unit = (int) Math.min(Integer.MAX_VALUE, divisor);
      int[] weight = new int[n];
      for (int i = 0; i < n; i++) {
        weight[i] = (candidates.minutes[i] + unit - 1) / unit;
      }
      int coarse = (int) (capacity / divisor);
      ClosureSearch search =
          ClosureSearch.run(
              candidates, weight, coarse, eligible, primary, secondary, nodeLimit, cellLimit);
      return fromSearches(search, search, divisor, capacity, foundationFirst, choose);
    }
    if (candidates.forest) {
      Optimum sparse =
          sparse(candidates, eligible, primary, secondary, capacity, cellLimit, choose);
      if (sparse != null) {
        return sparse;
      }
    }
    long quantum = divisor;
    while (quantum <= capacity && denseCells(items, capacity / quantum, pair) > cellLimit) {
      quantum = Math.min(capacity + 1, 2 * quantum);
    }
    int[] up = new int[n];
    int[] down = new int[n];
    for (int i = 0; i < n; i++) {
      up[i] = (int) ((candidates.minutes[i] + quantum - 1) / quantum);
      down[i] = (int) (candidates.minutes[i] / quantum);
    }
    int coarse = (int) (capacity / quantum);
    ClosureSearch feasible =
        ClosureSearch.run(
            candidates, up, coarse, eligible, primary, secondary, nodeLimit, cellLimit);
    ClosureSearch relaxed =
        ClosureSearch.run(
            candidates, down, coarse, eligible, primary, secondary, nodeLimit, cellLimit);
    return fromSearches(feasible, relaxed, quantum, capacity, foundationFirst, choose);
  }

  private static Optimum fromSearches(
      ClosureSearch feasible,
      ClosureSearch relaxed,
      long unit,
      long capacity,
      boolean foundationFirst,
      boolean choose) {
    int last = (int) (capacity / unit);
    Steps lower = Steps.ofTable(feasible.lowP, feasible.pair ? feasible.lowS : null, last, unit);
    Steps upper = Steps.ofTable(relaxed.upP, relaxed.pair ? relaxed.upS : null, last, unit);
    BitSet chosen = null;
    if (choose) {
      long at = cheapestBest(lower, capacity, feasible.pair);
      chosen = feasible.source[(int) (at / unit)].selection();
    }
    return new Optimum(lower, upper, chosen, capacity, foundationFirst);
  }

  private static Optimum sparse(
      Candidates candidates,
      BitSet eligible,
      double[] primary,
      double[] secondary,
      long capacity,
      long cellLimit,
      boolean choose) {
    int m = eligible.cardinality();
    int[] global = new int[m];
    int[] local = new int[candidates.n];
    int k = 0;
    for (int i = eligible.nextSetBit(0); i >= 0; i = eligible.nextSetBit(i + 1)) {
      global[k] = i;
      local[i] = k++;
    }
    int[] w = new int[m];
    double[] p = new double[m];
    double[] s = secondary == null ? null : new double[m];
    int[] parent = new int[m];
    for (int j = 0; j < m; j++) {
      int i = global[j];
      w[j] = candidates.minutes[i];
      p[j] = primary[i];
      if (s != null) {
        s[j] = secondary[i];
      }
      parent[j] = candidates.requires[i].length == 0 ? -1 : local[candidates.requires[i][0]];
    }
    ParetoForest forest = ParetoForest.solve(w, p, s, parent, capacity, choose, cellLimit);
    if (!forest.solved()) {
      return null;
    }
    Steps front = forest.front();
    BitSet chosen = null;
    if (choose) {
      chosen = new BitSet(candidates.n);
      long at = cheapestBest(front, capacity, s != null);
      for (int j : forest.select(front.indexAt(at))) {
        chosen.set(global[j]);
      }
    }
    return new Optimum(front, front, chosen, capacity, secondary != null);
  }

  /** The fewest minutes whose best is as good as the best within {@code capacity}. */
  static long cheapestBest(Steps steps, long capacity, boolean pair) {
    int best = steps.indexAt(capacity);
    double p = steps.primary[best];
    double s = steps.secondary(best);
    int at = best;
    while (at > 0 && !better(pair, p, s, steps.primary[at - 1], steps.secondary(at - 1))) {
      at--;
    }
    return steps.at[at];
  }

  /** True when (aP, aS) beats (bP, bS) by more than the tolerance, primary first. */
  static boolean better(boolean pair, double aP, double aS, double bP, double bS) {
    double tolP = ClosureSearch.TOLERANCE * Math.max(1, Math.abs(bP));
    if (aP > bP + tolP) {
      return true;
    }
    if (!pair || aP < bP - tolP) {
      return false;
    }
    return aS > bS + ClosureSearch.TOLERANCE * Math.max(1, Math.abs(bS));
  }

  /**
   * How much the best within {@code budget} may exceed the best found: in primary value, or when
   * the primary is proven best in foundation-first mode, in output. 0 when within the tolerance.
   */
  double gap(long budget) {
    int i = lower.indexAt(budget);
    int j = upper.indexAt(budget);
    return gap(lower.primary[i], lower.secondary(i), upper.primary[j], upper.secondary(j));
  }

  private double gap(double lowP, double lowS, double upP, double upS) {
    double primary = upP - lowP;
    if (primary > ClosureSearch.TOLERANCE * Math.max(1, Math.abs(lowP))) {
      return primary;
    }
    if (!foundationFirst) {
      return 0;
    }
    double secondary = upS - lowS;
    return secondary > ClosureSearch.TOLERANCE * Math.max(1, Math.abs(lowS)) ? secondary : 0;
  }

  /** The largest gap over every budget up to {@code capacity}. */
  double largestGap(long capacity) {
    double largest = 0;
    int i = 0;
    int j = 0;
    while (true) {
      long at = Math.max(lower.at[i], upper.at[j]);
      if (at > capacity) {
        break;
      }
      largest =
          Math.max(
              largest,
              gap(lower.primary[i], lower.secondary(i), upper.primary[j], upper.secondary(j)));
      long nextLow = i + 1 < lower.size() ? lower.at[i + 1] : Long.MAX_VALUE;
      long nextUp = j + 1 < upper.size() ? upper.at[j + 1] : Long.MAX_VALUE;
      long next = Math.min(nextLow, nextUp);
      if (next == Long.MAX_VALUE) {
        break;
      }
      if (nextLow == next) {
        i++;
      }
      if (nextUp == next) {
        j++;
      }
    }
    return largest;
  }

  /** This result with a known plan of {@code minutes} and value (p, s) in the lower function. */
  Optimum withPlan(long minutes, double p, double s, long capacity) {
    return new Optimum(lower.raise(minutes, p, s), upper, chosen, capacity, foundationFirst);
  }

  private static long gcd(long a, long b) {
    while (b != 0) {
      long t = a % b;
      a = b;
      b = t;
    }
    return a;
  }
}
