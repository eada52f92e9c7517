package dev.leverage.planning;

import dev.leverage.internal.Growth;

/**
 * The weeks each candidate of a {@link ScheduleSearch} may still be done in, a domain {@code [lo,
 * hi]} where week {@code weeks} stands for "not done", with a trail to undo every change back to a
 * mark, and the open week {@code current} that the search fills.
 *
 * <p>Requirements keep the domains consistent ({@code lo} of a candidate at least that of its
 * requirements, {@code hi} of a requirement at most that of what needs it), and a candidate that no
 * longer fits a week's leftover room moves on; a candidate with one week left is placed there (its
 * minutes and values count as fixed). Also the candidates left undecided and each week's room for
 * them, for the bounds and the dominance rules. Not thread-safe.
 */
final class WeekDomains {
  /** The most candidates for which the rules over pairs of candidates are used. */
  static final int MAX_PAIRS = 400;

  private static final int LO = 0;
  private static final int HI = 1;
  private static final int PLACE = 2;

  final ScheduleGoal goal;
  final int n;
  final int weeks;
  final int stride;
  final int[] minutes;
  final int[] capacity;
  final double[] objective;
  final double[] side;

  /** Requirements and the order of equal candidates, as the search sees them. */
  final int[][] requires;

  final int[][] dependents;
  final int[] topological;

  final int[] lo;
  final int[] hi;
  final boolean[] placed;

  /** Minutes of each week taken by the candidates placed. */
  final int[] used;

  /** The objective and side value of the candidates placed. */
  double fixedObjective;

  double fixedSide;

  /** The open week: the earliest week some candidate may still be done in or not. */
  int current;

  private int[] trail = new int[256];
  private int trailSize;

  /** The candidates with more than one week left, requirements first, after {@link #collect}. */
  final int[] undecided;

  int undecidedCount;

  /** Each week's room for the undecided candidates, after {@link #measureRoom}. */
  final double[] room;

  private final SubsetSum subsetSums = new SubsetSum();
  private final int[] durations;

  /** Every candidate in every week or not done, the movable ones; nothing placed. */
  WeekDomains(ScheduleGoal goal) {
    ScheduleProblem problem = goal.problem();
    this.goal = goal;
    this.n = problem.n;
    this.weeks = goal.weeks();
    this.stride = problem.weeks;
    this.minutes = problem.minutes;
    this.capacity = problem.capacity;
    this.objective = goal.objective();
    this.side = goal.side();
    this.requires = Precedence.withOrderOfEqualCandidates(goal, MAX_PAIRS);
    this.dependents = Precedence.dependentsOf(requires);
    this.topological = Precedence.topological(requires, dependents);
    this.lo = new int[n];
    this.hi = new int[n];
    this.placed = new boolean[n];
    this.used = new int[weeks + 1];
    this.undecided = new int[n];
    this.room = new double[weeks];
    this.durations = new int[n];
    for (int i = 0; i < n; i++) {
      lo[i] = goal.movable()[i] ? 0 : weeks;
      hi[i] = weeks;
    }
  }

  /** {@return a mark to {@link #undo} back to} */
  int mark() {
    return trailSize;
  }

  private void record(int kind, int item, int old) {
    trail = Growth.toHold(trail, trailSize + 3);
    trail[trailSize++] = kind;
    trail[trailSize++] = item;
    trail[trailSize++] = old;
  }

  void setLo(int i, int week) {
    if (week > lo[i]) {
      record(LO, i, lo[i]);
      lo[i] = week;
    }
  }

  void setHi(int i, int week) {
    if (week < hi[i]) {
      record(HI, i, hi[i]);
      hi[i] = week;
    }
  }

  /** Undoes every change made since {@code mark}. */
  void undo(int mark) {
    while (trailSize > mark) {
      int old = trail[--trailSize];
      int item = trail[--trailSize];
      int kind = trail[--trailSize];
      if (kind == LO) {
        lo[item] = old;
      } else if (kind == HI) {
        hi[item] = old;
      } else {
        placed[item] = false;
        if (old < weeks) {
          used[old] -= minutes[item];
          fixedObjective -= objective[item * stride + old];
          if (side != null) {
            fixedSide -= side[item * stride + old];
          }
        }
      }
    }
  }

  /** Makes the domains consistent; false when some candidate has no week left. */
  boolean propagate() {
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int i : topological) {
        for (int r : requires[i]) {
          if (lo[i] < lo[r]) {
            setLo(i, lo[r]);
            changed = true;
          }
        }
      }
      for (int k = n - 1; k >= 0; k--) {
        int i = topological[k];
        for (int r : requires[i]) {
          if (hi[r] > hi[i]) {
            setHi(r, hi[i]);
            changed = true;
          }
        }
      }
      for (int i = 0; i < n; i++) {
        if (lo[i] > hi[i]) {
          return false;
        }
        if (placed[i]) {
          continue;
        }
        while (lo[i] < weeks && lo[i] <= hi[i] && minutes[i] > capacity[lo[i]] - used[lo[i]]) {
          setLo(i, lo[i] + 1);
          changed = true;
        }
        while (hi[i] < weeks && hi[i] >= lo[i] && minutes[i] > capacity[hi[i]] - used[hi[i]]) {
          setHi(i, hi[i] - 1);
          changed = true;
        }
        if (lo[i] > hi[i]) {
          return false;
        }
        if (lo[i] == hi[i]) {
          place(i, lo[i]);
          changed = true;
        }
      }
    }
    return true;
  }

  private void place(int i, int week) {
    placed[i] = true;
    record(PLACE, i, week);
    if (week < weeks) {
      used[week] += minutes[i];
      fixedObjective += objective[i * stride + week];
      if (side != null) {
        fixedSide += side[i * stride + week];
      }
    }
  }

  /** Collects the {@link #undecided} candidates. */
  void collect() {
    int count = 0;
    for (int i : topological) {
      if (lo[i] < hi[i]) {
        undecided[count++] = i;
      }
    }
    undecidedCount = count;
  }

  /**
   * Measures each week's {@link #room} from the open week on, lowered to the largest sum of
   * durations of undecided candidates that fits it.
   */
  void measureRoom() {
    for (int w = current; w < weeks; w++) {
      room[w] = capacity[w] - used[w];
    }
    room[current] = subsetSum((int) room[current], current, true);
    int cached = -1;
    int reached = 0;
    for (int w = current + 1; w < weeks; w++) {
      int r = (int) room[w];
      if (r != cached) {
        cached = r;
        reached = subsetSum(r, w, false);
      }
      room[w] = reached;
    }
  }

  /**
   * The largest sum of durations of undecided candidates up to {@code limit}: those that may go in
   * {@code week} when {@code exactWeek} (the open week), else all (a superset for later weeks).
   */
  int subsetSum(int limit, int week, boolean exactWeek) {
    int count = 0;
    for (int k = 0; k < undecidedCount; k++) {
      int i = undecided[k];
      if (!exactWeek || lo[i] == week) {
        durations[count++] = minutes[i];
      }
    }
    return subsetSums.largest(limit, durations, count);
  }
}
