package dev.leverage.simulation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Exact order statistics of {@code n} values that can be passed over again (a stored array, or
 * samples drawn again from the same seeds), in memory that does not grow with {@code n}.
 *
 * <p>A first pass counts the values in a {@link Histogram} of {@value #BUCKETS} equal buckets over
 * a range, plus one bucket below it and one above. The bucket holding each wanted rank is then
 * known, and the next pass collects only the values of those buckets and sorts them; a bucket too
 * crowded to collect within {@code collectLimit} values is counted again in a finer histogram over
 * its own range (with each bucket's smallest and largest value, so that a bucket whose values are
 * all equal is resolved at once), and so on until every rank is found. Each pass narrows the
 * crowded buckets, so it ends; in practice after one or two passes. Not thread-safe.
 */
final class Selection {
  /** Buckets between the ends of a histogram's range. */
  static final int BUCKETS = 1024;

  /** The most values one selection collects in a pass: 2 MB. */
  static final long COLLECT_LIMIT = 1 << 18;

  /** Counts of values in buckets over [lo, hi], one bucket below and one above. */
  static final class Histogram {
    final double lo;
    final double hi;
    private final double halfLo;
    private final double scale;
    final int[] counts = new int[BUCKETS + 2];

    Histogram(double lo, double hi) {
      this.lo = lo;
      this.hi = hi;
      this.halfLo = lo * 0.5;
      // Halves, so that hi − lo cannot overflow; the bucket is non-decreasing in the value.
      double width = hi * 0.5 - halfLo;
      this.scale = width > 0 ? BUCKETS / width : 0;
    }

    /** The bucket of {@code x}: 0 below the range, BUCKETS + 1 above, 1 … BUCKETS within. */
    int bucket(double x) {
      if (x < lo) {
        return 0;
      }
      if (x > hi) {
        return BUCKETS + 1;
      }
      int k = (int) ((x * 0.5 - halfLo) * scale);
      return 1 + Math.min(k, BUCKETS - 1);
    }

    /** A range that holds every value of bucket {@code k} (not exactly its bounds). */
    double lowerEnd(int k, double min) {
      return k == 0 ? min : k == BUCKETS + 1 ? hi : lo + (k - 1) * ((hi - lo) / BUCKETS);
    }

    double upperEnd(int k, double max) {
      return k == 0 ? lo : k == BUCKETS + 1 ? max : lo + k * ((hi - lo) / BUCKETS);
    }

    void add(double x) {
      counts[bucket(x)]++;
    }
  }

  private static final class Node {
    final Node parent;
    final int bucketInParent;
    final int below;
    final int count;
    final int[] wanted;
    Histogram histogram;
    double[] mins;
    double[] maxs;
    double[] collected;
    int fill;

    Node(Node parent, int bucketInParent, int below, int count, int[] wanted) {
      this.parent = parent;
      this.bucketInParent = bucketInParent;
      this.below = below;
      this.count = count;
      this.wanted = wanted;
    }

    boolean holds(double x) {
      for (Node node = this; node.parent != null; node = node.parent) {
        if (node.parent.histogram.bucket(x) != node.bucketInParent) {
          return false;
        }
      }
      return true;
    }
  }

  private final int[] ranks;
  private final double[] values;
  private final long collectLimit;
  private List<Node> open = new ArrayList<>();

  /**
   * Starts from the first pass's histogram {@code root} of {@code n} values whose smallest is
   * {@code min} and largest {@code max}.
   *
   * @param ranks the wanted ranks, 0-based, each in [0, n)
   * @param collectLimit the most values a pass may collect
   */
  Selection(int n, int[] ranks, Histogram root, double min, double max, long collectLimit) {
    this.ranks = ranks.clone();
    this.values = new double[ranks.length];
    this.collectLimit = collectLimit;
    // The wanted ranks in ascending order (by index into ranks), so that a bucket holds a run.
    int[] all =
        java.util.stream.IntStream.range(0, ranks.length)
            .boxed()
            .sorted(java.util.Comparator.comparingInt(r -> ranks[r]))
            .mapToInt(Integer::intValue)
            .toArray();
    if (min == max) {
      Arrays.fill(values, min);
      return;
    }
    Node top = new Node(null, -1, 0, n, all);
    top.histogram = root;
    split(top, min, max, false);
  }

  /** True when every wanted rank is found. */
  boolean done() {
    return open.isEmpty();
  }

  /** The value of each wanted rank, in the order given; once {@link #done()}. */
  double[] values() {
    return values.clone();
  }

  /** Takes the values of one pass, in any number of calls. */
  void accept(double[] chunk, int count) {
    for (Node node : open) {
      if (node.collected != null) {
        for (int i = 0; i < count; i++) {
          double x = chunk[i];
          if (node.holds(x)) {
            node.collected[node.fill++] = x;
          }
        }
      } else {
        Histogram h = node.histogram;
        for (int i = 0; i < count; i++) {
          double x = chunk[i];
          if (node.holds(x)) {
            int k = h.bucket(x);
            h.counts[k]++;
            node.mins[k] = Math.min(node.mins[k], x);
            node.maxs[k] = Math.max(node.maxs[k], x);
          }
        }
      }
    }
  }

  /** Ends a pass: resolves what was collected and narrows what was counted. */
  void endPass() {
    List<Node> nodes = open;
    open = new ArrayList<>();
    for (Node node : nodes) {
      if (node.collected != null) {
        if (node.fill != node.count) {
          throw new IllegalStateException(
              "a pass gave " + node.fill + " values where the last gave " + node.count);
        }
        Arrays.sort(node.collected);
        for (int r : node.wanted) {
          values[r] = node.collected[ranks[r] - node.below];
        }
      } else {
        split(node, Double.NaN, Double.NaN, true);
      }
    }
  }

  /**
   * Finds the bucket of each wanted rank of a counted node and opens a node for each such bucket:
   * resolved at once when its values are all equal, else collected or counted in the next pass.
   */
  private void split(Node node, double min, double max, boolean exactEnds) {
    Histogram h = node.histogram;
    int[] start = new int[BUCKETS + 3];
    for (int k = 0; k <= BUCKETS + 1; k++) {
      start[k + 1] = start[k] + h.counts[k];
    }
    if (start[BUCKETS + 2] != node.count) {
      throw new IllegalStateException(
          "a pass counted " + start[BUCKETS + 2] + " values where the last gave " + node.count);
    }
    long budget = collectLimit;
    for (Node o : open) {
      budget -= o.collected == null ? 0 : o.count;
    }
    int from = 0;
    while (from < node.wanted.length) {
      int local = ranks[node.wanted[from]] - node.below;
      int k = bucketContaining(start, local);
      int to = from;
      while (to < node.wanted.length && ranks[node.wanted[to]] - node.below < start[k + 1]) {
        to++;
      }
      int[] wanted = Arrays.copyOfRange(node.wanted, from, to);
      from = to;
      double lo = exactEnds ? node.mins[k] : h.lowerEnd(k, min);
      double hi = exactEnds ? node.maxs[k] : h.upperEnd(k, max);
      if (exactEnds && lo == hi) {
        for (int r : wanted) {
          values[r] = lo;
        }
        continue;
      }
      Node child = new Node(node, k, node.below + start[k], h.counts[k], wanted);
      Histogram finer = new Histogram(lo, hi);
      if (child.count <= budget || !(finer.scale > 0)) {
        child.collected = new double[child.count];
        budget -= child.count;
      } else {
        child.histogram = finer;
        child.mins = new double[BUCKETS + 2];
        child.maxs = new double[BUCKETS + 2];
        Arrays.fill(child.mins, Double.POSITIVE_INFINITY);
        Arrays.fill(child.maxs, Double.NEGATIVE_INFINITY);
      }
      open.add(child);
    }
    // The counts of this node are no longer needed once its children hold what they need.
    node.mins = null;
    node.maxs = null;
  }

  /** The bucket {@code k} with {@code start[k] <= rank < start[k + 1]}. */
  private static int bucketContaining(int[] start, int rank) {
    int lo = 0;
    int hi = BUCKETS + 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (start[mid] <= rank) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  /**
   * The wanted ranks of the p-quantiles of {@code n} values, interpolated linearly ("type 7"): for
   * each p the order statistics ⌊h⌋ and ⌊h⌋ + 1 with h = p·(n − 1), two per p.
   */
  static int[] ranksOf(int n, double... ps) {
    int[] ranks = new int[2 * ps.length];
    for (int i = 0; i < ps.length; i++) {
      double p = ps[i];
      if (!(p >= 0 && p <= 1)) {
        throw new IllegalArgumentException("a quantile needs p in [0, 1], was " + p);
      }
      int k = (int) Math.floor(p * (n - 1));
      ranks[2 * i] = k;
      ranks[2 * i + 1] = Math.min(k + 1, n - 1);
    }
    return ranks;
  }

  /** The p-quantiles from the order statistics at {@link #ranksOf}, in the same order. */
  static double[] interpolate(int n, double[] order, double... ps) {
    double[] result = new double[ps.length];
    for (int i = 0; i < ps.length; i++) {
      double h = ps[i] * (n - 1);
      double fraction = h - Math.floor(h);
      double lower = order[2 * i];
      double upper = order[2 * i + 1];
      double q = lower + fraction * (upper - lower);
      result[i] = Math.min(Math.max(q, lower), upper);
    }
    return result;
  }
}
