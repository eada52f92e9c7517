package dev.leverage.organization;

import dev.leverage.internal.IdIndex;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The report forest of an organization in preorder: roots in the order given, each manager before
 * their reports, reports in the order listed. A manager's report subtree is then a range of that
 * order, {@code [start(m), end(m))}, so that "is in the subtree of" takes constant time.
 *
 * <p>Built in O(n) time and memory by an explicit stack, never a recursion, whatever the depth.
 * Managers are numbered by their positions in the organization's list. Immutable once built.
 */
final class ReportTree {
  private final int[] preorder;
  private final int[] start;
  private final int[] end;

  /**
   * Orders a forest given by each manager's boss (or -1) and reports, {@code reports[reportsFrom[m]
   * .. reportsFrom[m + 1])}, which must have no cycle.
   */
  ReportTree(int[] bosses, int[] reportsFrom, int[] reports) {
    int n = bosses.length;
    preorder = new int[n];
    int[] stack = new int[n];
    int count = 0;
    for (int root = 0; root < n; root++) {
      if (bosses[root] >= 0) {
        continue;
      }
      int top = 0;
      stack[top++] = root;
      while (top > 0) {
        int m = stack[--top];
        preorder[count++] = m;
        for (int i = reportsFrom[m + 1] - 1; i >= reportsFrom[m]; i--) {
          stack[top++] = reports[i];
        }
      }
    }
    start = new int[n];
    end = new int[n];
    for (int p = 0; p < n; p++) {
      start[preorder[p]] = p;
      end[preorder[p]] = p + 1;
    }
    for (int p = n - 1; p >= 0; p--) {
      int m = preorder[p];
      if (bosses[m] >= 0) {
        end[bosses[m]] = Math.max(end[bosses[m]], end[m]);
      }
    }
  }

  /** The number of managers. */
  int size() {
    return preorder.length;
  }

  /** The manager at {@code position} in preorder. */
  int manager(int position) {
    return preorder[position];
  }

  /** Where the subtree of {@code manager} starts in preorder: the manager's own position. */
  int start(int manager) {
    return start[manager];
  }

  /** Where the subtree of {@code manager} ends in preorder, exclusive. */
  int end(int manager) {
    return end[manager];
  }

  /** True when {@code report} is {@code boss} or in their report subtree. */
  boolean contains(int boss, int report) {
    return start[boss] <= start[report] && start[report] < end[boss];
  }

  /** The ids of {@code manager}'s subtree in preorder: a view with constant-time lookups. */
  Set<String> subtree(int manager, IdIndex managers) {
    int from = start[manager];
    int to = end[manager];
    return new AbstractSet<>() {
      @Override
      public boolean contains(Object o) {
        int m = managers.indexOf(o);
        return m >= 0 && ReportTree.this.contains(manager, m);
      }

      @Override
      public int size() {
        return to - from;
      }

      @Override
      public Iterator<String> iterator() {
        return new Iterator<>() {
          private int next = from;

          @Override
          public boolean hasNext() {
            return next < to;
          }

          @Override
          public String next() {
            if (next >= to) {
              throw new NoSuchElementException();
            }
            return managers.id(preorder[next++]);
          }
        };
      }
    };
  }
}
