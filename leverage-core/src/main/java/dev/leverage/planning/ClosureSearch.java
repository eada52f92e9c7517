package dev.leverage.planning;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.BitSet;

/**
 * Branch and bound for the knapsack over closed sets of a requirement DAG, for every capacity at
 * once.
 *
 * <p>Each node of the search fixes some activities in (with all their requirements) and some out
 * (with everything that needs them). Its bound is the {@link ForestKnapsack} of the free activities
 * where each keeps only one requirement, the one with the longest closure: dropping requirements
 * only admits more sets, so the bound is sound for every capacity. At each capacity where the bound
 * beats the best plan found so far, the relaxed selection is checked: if it is closed under all
 * requirements it is a plan, and it raises the incumbent for that capacity and every larger one;
 * otherwise the node branches on the first activity of the selection at the largest such capacity
 * whose requirement is missing: once with the activity and its requirements in, once with it and
 * its dependents out. A node whose free activities form a forest is solved exactly by its bound.
 * Depth first, "in" before "out".
 *
 * <p>The search stops after {@code nodeLimit} nodes, or when the bounds of its open nodes would
 * hold more than {@code cellLimit} bits; the bounds of the nodes left open then bound what it could
 * still find. Values are compared lexicographically (primary first) with a relative tolerance of
 * 1e−9. Not thread-safe while running.
 */
final class ClosureSearch {
  /** Values that differ by less than this, relative to their size, count as equal. */
  static final double TOLERANCE = 1e-9;

  /** A set of activities (global indices) that can be produced on demand. */
  interface Source {
    BitSet selection();
  }

  private static final Source EMPTY = BitSet::new;

  private final Candidates candidates;
  private final int[] weight;
  private final int capacity;
  private final double[] primary;
  private final double[] secondary;
  final boolean pair;
  private final int nodeLimit;
  private final long cellLimit;

  final double[] lowP;
  final double[] lowS;
  final Source[] source;
  final double[] upP;
  final double[] upS;
  boolean complete;
  int nodes;

  private ClosureSearch(
      Candidates candidates,
      int[] weight,
      int capacity,
      double[] primary,
      double[] secondary,
      int nodeLimit,
      long cellLimit) {
    this.candidates = candidates;
    this.weight = weight;
    this.capacity = capacity;
    this.primary = primary;
    this.secondary = secondary;
    this.pair = secondary != null;
    this.nodeLimit = nodeLimit;
    this.cellLimit = cellLimit;
    this.lowP = new double[capacity + 1];
    this.lowS = new double[capacity + 1];
    this.source = new Source[capacity + 1];
    Arrays.fill(source, EMPTY);
    this.upP = new double[capacity + 1];
    this.upS = new double[capacity + 1];
  }

  /**
   * Finds the best closed set for every capacity from 0 to {@code capacity}.
   *
   * @param eligible activities that may be chosen at all (closed under dependents' exclusion:
   *     whatever needs an ineligible activity must itself be ineligible)
   */
  static ClosureSearch run(
      Candidates candidates,
      int[] weight,
      int capacity,
      BitSet eligible,
      double[] primary,
      double[] secondary,
      int nodeLimit,
      long cellLimit) {
    ClosureSearch search =
        new ClosureSearch(candidates, weight, capacity, primary, secondary, nodeLimit, cellLimit);
    search.search(eligible);
    return search;
  }

  private record Node(BitSet in, BitSet out, double[] boundP, double[] boundS) {}

  private void search(BitSet eligible) {
    BitSet out = new BitSet(candidates.n);
    out.set(0, candidates.n);
    out.andNot(eligible);
    ArrayDeque<Node> stack = new ArrayDeque<>();
    stack.push(new Node(new BitSet(candidates.n), out, null, null));
    while (!stack.isEmpty()) {
      Node node = stack.peek();
      if (node.boundP != null && !improves(node.boundP, node.boundS)) {
        stack.pop();
        continue;
      }
      if (nodes >= nodeLimit || (nodes > 0 && openCells(stack.size()) > cellLimit)) {
        break;
      }
      stack.pop();
      nodes++;
      evaluate(node, stack);
    }
    complete = stack.isEmpty();
    for (int c = 1; c <= capacity; c++) {
      if (better(lowP[c - 1], lowS[c - 1], lowP[c], lowS[c])) {
        lowP[c] = lowP[c - 1];
        lowS[c] = lowS[c - 1];
        source[c] = source[c - 1];
      }
    }
    // The bound of what is left open: the largest primary value, and the largest secondary value
    // among those whose primary value ties with it.
    System.arraycopy(lowP, 0, upP, 0, capacity + 1);
    System.arraycopy(lowS, 0, upS, 0, capacity + 1);
    for (Node open : stack) {
      for (int c = 0; c <= capacity; c++) {
        upP[c] = Math.max(upP[c], open.boundP[c]);
      }
    }
    if (pair) {
      for (int c = 0; c <= capacity; c++) {
        double floor = upP[c] - TOLERANCE * Math.max(1, Math.abs(upP[c]));
        upS[c] = lowP[c] >= floor ? lowS[c] : Double.NEGATIVE_INFINITY;
        for (Node open : stack) {
          if (open.boundP[c] >= floor) {
            upS[c] = Math.max(upS[c], open.boundS[c]);
          }
        }
      }
    }
  }

  /** The memory of the bounds of {@code open} nodes, in bits (two siblings share theirs). */
  private long openCells(int open) {
    return ForestKnapsack.times((long) open * 64 * (pair ? 2 : 1), capacity + 1L);
  }

  private boolean improves(double[] boundP, double[] boundS) {
    for (int c = 0; c <= capacity; c++) {
      if (better(boundP[c], pair ? boundS[c] : 0, lowP[c], lowS[c])) {
        return true;
      }
    }
    return false;
  }

  /** True when (aP, aS) beats (bP, bS) by more than the tolerance, primary first. */
  boolean better(double aP, double aS, double bP, double bS) {
    double tolP = TOLERANCE * Math.max(1, Math.abs(bP));
    if (aP > bP + tolP) {
      return true;
    }
    if (!pair || aP < bP - tolP) {
      return false;
    }
    return aS > bS + TOLERANCE * Math.max(1, Math.abs(bS));
  }

  private void evaluate(Node node, ArrayDeque<Node> stack) {
    BitSet in = node.in;
    long fixedWeight = 0;
    double fixedP = 0;
    double fixedS = 0;
    for (int i = in.nextSetBit(0); i >= 0; i = in.nextSetBit(i + 1)) {
      fixedWeight += weight[i];
      fixedP += primary[i];
      fixedS += pair ? secondary[i] : 0;
    }
    if (fixedWeight > capacity) {
      return;
    }
    int m0 = (int) fixedWeight;
    int n = candidates.n;
    int[] local = new int[n];
    int[] free = new int[n];
    int m = 0;
    for (int i = 0; i < n; i++) {
      if (!in.get(i) && !node.out.get(i)) {
        local[i] = m;
        free[m++] = i;
      } else {
        local[i] = -1;
      }
    }
    free = Arrays.copyOf(free, m);
    int[] w = new int[m];
    double[] p = new double[m];
    double[] s = pair ? new double[m] : null;
    int[] parent = new int[m];
    boolean dropped = false;
    for (int j = 0; j < m; j++) {
      int i = free[j];
      w[j] = weight[i];
      p[j] = primary[i];
      if (pair) {
        s[j] = secondary[i];
      }
      int chosen = -1;
      int freeRequirements = 0;
      for (int r : candidates.requires[i]) {
        if (local[r] >= 0) {
          freeRequirements++;
          if (chosen < 0 || candidates.closureMinutes[r] > candidates.closureMinutes[chosen]) {
            chosen = r;
          }
        }
      }
      dropped |= freeRequirements > 1;
      parent[j] = chosen < 0 ? -1 : local[chosen];
    }
    int room = capacity - m0;
    ForestKnapsack table = new ForestKnapsack(w, p, s, parent, room);
    double[] fp = table.frontPrimary();
    double[] fs = table.frontSecondary();
    if (!dropped) {
      Source exact = null;
      int exactAt = -1;
      for (int c = m0; c <= capacity; c++) {
        double vp = fixedP + fp[c - m0];
        double vs = pair ? fixedS + fs[c - m0] : 0;
        if (better(vp, vs, lowP[c], lowS[c])) {
          lowP[c] = vp;
          lowS[c] = vs;
          int cap = c - m0;
          if (exact == null || fp[cap] != fp[exactAt] || (pair && fs[cap] != fs[exactAt])) {
            exact = selection(table, cap, free, in);
            exactAt = cap;
          }
          source[c] = exact;
        }
      }
      return;
    }
    // Capacities between two changes of the bound share the selection of the lower one: it is
    // optimal there too, so only the changes are reconstructed.
    int open = -1;
    int branch = -1;
    int violator = -1;
    for (int c = m0; c <= capacity; c++) {
      int cap = c - m0;
      double vp = fixedP + fp[cap];
      double vs = pair ? fixedS + fs[cap] : 0;
      boolean changed = cap == 0 || fp[cap] != fp[cap - 1] || (pair && fs[cap] != fs[cap - 1]);
      if (changed) {
        if (!better(vp, vs, lowP[c], lowS[c])) {
          violator = -1;
          continue;
        }
        int[] chosen = table.select(cap);
        BitSet taken = new BitSet(m);
        int used = 0;
        for (int j : chosen) {
          taken.set(j);
          used += w[j];
        }
        violator = -1;
        for (int j : chosen) {
          for (int r : candidates.requires[free[j]]) {
            if (local[r] >= 0 && !taken.get(local[r]) && (violator < 0 || free[j] < violator)) {
              violator = free[j];
            }
          }
        }
        if (violator < 0) {
          BitSet plan = (BitSet) in.clone();
          for (int j : chosen) {
            plan.set(free[j]);
          }
          record(m0 + used, vp, vs, () -> plan);
        }
      }
      if (violator >= 0 && better(vp, vs, lowP[c], lowS[c])) {
        open = c;
        branch = violator;
      }
    }
    if (open < 0) {
      return;
    }
    double[] boundP = new double[capacity + 1];
    double[] boundS = new double[capacity + 1];
    Arrays.fill(boundP, 0, m0, Double.NEGATIVE_INFINITY);
    for (int c = m0; c <= capacity; c++) {
      boundP[c] = fixedP + fp[c - m0];
      boundS[c] = pair ? fixedS + fs[c - m0] : 0;
    }
    BitSet out = (BitSet) node.out.clone();
    excludeWithDependents(branch, out);
    stack.push(new Node(in, out, boundP, boundS));
    BitSet withBranch = (BitSet) in.clone();
    withBranch.set(branch);
    withBranch.or(candidates.ancestorsOf(branch));
    if (!withBranch.intersects(node.out)) {
      stack.push(new Node(withBranch, node.out, boundP, boundS));
    }
  }

  private Source selection(ForestKnapsack table, int cap, int[] free, BitSet in) {
    return () -> {
      BitSet plan = (BitSet) in.clone();
      for (int j : table.select(cap)) {
        plan.set(free[j]);
      }
      return plan;
    };
  }

  /** Raises the incumbent from {@code used} on; it never decreases, so it stops where it is met. */
  private void record(int used, double vp, double vs, Source plan) {
    for (int c = used; c <= capacity && better(vp, vs, lowP[c], lowS[c]); c++) {
      lowP[c] = vp;
      lowS[c] = vs;
      source[c] = plan;
    }
  }

  private void excludeWithDependents(int item, BitSet out) {
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    queue.add(item);
    out.set(item);
    while (!queue.isEmpty()) {
      int i = queue.poll();
      for (int d : candidates.dependents[i]) {
        if (!out.get(d)) {
          out.set(d);
          queue.add(d);
        }
      }
    }
  }
}
