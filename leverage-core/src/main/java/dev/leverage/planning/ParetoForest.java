package dev.leverage.planning;

import dev.leverage.internal.Growth;
import java.util.Arrays;

/**
 * The exact 0/1 knapsack over a forest of requirements for every capacity from 0 to C, on lists of
 * Pareto-optimal states (Nemhauser and Ullmann) rather than on a table over minutes: its memory and
 * time grow with the number of distinct best plans, not with the budget.
 *
 * <p>A state is (minutes, value) of one selection; a list holds, in ascending minutes, only the
 * states whose value beats every state with fewer minutes, so the list of the whole forest is the
 * frontier itself, a step function. The recursion is {@link ForestKnapsack}'s over the {@link
 * Preorder}, with lists in place of rows: {@code L(k) = pareto(L(end(k)) ∪ (L(k + 1) shifted by
 * item k))}, truncated at C.
 *
 * <p><b>Chains.</b> A maximal path of items each of which is the only child of the one before is
 * one <i>group</i>: a closed set holds a prefix of it, and only the whole path lets the children of
 * its last item in. A group's options are the prefixes whose value beats every shorter one, and the
 * whole path, so a requirement chain of any length is one step of the recursion.
 *
 * <p><b>Limits.</b> With {@code keepChoices}, each state remembers where it came from (32 bits, 64
 * in a group of several items) so that {@link #select} can rebuild its selection; the lists of
 * values (128 bits per state, 192 with a secondary value) are held only while a later step needs
 * them. When the remembered and held bits would exceed {@code cellLimit}, or the states examined
 * would, the program stops and {@link #solved()} is false. No recursion. Not thread-safe while
 * solving; immutable afterwards.
 */
final class ParetoForest {
  private final long capacity;
  private final boolean pair;
  private final int groups;
  private final int[] groupFirst;
  private final int[] groupItems;
  private final int[] groupAt;
  private final int[] end;
  private final int[][] pred;
  private final int[][] option;
  private Steps front;
  private long heldBits;
  private long keptBits;
  private long examined;
  private final long cellLimit;

  private ParetoForest(
      int[] weight,
      double[] primary,
      double[] secondary,
      int[] parent,
      long capacity,
      boolean keepChoices,
      long cellLimit) {
    int m = weight.length;
    this.capacity = capacity;
    this.pair = secondary != null;
    this.cellLimit = cellLimit;
    int[] childCount = new int[m];
    int[] onlyChild = new int[m];
    for (int i = 0; i < m; i++) {
      if (parent[i] >= 0) {
        childCount[parent[i]]++;
        onlyChild[parent[i]] = i;
      }
    }
    int[] groupOf = new int[m];
    int[] first = new int[m + 1];
    int[] items = new int[m];
    int g = 0;
    int filled = 0;
    for (int i = 0; i < m; i++) {
      if (parent[i] < 0 || childCount[parent[i]] != 1) {
        first[g] = filled;
        int node = i;
        while (true) {
          items[filled++] = node;
          groupOf[node] = g;
          if (childCount[node] != 1) {
            break;
          }
          node = onlyChild[node];
        }
        g++;
      }
    }
    first[g] = filled;
    this.groups = g;
    this.groupFirst = Arrays.copyOf(first, g + 1);
    this.groupItems = items;
    int[] groupParent = new int[g];
    int[] groupLength = new int[g];
    for (int k = 0; k < g; k++) {
      int start = items[groupFirst[k]];
      groupParent[k] = parent[start] < 0 ? -1 : groupOf[parent[start]];
      groupLength[k] = groupFirst[k + 1] - groupFirst[k];
    }
    // Sizes in items, so that the order of the groups is the order of their first items in the
    // table over minutes, and ties are settled the same way.
    Preorder order = Preorder.of(groupParent, groupLength);
    this.groupAt = order.item;
    this.end = order.end;
    this.pred = keepChoices ? new int[g][] : null;
    this.option = keepChoices ? new int[g][] : null;
    solve(weight, primary, secondary);
  }

  /**
   * Solves the instance, or stops past {@code cellLimit}.
   *
   * @param weight minutes of each item, at least 0
   * @param primary value of each item
   * @param secondary a second value compared after the primary one, or {@code null}
   * @param parent the parent of each item, or −1; the parents must form a forest
   * @param keepChoices true to remember enough to {@link #select} a state's items
   */
  static ParetoForest solve(
      int[] weight,
      double[] primary,
      double[] secondary,
      int[] parent,
      long capacity,
      boolean keepChoices,
      long cellLimit) {
    return new ParetoForest(weight, primary, secondary, parent, capacity, keepChoices, cellLimit);
  }

  /** True when the program finished within its limit. */
  boolean solved() {
    return front != null;
  }

  /** The best value for every capacity from 0 to C, as the list of the whole forest. */
  Steps front() {
    return front;
  }

  /** The items of state {@code state} of {@link #front()}; needs {@code keepChoices}. */
  int[] select(int state) {
    int[] chosen = new int[groupItems.length];
    int count = 0;
    int k = 0;
    int i = state;
    while (k < groups) {
      int g = groupAt[k];
      int length = groupFirst[g + 1] - groupFirst[g];
      int o;
      int from;
      if (option[k] == null) {
        int p = pred[k][i];
        o = p >= 0 ? 0 : 1;
        from = p >= 0 ? p : ~p;
      } else {
        o = option[k][i];
        from = pred[k][i];
      }
      for (int j = 0; j < o; j++) {
        chosen[count++] = groupItems[groupFirst[g] + j];
      }
      k = o == length ? k + 1 : end[k];
      i = from;
    }
    return Arrays.copyOf(chosen, count);
  }

  /** One list of states: minutes ascending, values strictly rising. */
  private record List(long[] minutes, double[] p, double[] s) {
    int size() {
      return minutes.length;
    }
  }

  private long bitsPerHeldState() {
    return pair ? 192 : 128;
  }

  private void solve(int[] weight, double[] primary, double[] secondary) {
    int[] pending = new int[groups + 1];
    for (int k = 0; k < groups; k++) {
      pending[k + 1]++;
      if (end[k] != k + 1) {
        pending[end[k]]++;
      }
    }
    List[] lists = new List[groups + 1];
    lists[groups] = new List(new long[] {0}, new double[] {0}, pair ? new double[] {0} : null);
    heldBits = bitsPerHeldState();
    Merge merge = new Merge();
    for (int k = groups - 1; k >= 0; k--) {
      int g = groupAt[k];
      int from = groupFirst[g];
      int length = groupFirst[g + 1] - from;
      List skip = lists[end[k]];
      List full = lists[k + 1];
      merge.reset(length + 1);
      merge.add(skip, 0, 0, 0, 0);
      long w = 0;
      double p = 0;
      double s = 0;
      double bestP = 0;
      double bestS = 0;
      for (int j = 1; j <= length; j++) {
        int item = groupItems[from + j - 1];
        w += weight[item];
        p += primary[item];
        s += pair ? secondary[item] : 0;
        if (w > capacity) {
          break;
        }
        if (j == length) {
          merge.add(full, w, p, s, j);
        } else if (Steps.lexGreater(p, s, bestP, bestS)) {
          merge.add(skip, w, p, s, j);
          bestP = p;
          bestS = s;
        }
      }
      if (!merge.run()) {
        return;
      }
      List out = merge.list();
      heldBits += (long) out.size() * bitsPerHeldState();
      if (pred != null) {
        pred[k] = merge.predecessors(length == 1);
        option[k] = length > 1 ? merge.options() : null;
        keptBits += (long) out.size() * (length > 1 ? 64 : 32);
      }
      release(k + 1, pending, lists);
      if (end[k] != k + 1) {
        release(end[k], pending, lists);
      }
      lists[k] = out;
      if (heldBits + keptBits > cellLimit) {
        return;
      }
    }
    List whole = lists[0];
    front = new Steps(whole.minutes, whole.p, whole.s);
  }

  private void release(int at, int[] pending, List[] lists) {
    if (--pending[at] == 0) {
      heldBits -= (long) lists[at].size() * bitsPerHeldState();
      lists[at] = null;
    }
  }

  /**
   * Merges shifted lists into one Pareto list: candidates in ascending minutes, the highest value
   * first among equal minutes, the earlier source first among equal states (so a tie keeps the item
   * out, as the dense program does); a candidate is kept when its value beats the last kept.
   */
  private final class Merge {
    private List[] sources = new List[2];
    private long[] shiftW = new long[2];
    private double[] shiftP = new double[2];
    private double[] shiftS = new double[2];
    private int[] label = new int[2];
    private int[] cursor = new int[2];
    private int[] heap = new int[2];
    private int count;
    private long[] outMinutes = new long[16];
    private double[] outP = new double[16];
    private double[] outS = new double[16];
    private int[] outPred = new int[16];
    private int[] outOption = new int[16];
    private int size;

    void reset(int options) {
      if (sources.length < options) {
        int n = Math.max(options, 2 * sources.length);
        sources = new List[n];
        shiftW = new long[n];
        shiftP = new double[n];
        shiftS = new double[n];
        label = new int[n];
        cursor = new int[n];
        heap = new int[n];
      }
      count = 0;
      size = 0;
    }

    void add(List source, long w, double p, double s, int option) {
      sources[count] = source;
      shiftW[count] = w;
      shiftP[count] = p;
      shiftS[count] = s;
      label[count] = option;
      cursor[count] = 0;
      count++;
    }

    /** Runs the merge; false when it examined more candidates than the limit allows. */
    boolean run() {
      int live = 0;
      for (int o = 0; o < count; o++) {
        if (valid(o)) {
          heap[live++] = o;
        }
      }
      for (int h = live / 2 - 1; h >= 0; h--) {
        down(h, live);
      }
      double lastP = Double.NEGATIVE_INFINITY;
      double lastS = Double.NEGATIVE_INFINITY;
      boolean any = false;
      while (live > 0) {
        int o = heap[0];
        int c = cursor[o];
        List source = sources[o];
        long minutes = source.minutes[c] + shiftW[o];
        double p = source.p[c] + shiftP[o];
        double s = pair ? source.s[c] + shiftS[o] : 0;
        if (!any || Steps.lexGreater(p, s, lastP, lastS)) {
          append(minutes, p, s, c, label[o]);
          lastP = p;
          lastS = s;
          any = true;
        }
        if (++examined > cellLimit) {
          return false;
        }
        cursor[o]++;
        if (!valid(o)) {
          heap[0] = heap[--live];
        }
        down(0, live);
      }
      return true;
    }

    private boolean valid(int o) {
      List source = sources[o];
      return cursor[o] < source.size() && source.minutes[cursor[o]] + shiftW[o] <= capacity;
    }

    /** True when the head of source {@code a} comes before the head of source {@code b}. */
    private boolean before(int a, int b) {
      long ma = sources[a].minutes[cursor[a]] + shiftW[a];
      long mb = sources[b].minutes[cursor[b]] + shiftW[b];
      if (ma != mb) {
        return ma < mb;
      }
      double pa = sources[a].p[cursor[a]] + shiftP[a];
      double pb = sources[b].p[cursor[b]] + shiftP[b];
      if (pa != pb) {
        return pa > pb;
      }
      if (pair) {
        double sa = sources[a].s[cursor[a]] + shiftS[a];
        double sb = sources[b].s[cursor[b]] + shiftS[b];
        if (sa != sb) {
          return sa > sb;
        }
      }
      return a < b;
    }

    private void down(int h, int live) {
      while (true) {
        int left = 2 * h + 1;
        if (left >= live) {
          return;
        }
        int best = left;
        if (left + 1 < live && before(heap[left + 1], heap[left])) {
          best = left + 1;
        }
        if (!before(heap[best], heap[h])) {
          return;
        }
        int t = heap[h];
        heap[h] = heap[best];
        heap[best] = t;
        h = best;
      }
    }

    private void append(long minutes, double p, double s, int from, int o) {
      outMinutes = Growth.toHold(outMinutes, size + 1);
      outP = Growth.toHold(outP, size + 1);
      outS = Growth.toHold(outS, size + 1);
      outPred = Growth.toHold(outPred, size + 1);
      outOption = Growth.toHold(outOption, size + 1);
      outMinutes[size] = minutes;
      outP[size] = p;
      outS[size] = s;
      outPred[size] = from;
      outOption[size] = o;
      size++;
    }

    List list() {
      return new List(
          Arrays.copyOf(outMinutes, size),
          Arrays.copyOf(outP, size),
          pair ? Arrays.copyOf(outS, size) : null);
    }

    /**
     * Where each state came from: its index in its source list; for a group of one item ({@code
     * single}), {@code ~index} when the item is taken.
     */
    int[] predecessors(boolean single) {
      int[] result = Arrays.copyOf(outPred, size);
      if (single) {
        for (int i = 0; i < size; i++) {
          if (outOption[i] != 0) {
            result[i] = ~result[i];
          }
        }
      }
      return result;
    }

    int[] options() {
      return Arrays.copyOf(outOption, size);
    }
  }
}
