package dev.leverage.planning;

import java.util.Arrays;
import java.util.BitSet;

/**
 * The best closed set of candidates when the budget does not bind (every eligible candidate fits at
 * once): the maximum-weight closure of the requirement graph, exactly, in time that does not depend
 * on the budget.
 *
 * <p>Values are (primary, secondary) pairs compared lexicographically (foundation output, then
 * output; or output alone). A forest is solved in one pass from the leaves: the gain of an activity
 * is its value plus the positive gains of what requires it, and an activity is taken when its gain
 * is positive and its requirement is taken. A requirement DAG is solved as a minimum cut (Picard,
 * 1976): source → activity with its value when positive, activity → sink with minus its value when
 * negative, activity → requirement unbounded; the activities reachable from the source after a
 * maximum flow (Dinic's algorithm, on pairs of numbers) are the best closure with the fewest
 * activities, hence the fewest minutes. Residuals within 10⁻¹² of the largest total count as zero.
 * No recursion. Stateless.
 */
final class BestClosure {
  private BestClosure() {}

  /** The best closed subset of {@code eligible}, which must be closed under requirements. */
  static BitSet of(Candidates c, BitSet eligible, double[] primary, double[] secondary) {
    return c.forest
        ? forest(c, eligible, primary, secondary)
        : cut(c, eligible, primary, secondary);
  }

  private static BitSet forest(
      Candidates c, BitSet eligible, double[] primary, double[] secondary) {
    int n = c.n;
    int[] order = topological(c, eligible);
    double[] gainP = new double[n];
    double[] gainS = new double[n];
    for (int k = order.length - 1; k >= 0; k--) {
      int i = order[k];
      gainP[i] += primary[i];
      gainS[i] += secondary == null ? 0 : secondary[i];
      if (Steps.lexGreater(gainP[i], gainS[i], 0, 0) && c.requires[i].length == 1) {
        int r = c.requires[i][0];
        gainP[r] += gainP[i];
        gainS[r] += gainS[i];
      }
    }
    BitSet chosen = new BitSet(n);
    for (int i : order) {
      boolean ready = c.requires[i].length == 0 || chosen.get(c.requires[i][0]);
      if (ready && Steps.lexGreater(gainP[i], gainS[i], 0, 0)) {
        chosen.set(i);
      }
    }
    return chosen;
  }

  /** The eligible candidates, every requirement before what needs it. */
  private static int[] topological(Candidates c, BitSet eligible) {
    int[] waiting = new int[c.n];
    int[] order = new int[eligible.cardinality()];
    int tail = 0;
    for (int i = eligible.nextSetBit(0); i >= 0; i = eligible.nextSetBit(i + 1)) {
      waiting[i] = c.requires[i].length;
      if (waiting[i] == 0) {
        order[tail++] = i;
      }
    }
    for (int head = 0; head < tail; head++) {
      for (int d : c.dependents[order[head]]) {
        if (eligible.get(d) && --waiting[d] == 0) {
          order[tail++] = d;
        }
      }
    }
    return order;
  }

  private static BitSet cut(Candidates c, BitSet eligible, double[] primary, double[] secondary) {
    return new Network(c, eligible, primary, secondary).closure();
  }

  /** The flow network of the closure problem, with lexicographic pairs as capacities. */
  private static final class Network {
    private final int n;
    private final int source;
    private final int sink;
    private final int[] head;
    private final int[] to;
    private final double[] restP;
    private final double[] restS;
    private final boolean[] unbounded;
    private final int[] twin;
    private final double epsilonP;
    private final double epsilonS;

    Network(Candidates c, BitSet eligible, double[] primary, double[] secondary) {
      this.n = c.n;
      this.source = n;
      this.sink = n + 1;
      int[] degree = new int[n + 2];
      int edges = 0;
      double scaleP = 0;
      double scaleS = 0;
      for (int i = eligible.nextSetBit(0); i >= 0; i = eligible.nextSetBit(i + 1)) {
        double s = secondary == null ? 0 : secondary[i];
        scaleP += Math.abs(primary[i]);
        scaleS += Math.abs(s);
        if (primary[i] != 0 || s != 0) {
          degree[source]++;
          degree[i]++;
          degree[sink]++;
          degree[i]++;
          edges += 2;
        }
        for (int r : c.requires[i]) {
          degree[i]++;
          degree[r]++;
          edges++;
        }
      }
      this.epsilonP = 1e-12 * Math.max(1, scaleP);
      this.epsilonS = 1e-12 * Math.max(1, scaleS);
      int arcs = 2 * edges;
      this.head = new int[n + 3];
      for (int v = 0; v < n + 2; v++) {
        head[v + 1] = head[v] + degree[v];
      }
      this.to = new int[arcs];
      this.restP = new double[arcs];
      this.restS = new double[arcs];
      this.unbounded = new boolean[arcs];
      int[] fill = Arrays.copyOf(head, n + 2);
      this.twin = new int[arcs];
      for (int i = eligible.nextSetBit(0); i >= 0; i = eligible.nextSetBit(i + 1)) {
        double p = primary[i];
        double s = secondary == null ? 0 : secondary[i];
        if (Steps.lexGreater(p, s, 0, 0)) {
          arc(fill, source, i, p, s, false);
        } else if (p != 0 || s != 0) {
          arc(fill, i, sink, -p, -s, false);
        }
        for (int r : c.requires[i]) {
          arc(fill, i, r, 0, 0, true);
        }
      }
    }

    private void arc(int[] fill, int from, int into, double p, double s, boolean infinite) {
      int a = fill[from]++;
      int b = fill[into]++;
      to[a] = into;
      restP[a] = p;
      restS[a] = s;
      unbounded[a] = infinite;
      to[b] = from;
      twin[a] = b;
      twin[b] = a;
    }

    private boolean open(int arc) {
      if (unbounded[arc]) {
        return true;
      }
      double p = restP[arc];
      return p > epsilonP || (p >= -epsilonP && restS[arc] > epsilonS);
    }

    /** The source side of a minimum cut after a maximum flow, without the source. */
    BitSet closure() {
      int vertices = n + 2;
      int[] level = new int[vertices];
      int[] queue = new int[vertices];
      int[] next = new int[vertices];
      int[] path = new int[vertices];
      while (levels(level, queue)) {
        System.arraycopy(head, 0, next, 0, vertices);
        int depth = 0;
        int v = source;
        while (true) {
          if (v == sink) {
            augment(path, depth);
            depth = 0;
            v = source;
            continue;
          }
          boolean advanced = false;
          for (; next[v] < head[v + 1]; next[v]++) {
            int arc = next[v];
            int w = to[arc];
            if (level[w] == level[v] + 1 && open(arc)) {
              path[depth++] = arc;
              v = w;
              advanced = true;
              break;
            }
          }
          if (!advanced) {
            if (v == source) {
              break;
            }
            level[v] = -1;
            int arc = path[--depth];
            v = to[twin[arc]];
            next[v]++;
          }
        }
      }
      // The last search for levels, which no longer reached the sink, marked the source side.
      BitSet reached = new BitSet(n);
      for (int w = 0; w < n; w++) {
        if (level[w] >= 0) {
          reached.set(w);
        }
      }
      return reached;
    }

    private boolean levels(int[] level, int[] queue) {
      Arrays.fill(level, -1);
      level[source] = 0;
      int tail = 0;
      queue[tail++] = source;
      for (int h = 0; h < tail; h++) {
        int v = queue[h];
        for (int arc = head[v]; arc < head[v + 1]; arc++) {
          int w = to[arc];
          if (level[w] < 0 && open(arc)) {
            level[w] = level[v] + 1;
            queue[tail++] = w;
          }
        }
      }
      return level[sink] >= 0;
    }

    /** Pushes the bottleneck of the path; at least one of its arcs becomes exactly zero. */
    private void augment(int[] path, int depth) {
      double p = Double.POSITIVE_INFINITY;
      double s = Double.POSITIVE_INFINITY;
      for (int k = 0; k < depth; k++) {
        int arc = path[k];
        if (!unbounded[arc] && Steps.lexGreater(p, s, restP[arc], restS[arc])) {
          p = restP[arc];
          s = restS[arc];
        }
      }
      for (int k = 0; k < depth; k++) {
        int arc = path[k];
        if (!unbounded[arc]) {
          restP[arc] -= p;
          restS[arc] -= s;
        }
        int back = twin[arc];
        if (!unbounded[back]) {
          restP[back] += p;
          restS[back] += s;
        }
      }
    }
  }
}
