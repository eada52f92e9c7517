package dev.leverage.organization;

import dev.leverage.internal.IdIndex;
import java.util.List;
import java.util.Map;

/**
 * The influences on each team, ordered by the preorder position of the manager who declares them,
 * with their weights in one max segment tree per team: the strongest influence on a team declared
 * in a report subtree (a range of the preorder) takes O(log n).
 *
 * <p>Built in O(n) time and memory for n teams and influences. Immutable once built.
 */
final class InfluenceTree {
  /** Team t's influences are {@code [from[t] .. from[t + 1])}. */
  private final int[] from;

  /** The preorder position of the manager who declares each influence, ascending per team. */
  private final int[] declaredAt;

  /** Team t's segment tree sits in {@code tree[2 · from[t] .. 2 · from[t + 1])}, leaves last. */
  private final double[] tree;

  /**
   * Arranges the influences of {@code managerList}, whose teams are all known to {@code teams};
   * {@code counts[t + 1]} holds the number of influences on team t (and becomes this tree's own).
   */
  InfluenceTree(int[] counts, ReportTree reports, List<Manager> managerList, IdIndex teams) {
    int teamCount = counts.length - 1;
    from = counts;
    for (int t = 0; t < teamCount; t++) {
      from[t + 1] += from[t];
    }
    declaredAt = new int[from[teamCount]];
    tree = new double[2 * from[teamCount]];
    int[] filled = new int[teamCount];
    for (int p = 0; p < reports.size(); p++) {
      for (Map.Entry<String, Double> influence :
          managerList.get(reports.manager(p)).influences().entrySet()) {
        int t = teams.indexOf(influence.getKey());
        int i = filled[t]++;
        declaredAt[from[t] + i] = p;
        tree[2 * from[t] + count(t) + i] = influence.getValue();
      }
    }
    for (int t = 0; t < teamCount; t++) {
      int base = 2 * from[t];
      for (int i = count(t) - 1; i >= 1; i--) {
        tree[base + i] = Math.max(tree[base + 2 * i], tree[base + 2 * i + 1]);
      }
    }
  }

  /** True when anyone influences {@code team}. */
  boolean isInfluenced(int team) {
    return count(team) > 0;
  }

  private int count(int team) {
    return from[team + 1] - from[team];
  }

  /**
   * The strongest influence on {@code team} declared by a manager at a preorder position in {@code
   * [low, high)}, or 0 when there is none.
   */
  double strongest(int team, int low, int high) {
    int count = count(team);
    int base = 2 * from[team];
    double max = 0.0;
    int l = lowerBound(team, low) + count;
    int h = lowerBound(team, high) + count;
    for (; l < h; l >>= 1, h >>= 1) {
      if ((l & 1) == 1) {
        max = Math.max(max, tree[base + l++]);
      }
      if ((h & 1) == 1) {
        max = Math.max(max, tree[base + --h]);
      }
    }
    return max;
  }

  /** How many of {@code team}'s influences are declared before preorder position {@code key}. */
  private int lowerBound(int team, int key) {
    int low = from[team];
    int high = from[team + 1];
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (declaredAt[middle] < key) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low - from[team];
  }
}
