package dev.leverage.planning;

import java.util.Arrays;

/**
 * The requirements between a schedule's candidates as the search sees them: who needs whom, an
 * order with every requirement first, and the order of equal candidates added as requirements.
 */
final class Precedence {
  private Precedence() {}

  /**
   * The requirements plus an order between candidates of the same duration that need nothing and
   * that nothing needs, when one loses at least as much as the other by every week of delay (and by
   * not being done): swapping the two never lowers the objective or the side value and keeps the
   * sum of weeks, so the first is done no later than the second, which is the same constraint as
   * "the second requires the first". Identical candidates go by index.
   */
  static int[][] withOrderOfEqualCandidates(ScheduleGoal goal, int maxPairs) {
    ScheduleProblem problem = goal.problem();
    boolean[] movable = goal.movable();
    int n = problem.n;
    int[] minutes = problem.minutes;
    int[][] all = new int[n][];
    boolean[] free = new boolean[n];
    for (int i = 0; i < n; i++) {
      all[i] = problem.requires[i];
      free[i] = movable[i] && problem.requires[i].length == 0 && problem.dependents[i].length == 0;
    }
    Integer[] bySize = new Integer[n];
    for (int i = 0; i < n; i++) {
      bySize[i] = i;
    }
    Arrays.sort(bySize, (a, b) -> Integer.compare(minutes[a], minutes[b]));
    for (int start = 0; start < n; ) {
      int end = start;
      while (end < n && minutes[bySize[end]] == minutes[bySize[start]]) {
        end++;
      }
      if (end - start <= maxPairs) {
        for (int x = start; x < end; x++) {
          int j = bySize[x];
          for (int y = start; y < end; y++) {
            int i = bySize[y];
            if (i != j && free[i] && free[j] && before(i, j, goal)) {
              all[j] = Arrays.copyOf(all[j], all[j].length + 1);
              all[j][all[j].length - 1] = i;
            }
          }
        }
      }
      start = end;
    }
    return all;
  }

  /** True when {@code i} loses at least as much as {@code j} by every week of delay. */
  private static boolean before(int i, int j, ScheduleGoal goal) {
    int weeks = goal.weeks();
    int stride = goal.problem().weeks;
    double[] objective = goal.objective();
    double[] side = goal.side();
    boolean same = true;
    for (int pass = 0; pass < (side == null ? 1 : 2); pass++) {
      double[] values = pass == 0 ? objective : side;
      for (int w = 0; w < weeks; w++) {
        double di = values[i * stride + w] - (w + 1 < weeks ? values[i * stride + w + 1] : 0);
        double dj = values[j * stride + w] - (w + 1 < weeks ? values[j * stride + w + 1] : 0);
        if (di < dj) {
          return false;
        }
        same &= di == dj;
      }
    }
    return !same || i < j;
  }

  /** {@return for each candidate, the candidates that require it, by index} */
  static int[][] dependentsOf(int[][] requires) {
    int n = requires.length;
    int[] count = new int[n];
    for (int[] required : requires) {
      for (int r : required) {
        count[r]++;
      }
    }
    int[][] dependents = new int[n][];
    for (int i = 0; i < n; i++) {
      dependents[i] = new int[count[i]];
      count[i] = 0;
    }
    for (int i = 0; i < n; i++) {
      for (int r : requires[i]) {
        dependents[r][count[r]++] = i;
      }
    }
    return dependents;
  }

  /**
   * {@return the candidates in an order where every requirement comes before what needs it}
   *
   * @throws IllegalArgumentException when the requirements form a cycle
   */
  static int[] topological(int[][] requires, int[][] dependents) {
    int n = requires.length;
    int[] waiting = new int[n];
    int[] order = new int[n];
    int tail = 0;
    for (int i = 0; i < n; i++) {
      waiting[i] = requires[i].length;
      if (waiting[i] == 0) {
        order[tail++] = i;
      }
    }
    for (int head = 0; head < tail; head++) {
      for (int d : dependents[order[head]]) {
        if (--waiting[d] == 0) {
          order[tail++] = d;
        }
      }
    }
    if (tail < n) {
      throw new IllegalArgumentException("requirements form a cycle");
    }
    return order;
  }
}
