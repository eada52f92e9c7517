package dev.leverage.planning;

import java.util.Arrays;

/**
 * The depth-first order of a forest in which the programs over it run: roots, then children, the
 * smaller subtrees first (ties by ascending index), the largest last.
 *
 * <p>{@code end[k]} is the position just past the subtree of the item at position {@code k}. A
 * program that sweeps the positions backwards needs, at position {@code k}, the tables of {@code k
 * + 1} and of the ends of {@code k}'s ancestors; with the largest subtree last, an item lies in a
 * non-last child subtree of at most log₂(m) of its ancestors, so at most {@link
 * #maxLiveTables(int)} tables are ever held at once, however deep the forest. Built without
 * recursion. Immutable after construction.
 */
final class Preorder {
  /** The item at each position. */
  final int[] item;

  /** The position just past each position's subtree. */
  final int[] end;

  private Preorder(int[] item, int[] end) {
    this.item = item;
    this.end = end;
  }

  /** The most tables a backward sweep over a forest of {@code m} items holds at once. */
  static int maxLiveTables(int m) {
    return 64 - Long.numberOfLeadingZeros(m + 1L) + 3;
  }

  /**
   * The order of the forest given by {@code parent}: the parent of each item, an index below or
   * above it, or −1 for a root.
   */
  static Preorder of(int[] parent) {
    int[] ones = new int[parent.length];
    Arrays.fill(ones, 1);
    return of(parent, ones);
  }

  /**
   * The order of the forest given by {@code parent}, where node {@code i} counts as {@code
   * weight[i]} items when subtrees are compared.
   */
  static Preorder of(int[] parent, int[] weight) {
    int m = parent.length;
    // Children of each node in ascending index; node −1 (the virtual root) is slot 0.
    int[] first = new int[m + 2];
    for (int i = 0; i < m; i++) {
      first[parent[i] + 2]++;
    }
    for (int i = 0; i <= m; i++) {
      first[i + 1] += first[i];
    }
    int[] children = new int[m];
    int[] fill = Arrays.copyOf(first, m + 1);
    for (int i = 0; i < m; i++) {
      children[fill[parent[i] + 1]++] = i;
    }
    // Subtree sizes, from a breadth-first order read backwards.
    int[] queue = new int[m];
    int tail = 0;
    for (int c = first[0]; c < first[1]; c++) {
      queue[tail++] = children[c];
    }
    for (int head = 0; head < tail; head++) {
      int node = queue[head];
      for (int c = first[node + 1]; c < first[node + 2]; c++) {
        queue[tail++] = children[c];
      }
    }
    if (tail != m) {
      throw new IllegalArgumentException("the parents do not form a forest");
    }
    int[] size = new int[m];
    for (int k = m - 1; k >= 0; k--) {
      int node = queue[k];
      size[node] += weight[node];
      if (parent[node] >= 0) {
        size[parent[node]] += size[node];
      }
    }
    // The smallest subtrees first, the largest last.
    for (int node = -1; node < m; node++) {
      int from = first[node + 1];
      int to = first[node + 2];
      if (to - from > 1) {
        long[] keys = new long[to - from];
        for (int c = from; c < to; c++) {
          keys[c - from] = ((long) size[children[c]] << 32) | children[c];
        }
        Arrays.sort(keys);
        for (int c = from; c < to; c++) {
          children[c] = (int) keys[c - from];
        }
      }
    }
    int[] item = new int[m];
    int[] end = new int[m];
    int position = 0;
    // An explicit stack of (node, next child slot, its position).
    int[] stackNode = new int[m + 1];
    int[] stackNext = new int[m + 1];
    int[] stackPosition = new int[m + 1];
    int depth = 0;
    stackNode[0] = -1;
    stackNext[0] = first[0];
    stackPosition[0] = -1;
    while (depth >= 0) {
      int node = stackNode[depth];
      if (stackNext[depth] < first[node + 2]) {
        int child = children[stackNext[depth]++];
        item[position] = child;
        depth++;
        stackNode[depth] = child;
        stackNext[depth] = first[child + 1];
        stackPosition[depth] = position;
        position++;
      } else {
        if (stackPosition[depth] >= 0) {
          end[stackPosition[depth]] = position;
        }
        depth--;
      }
    }
    return new Preorder(item, end);
  }
}
