package dev.leverage.planning;

import java.util.BitSet;

/**
 * The best closed sets of candidates for every budget in whole minutes from 0 to the budget, and
 * the one chosen for the plan.
 *
 * <p>When the table would exceed {@code cellLimit} cells, durations are coarsened to units of
 * {@code q} minutes twice: rounded up (every set that fits is a real plan: the lower frontier and
 * the chosen plan) and rounded down (a relaxation: its optimum bounds every real plan from above).
 * The result is then marked inexact, with the two frontiers as the bounds. Immutable after
 * construction.
 */
final class Optimum {
  /** Best value found, primary (foundation output first, else output) for every minute. */
  final double[] lowP;

  /** Secondary value (output in foundation-first mode, else 0) of the best found. */
  final double[] lowS;

  /** Upper bounds of the same, equal to the values found when exact. */
  final double[] upP;

  final double[] upS;
  final BitSet chosen;
  final int chosenCapacity;
  final boolean exact;
  final boolean foundationFirst;
  final int quantum;
  final int nodes;

  private Optimum(
      double[] lowP,
      double[] lowS,
      double[] upP,
      double[] upS,
      BitSet chosen,
      int chosenCapacity,
      boolean exact,
      boolean foundationFirst,
      int quantum,
      int nodes) {
    this.lowP = lowP;
    this.lowS = lowS;
    this.upP = upP;
    this.upS = upS;
    this.chosen = chosen;
    this.chosenCapacity = chosenCapacity;
    this.exact = exact;
    this.foundationFirst = foundationFirst;
    this.quantum = quantum;
    this.nodes = nodes;
  }

  static Optimum find(
      Candidates candidates, int budget, boolean foundationFirst, int nodeLimit, long cellLimit) {
    int n = candidates.n;
    BitSet eligible = new BitSet(n);
    for (int i = 0; i < n; i++) {
      if (candidates.closureMinutes[i] <= budget) {
        eligible.set(i);
      }
    }
    double[] primary = candidates.output;
    double[] secondary = null;
    if (foundationFirst) {
      primary = new double[n];
      for (int i = 0; i < n; i++) {
        primary[i] = candidates.foundation[i] ? candidates.output[i] : 0;
      }
      secondary = candidates.output;
    }
    int items = Math.max(1, eligible.cardinality());
    int quantum = 1;
    while (quantum <= budget && ForestKnapsack.cells(items, budget / quantum) > cellLimit) {
      quantum = (int) Math.min(budget + 1L, Math.max(quantum + 1L, quantum * 2L));
    }
    if (quantum == 1) {
      ClosureSearch search =
          ClosureSearch.run(
              candidates, candidates.minutes, budget, eligible, primary, secondary, nodeLimit);
      int at = cheapestBest(search, search.lowP, search.lowS, budget);
      return new Optimum(
          search.lowP,
          search.lowS,
          search.upP,
          search.upS,
          search.source[at].selection(),
          at,
          search.complete,
          foundationFirst,
          1,
          search.nodes);
    }
    int[] up = new int[n];
    int[] down = new int[n];
    for (int i = 0; i < n; i++) {
      up[i] = (candidates.minutes[i] + quantum - 1) / quantum;
      down[i] = candidates.minutes[i] / quantum;
    }
    int coarse = budget / quantum;
    ClosureSearch feasible =
        ClosureSearch.run(candidates, up, coarse, eligible, primary, secondary, nodeLimit);
    ClosureSearch relaxed =
        ClosureSearch.run(candidates, down, coarse, eligible, primary, secondary, nodeLimit);
    double[] lowP = new double[budget + 1];
    double[] lowS = new double[budget + 1];
    double[] upP = new double[budget + 1];
    double[] upS = new double[budget + 1];
    for (int c = 0; c <= budget; c++) {
      lowP[c] = feasible.lowP[c / quantum];
      lowS[c] = feasible.lowS[c / quantum];
      upP[c] = relaxed.upP[c / quantum];
      upS[c] = relaxed.upS[c / quantum];
    }
    int at = cheapestBest(feasible, feasible.lowP, feasible.lowS, coarse);
    return new Optimum(
        lowP,
        lowS,
        upP,
        upS,
        feasible.source[at].selection(),
        at * quantum,
        false,
        foundationFirst,
        quantum,
        feasible.nodes + relaxed.nodes);
  }

  /** The smallest capacity whose best is as good as the best at {@code capacity}. */
  private static int cheapestBest(
      ClosureSearch search, double[] lowP, double[] lowS, int capacity) {
    int at = capacity;
    while (at > 0 && !search.better(lowP[capacity], lowS[capacity], lowP[at - 1], lowS[at - 1])) {
      at--;
    }
    return at;
  }

  /**
   * How much the best at {@code capacity} may fall short: in primary value, or when the primary is
   * proven best in foundation-first mode, in output.
   */
  double gap(int capacity) {
    double tolerance = ClosureSearch.TOLERANCE * Math.max(1, Math.abs(lowP[capacity]));
    double primary = upP[capacity] - lowP[capacity];
    if (!foundationFirst || primary > tolerance) {
      return Math.max(0, primary);
    }
    return Math.max(0, upS[capacity] - lowS[capacity]);
  }

  /**
   * The output of the best found for every minute: the secondary value in foundation-first mode.
   */
  double[] outputs() {
    return foundationFirst ? lowS : lowP;
  }
}
