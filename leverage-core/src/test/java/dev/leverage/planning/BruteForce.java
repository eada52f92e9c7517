package dev.leverage.planning;

import dev.leverage.activity.ActivityOutput;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The obviously correct planner: every subset of the candidates, kept when it is closed under
 * requires; for a budget, the best of those that fit, by output (or by foundation output, then
 * output).
 */
final class BruteForce {
  private final long[] minutes;
  private final double[] totals;
  private final double[] foundations;

  private BruteForce(List<ActivityOutput> candidates) {
    int n = candidates.size();
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < n; i++) {
      index.put(candidates.get(i).activity().id(), i);
    }
    int[] needs = new int[n];
    for (int i = 0; i < n; i++) {
      for (String r : candidates.get(i).activity().requires()) {
        needs[i] |= 1 << index.get(r);
      }
    }
    long[] allMinutes = new long[1 << n];
    double[] allTotals = new double[1 << n];
    double[] allFoundations = new double[1 << n];
    int closed = 0;
    for (int set = 0; set < 1 << n; set++) {
      long used = 0;
      boolean isClosed = true;
      double total = 0;
      double found = 0;
      for (int i = 0; i < n; i++) {
        if ((set & 1 << i) != 0) {
          ActivityOutput candidate = candidates.get(i);
          used += Math.max(1, Math.round(candidate.hours() * 60));
          isClosed &= (needs[i] & ~set) == 0;
          total += candidate.output();
          found += candidate.activity().isFoundation() ? candidate.output() : 0;
        }
      }
      if (isClosed) {
        allMinutes[closed] = used;
        allTotals[closed] = total;
        allFoundations[closed] = found;
        closed++;
      }
    }
    this.minutes = Arrays.copyOf(allMinutes, closed);
    this.totals = Arrays.copyOf(allTotals, closed);
    this.foundations = Arrays.copyOf(allFoundations, closed);
  }

  /** Enumerates the closed subsets of up to about 16 candidates. */
  static BruteForce of(List<ActivityOutput> candidates) {
    return new BruteForce(candidates);
  }

  /** The best output within {@code budgetMinutes}. */
  double output(long budgetMinutes) {
    return best(budgetMinutes, false)[0];
  }

  /** The best foundation output, and the best output among the sets that reach it. */
  double[] foundationFirst(long budgetMinutes) {
    return best(budgetMinutes, true);
  }

  /**
   * The budgets from 1 to {@code budgetMinutes} at which the best output rises (by more than one
   * part in a billion, the planner's tolerance), ascending: the steps of the frontier.
   */
  List<Long> changes(long budgetMinutes) {
    Integer[] order = new Integer[minutes.length];
    for (int s = 0; s < order.length; s++) {
      order[s] = s;
    }
    Arrays.sort(order, (a, b) -> Long.compare(minutes[a], minutes[b]));
    List<Long> changes = new ArrayList<>();
    double best = 0; // the empty plan, the only one of 0 minutes
    int s = 0;
    while (s < order.length && minutes[order[s]] <= budgetMinutes) {
      long at = minutes[order[s]];
      double here = Double.NEGATIVE_INFINITY;
      for (; s < order.length && minutes[order[s]] == at; s++) {
        here = Math.max(here, totals[order[s]]);
      }
      if (here > best + 1e-9 * Math.max(1, Math.abs(best))) {
        changes.add(at);
        best = here;
      }
    }
    return changes;
  }

  private double[] best(long budgetMinutes, boolean foundationFirst) {
    double bestFoundation = Double.NEGATIVE_INFINITY;
    for (int s = 0; s < minutes.length; s++) {
      if (minutes[s] <= budgetMinutes) {
        bestFoundation = Math.max(bestFoundation, foundations[s]);
      }
    }
    double best = Double.NEGATIVE_INFINITY;
    for (int s = 0; s < minutes.length; s++) {
      if (minutes[s] <= budgetMinutes
          && (!foundationFirst || foundations[s] >= bestFoundation - 1e-7)) {
        best = Math.max(best, totals[s]);
      }
    }
    return new double[] {best, bestFoundation};
  }
}
