package dev.leverage.planning;

import java.util.Arrays;

/**
 * The Lagrangian function of a {@link ScheduleSearch} node at given prices, solved exactly: with
 * the weekly capacities priced, each undecided candidate picks its best week on its own, except
 * that it keeps one of its undecided requirements, which makes the requirements a forest solved by
 * a dynamic program over weeks; the requirements it drops are priced by week too.
 *
 * <p>After {@link #evaluate}, the tables hold the value of each candidate's subtree in each of its
 * weeks, the relaxed choice of each candidate and the minutes it uses per week, from which the
 * search fixes weeks by reduced costs and picks what to branch on. Not thread-safe.
 */
final class RequirementForest {
  private final WeekDomains d;

  /** The first of each candidate's requirements in the numbering of all requirements. */
  private final int[] edgeStart;

  /** The requirements dropped, by number, with the candidate that needs each and what it needs. */
  final int[] dropped;

  private final int[] droppedDependent;
  private final int[] droppedRequirement;
  int droppedCount;

  private final int[] parent;
  private final int[] childStart;
  private final int[] childFill;
  private final int[] children;

  /** Per candidate and week (or not done), at {@code i * (weeks + 1) + w}. */
  private final double[] value;

  private final double[] suffix;
  private final int[] suffixAt;
  private final double[] adjust;
  private final double[] edgeSuffix;

  /** The relaxed week of each undecided candidate ({@code weeks}: not done). */
  final int[] choice;

  /** Minutes of each week in the relaxed choice. */
  final long[] usage;

  /** Which way {@link #branchItem} prefers: into the open week or later. */
  boolean preferIn;

  RequirementForest(WeekDomains domains) {
    this.d = domains;
    int n = d.n;
    int weeks = d.weeks;
    this.edgeStart = new int[n + 1];
    for (int i = 0; i < n; i++) {
      edgeStart[i + 1] = edgeStart[i] + d.requires[i].length;
    }
    int edges = edgeStart[n];
    this.dropped = new int[edges];
    this.droppedDependent = new int[edges];
    this.droppedRequirement = new int[edges];
    this.parent = new int[n];
    this.childStart = new int[n + 1];
    this.childFill = new int[n];
    this.children = new int[n];
    int cells = n * (weeks + 1);
    this.value = new double[cells];
    this.suffix = new double[cells];
    this.suffixAt = new int[cells];
    this.adjust = new double[cells];
    this.edgeSuffix = new double[weeks + 1];
    this.choice = new int[n];
    this.usage = new long[weeks];
  }

  /** {@return how many requirements there are, dropped or not} */
  int edges() {
    return edgeStart[d.n];
  }

  /**
   * Collects the undecided candidates in requirement order, each keeping one undecided requirement
   * (the latest, then the most constrained), and the requirements dropped.
   */
  void prepare() {
    d.collect();
    Arrays.fill(childStart, 0);
    droppedCount = 0;
    int[] lo = d.lo;
    int[] hi = d.hi;
    for (int k = 0; k < d.undecidedCount; k++) {
      int i = d.undecided[k];
      int kept = -1;
      for (int r : d.requires[i]) {
        if (lo[r] < hi[r] && (kept < 0 || lo[r] > lo[kept] || hi[r] < hi[kept])) {
          kept = r;
        }
      }
      parent[i] = kept;
      if (kept >= 0) {
        childStart[kept + 1]++;
      }
      int[] required = d.requires[i];
      for (int e = 0; e < required.length; e++) {
        int r = required[e];
        if (lo[r] < hi[r] && r != kept) {
          dropped[droppedCount] = edgeStart[i] + e;
          droppedDependent[droppedCount] = i;
          droppedRequirement[droppedCount] = r;
          droppedCount++;
        }
      }
    }
    for (int i = 0; i < d.n; i++) {
      childStart[i + 1] += childStart[i];
    }
    System.arraycopy(childStart, 0, childFill, 0, d.n);
    for (int k = 0; k < d.undecidedCount; k++) {
      int i = d.undecided[k];
      if (parent[i] >= 0) {
        children[childFill[parent[i]]++] = i;
      }
    }
  }

  /**
   * The Lagrangian function at the given prices (per minute of each week, for the side value's
   * floor, per week of each requirement): fills the subtree values (best value of each candidate
   * and what it keeps below it, for each of its weeks), their suffix maxima, the relaxed choice of
   * each candidate and the minutes it uses per week.
   */
  double evaluate(double[] prices, double sidePrice, double[] edges) {
    int weeks = d.weeks;
    int[] lo = d.lo;
    int[] hi = d.hi;
    double[] side = d.side;
    boolean adjusted = droppedCount > 0;
    if (adjusted) {
      priceDroppedRequirements(edges);
    }
    double l = d.fixedObjective;
    if (side != null) {
      l += sidePrice * (d.fixedSide - d.goal.floor());
    }
    for (int w = d.current; w < weeks; w++) {
      l += prices[w] * d.room[w];
      usage[w] = 0;
    }
    int width = weeks + 1;
    for (int k = d.undecidedCount - 1; k >= 0; k--) {
      int i = d.undecided[k];
      int base = i * width;
      int from = lo[i];
      int to = Math.min(hi[i], weeks - 1);
      int row = i * d.stride;
      for (int w = from; w <= to; w++) {
        double g = d.objective[row + w] - prices[w] * d.minutes[i];
        if (side != null) {
          g += sidePrice * side[row + w];
        }
        if (adjusted) {
          g += adjust[base + w];
        }
        value[base + w] = g;
      }
      if (hi[i] >= weeks) {
        value[base + weeks] = 0;
      }
      for (int c = childStart[i]; c < childStart[i + 1]; c++) {
        int child = children[c];
        int childBase = child * width;
        int childLo = lo[child];
        for (int w = from; w <= hi[i]; w++) {
          value[base + w] += suffix[childBase + Math.max(w, childLo)];
        }
      }
      // Suffix maxima over the domain, ties to the later week (or to not done).
      double running = Double.NEGATIVE_INFINITY;
      int at = hi[i];
      for (int w = hi[i]; w >= from; w--) {
        if (value[base + w] > running) {
          running = value[base + w];
          at = w;
        }
        suffix[base + w] = running;
        suffixAt[base + w] = at;
      }
      if (parent[i] < 0) {
        l += running;
      }
    }
    for (int k = 0; k < d.undecidedCount; k++) {
      int i = d.undecided[k];
      int p = parent[i];
      int w = suffixAt[i * width + (p < 0 ? lo[i] : Math.max(lo[i], choice[p]))];
      choice[i] = w;
      if (w < weeks) {
        usage[w] += d.minutes[i];
      }
    }
    return l;
  }

  /**
   * Adds to each candidate's value in each week what the prices of the dropped requirements pay: a
   * requirement done by week w earns the prices of weeks w onwards, what needs it pays them.
   */
  private void priceDroppedRequirements(double[] edges) {
    int weeks = d.weeks;
    int[] lo = d.lo;
    int[] hi = d.hi;
    int width = weeks + 1;
    for (int k = 0; k < d.undecidedCount; k++) {
      int i = d.undecided[k];
      Arrays.fill(adjust, i * width + lo[i], i * width + hi[i] + 1, 0);
    }
    for (int k = 0; k < droppedCount; k++) {
      int e = dropped[k];
      double total = 0;
      for (int w = weeks - 1; w >= d.current; w--) {
        total += edges[e * weeks + w];
        edgeSuffix[w] = total;
      }
      if (total == 0) {
        continue;
      }
      int r = droppedRequirement[k];
      int i = droppedDependent[k];
      for (int w = lo[r]; w <= Math.min(hi[r], weeks - 1); w++) {
        adjust[r * width + w] += edgeSuffix[w];
      }
      for (int w = lo[i]; w <= Math.min(hi[i], weeks - 1); w++) {
        adjust[i * width + w] -= edgeSuffix[w];
      }
    }
  }

  /**
   * {@return the subgradient of the price of the {@code k}th dropped requirement in week {@code w}:
   * 1 when the relaxed choice does the requirement by then and not what needs it, −1 for the
   * reverse, else 0}
   */
  int droppedSubgradient(int k, int w) {
    int r = choice[droppedRequirement[k]];
    int i = choice[droppedDependent[k]];
    return (r <= w ? 1 : 0) - (i <= w ? 1 : 0);
  }

  /** {@return the side value of the relaxed choice, with the candidates placed} */
  double sideOfChoice() {
    double total = d.fixedSide;
    for (int k = 0; k < d.undecidedCount; k++) {
      int i = d.undecided[k];
      if (choice[i] < d.weeks) {
        total += d.side[i * d.stride + choice[i]];
      }
    }
    return total;
  }

  /**
   * Removes from the ends of the domains of candidates that keep no requirement the weeks whose
   * Lagrangian {@code bound} (at the prices evaluated last) cannot beat {@code target}; true if any
   * changed.
   */
  boolean fixByReducedCosts(double bound, double target) {
    int width = d.weeks + 1;
    boolean changed = false;
    for (int k = 0; k < d.undecidedCount; k++) {
      int i = d.undecided[k];
      if (parent[i] >= 0) {
        continue;
      }
      int base = i * width;
      double top = suffix[base + d.lo[i]];
      int a = d.lo[i];
      int b = d.hi[i];
      while (a < b && !(bound - top + value[base + a] > target)) {
        a++;
      }
      while (b > a && !(bound - top + value[base + b] > target)) {
        b--;
      }
      if (a != d.lo[i] || b != d.hi[i]) {
        d.setLo(i, a);
        d.setHi(i, b);
        changed = true;
      }
    }
    return changed;
  }

  /**
   * The candidate of the open week whose relaxed choice is the clearest (the largest difference
   * between its value in the open week and later), and in {@link #preferIn} which way it goes.
   */
  int branchItem() {
    int current = d.current;
    int width = d.weeks + 1;
    int chosen = -1;
    double clearest = -1;
    for (int k = 0; k < d.undecidedCount; k++) {
      int i = d.undecided[k];
      if (d.lo[i] != current) {
        continue;
      }
      int base = i * width;
      double in = value[base + current];
      double later = suffix[base + current + 1];
      double regret = Math.abs(in - later);
      if (chosen < 0 || regret > clearest) {
        chosen = i;
        clearest = regret;
        preferIn = in >= later;
      }
    }
    return chosen;
  }
}
