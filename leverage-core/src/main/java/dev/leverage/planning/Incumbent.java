package dev.leverage.planning;

import java.util.Arrays;

/**
 * The best schedule a {@link ScheduleSearch} has found, and the heuristics that find better ones:
 * every schedule taken is improved by {@link LocalSearch}, and the relaxed schedule of the root's
 * bound is repaired into a schedule. Values within a relative {@link ScheduleSearch#TOLERANCE}
 * count as equal. Not thread-safe.
 */
final class Incumbent {
  private final WeekDomains d;
  private final ScheduleGoal goal;
  private final int[] best;
  private double bestObjective;
  private boolean improving;

  /** The schedule {@code start} (feasible, or null for nothing done), improved by local search. */
  Incumbent(WeekDomains domains, int[] start) {
    this.d = domains;
    this.goal = domains.goal;
    this.best = new int[d.n];
    Arrays.fill(best, -1);
    if (start != null) {
      for (int i = 0; i < d.n; i++) {
        best[i] = start[i] >= d.weeks ? -1 : start[i];
      }
    }
    bestObjective = goal.problem().total(d.objective, best);
    improveByLocalSearch(best.clone());
  }

  /** {@return the best schedule found: a week per candidate, −1 for not done} */
  int[] schedule() {
    return best.clone();
  }

  double objective() {
    return bestObjective;
  }

  /** {@return the least objective that counts as better than the best schedule's} */
  double target() {
    return bestObjective + ScheduleSearch.TOLERANCE * Math.max(1, Math.abs(bestObjective));
  }

  /** Takes {@code schedule} (feasible) as the best when it is better, then tries to improve it. */
  void offer(int[] schedule) {
    if (d.side != null && goal.problem().total(d.side, schedule) < goal.floor()) {
      return;
    }
    double total = goal.problem().total(d.objective, schedule);
    if (total > target()) {
      System.arraycopy(schedule, 0, best, 0, d.n);
      bestObjective = total;
      if (!improving) {
        improving = true;
        improveByLocalSearch(schedule.clone());
        improving = false;
      }
    }
  }

  /**
   * Builds a schedule from the relaxed one ({@code choice}, the week of each undecided candidate)
   * at the root's prices (each candidate in the first week from its relaxed one where it fits,
   * requirements first) and improves it.
   */
  void repair(int[] choice) {
    int n = d.n;
    int weeks = d.weeks;
    int[] schedule = new int[n];
    Arrays.fill(schedule, -1);
    long[] load = new long[weeks];
    for (int i = 0; i < n; i++) {
      if (d.lo[i] == d.hi[i] && d.lo[i] < weeks) {
        schedule[i] = d.lo[i];
        load[d.lo[i]] += d.minutes[i];
      }
    }
    int[] rank = new int[n];
    for (int k = 0; k < n; k++) {
      rank[d.topological[k]] = k;
    }
    Integer[] order = new Integer[d.undecidedCount];
    for (int k = 0; k < d.undecidedCount; k++) {
      order[k] = d.undecided[k];
    }
    Arrays.sort(
        order,
        (a, b) -> {
          int byWeek = Integer.compare(choice[a], choice[b]);
          return byWeek != 0 ? byWeek : Integer.compare(rank[a], rank[b]);
        });
    for (int i : order) {
      if (choice[i] >= weeks) {
        continue;
      }
      int earliest = Math.max(choice[i], d.lo[i]);
      boolean ready = true;
      for (int r : d.requires[i]) {
        ready &= schedule[r] >= 0;
        earliest = Math.max(earliest, schedule[r]);
      }
      if (!ready) {
        continue;
      }
      for (int w = earliest; w <= Math.min(d.hi[i], weeks - 1); w++) {
        if (load[w] + d.minutes[i] <= d.capacity[w]) {
          if (d.objective[i * d.stride + w] > 0 || d.dependents[i].length > 0) {
            schedule[i] = w;
            load[w] += d.minutes[i];
          }
          break;
        }
      }
    }
    if (goal.problem().isFeasibleWithin(schedule, weeks)
        && (d.side == null || goal.problem().total(d.side, schedule) >= goal.floor())) {
      improveByLocalSearch(schedule);
    }
  }

  /** Improves {@code schedule} (feasible) by local moves and offers the result. */
  private void improveByLocalSearch(int[] schedule) {
    LocalSearch.improve(goal, schedule);
    offer(schedule);
  }
}
