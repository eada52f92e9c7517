package dev.leverage.planning;

import java.util.Arrays;

/**
 * The dominance rules of a {@link ScheduleSearch}: nodes that a schedule at least as good, with a
 * smaller sum of weeks, lies in another branch of.
 *
 * <p>Among the best schedules, take one with the smallest sum of the weeks of the candidates done;
 * none of the following cuts it off. A candidate that could move into an earlier week's leftover
 * room, with its requirements done by then, without being worth less there (and worth more than
 * nothing, if it is not done): the week is closed only when none is left (and is given up early
 * when it can no longer be filled past one). Two candidates of closed weeks, or one not done, whose
 * swap strictly gains. A week closed with the same candidates done as an earlier node whose past
 * was at least as good ({@link Transpositions}). Candidates of equal duration that need nothing and
 * that nothing needs are ordered when one loses at least as much as the other by every week of
 * delay ({@link Precedence#withOrderOfEqualCandidates}).
 *
 * <p>The table of explored pasts takes at most {@link #TABLE_BYTES} bytes. Not thread-safe.
 */
final class Dominance {
  /** The most memory the table of explored pasts may take. */
  static final long TABLE_BYTES = 8L << 20;

  private final WeekDomains d;
  private final boolean[] movable;
  private final Transpositions transpositions;
  private final long[] doneSet;

  Dominance(WeekDomains domains) {
    this.d = domains;
    this.movable = domains.goal.movable();
    int words = (d.n >>> 6) + 1;
    this.doneSet = new long[words];
    this.transpositions = new Transpositions(d.n, (int) (TABLE_BYTES / (8L * (words + 4))));
  }

  /**
   * True when week {@code w}, now closed, leaves room for a candidate done later (or not at all)
   * that could move into it without being worth less, or when a swap with an earlier week strictly
   * gains: a schedule at least as good, with a smaller sum of weeks, lies in another branch.
   */
  boolean dominated(int w) {
    int left = d.capacity[w] - d.used[w];
    for (int i = 0; i < d.n; i++) {
      if (d.lo[i] > w && d.minutes[i] <= left && couldMoveInto(i, w)) {
        return true;
      }
    }
    return d.n <= WeekDomains.MAX_PAIRS && exchangeable(w);
  }

  /**
   * True when candidate {@code i}, done after week {@code w} or not at all, could move into it as
   * far as its requirements and its worth are concerned.
   */
  private boolean couldMoveInto(int i, int w) {
    if (!movable[i]) {
      return false;
    }
    for (int r : d.requires[i]) {
      if (d.lo[r] != d.hi[r] || d.lo[r] > w) {
        return false;
      }
    }
    return notLater(d.objective, i, w) && (d.side == null || notLater(d.side, i, w));
  }

  /**
   * True when candidate {@code i} is worth at least as much in week {@code w} as in any week left,
   * and more than nothing when it may be left out (a candidate worth nothing is not done for the
   * sake of an earlier week).
   */
  private boolean notLater(double[] values, int i, int w) {
    double here = values[i * d.stride + w];
    if (d.hi[i] >= d.weeks && !(here > 0)) {
      return false;
    }
    int last = Math.min(d.hi[i], d.weeks - 1);
    for (int v = d.lo[i]; v <= last; v++) {
      if (values[i * d.stride + v] > here) {
        return false;
      }
    }
    return true;
  }

  /**
   * True when a candidate of week {@code w} (now closed), one not done, or one still to be placed
   * later could trade places with a candidate of week {@code w} or earlier and so strictly raise
   * the objective (without lowering the side value), within the capacities and the requirements.
   */
  private boolean exchangeable(int w) {
    int[] lo = d.lo;
    int[] hi = d.hi;
    for (int j = 0; j < d.n; j++) {
      if (!movable[j]) {
        continue;
      }
      boolean atW = lo[j] == w && hi[j] == w;
      boolean out = lo[j] == d.weeks;
      boolean later = lo[j] > w && lo[j] < hi[j];
      if (!atW && !out && !later) {
        continue;
      }
      for (int i = 0; i < d.n; i++) {
        int a = lo[i];
        if (i == j || a > w || hi[i] != a || (atW && a == w)) {
          continue;
        }
        if (later) {
          if (gainsWherever(i, a, j) && swapKeepsOrder(i, a, j, d.weeks)) {
            return true;
          }
        } else {
          int b = atW ? w : d.weeks;
          if (gainsBySwap(i, a, j, b) && swapKeepsOrder(i, a, j, b)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private double worth(double[] values, int i, int week) {
    return week >= d.weeks ? 0 : values[i * d.stride + week];
  }

  /**
   * Candidate {@code i} from week {@code a} to {@code b}, {@code j} from {@code b} to {@code a}.
   */
  private boolean gainsBySwap(int i, int a, int j, int b) {
    int[] minutes = d.minutes;
    if (d.capacity[a] - d.used[a] + minutes[i] - minutes[j] < 0
        || (b < d.weeks && d.capacity[b] - d.used[b] + minutes[j] - minutes[i] < 0)) {
      return false;
    }
    double[] objective = d.objective;
    double[] side = d.side;
    double before = worth(objective, i, a) + worth(objective, j, b);
    double gain = worth(objective, i, b) + worth(objective, j, a) - before;
    return gain > ScheduleSearch.TOLERANCE * Math.max(1, Math.abs(before))
        && (side == null
            || worth(side, i, b) + worth(side, j, a) >= worth(side, i, a) + worth(side, j, b));
  }

  /**
   * True when undecided candidate {@code j} in week {@code a} in place of {@code i}, with {@code i}
   * wherever {@code j} would have gone (it is no longer), strictly gains wherever that is.
   */
  private boolean gainsWherever(int i, int a, int j) {
    int[] minutes = d.minutes;
    if (d.capacity[a] - d.used[a] + minutes[i] - minutes[j] < 0 || minutes[i] > minutes[j]) {
      return false;
    }
    double[] objective = d.objective;
    double[] side = d.side;
    double before = worth(objective, i, a);
    double tolerance = ScheduleSearch.TOLERANCE * Math.max(1, Math.abs(before));
    for (int b = d.lo[j]; b <= d.hi[j]; b++) {
      double gain =
          worth(objective, i, b) + worth(objective, j, a) - before - worth(objective, j, b);
      if (!(gain > tolerance)) {
        return false;
      }
      if (side != null
          && worth(side, i, b) + worth(side, j, a) < worth(side, i, a) + worth(side, j, b)) {
        return false;
      }
    }
    return true;
  }

  /** True when the swap keeps the requirements ({@code b} = weeks: wherever, or not done). */
  private boolean swapKeepsOrder(int i, int a, int j, int b) {
    for (int r : d.requires[j]) {
      if (r == i || d.hi[r] != d.lo[r] || d.lo[r] > a) {
        return false;
      }
    }
    for (int k : d.dependents[i]) {
      if (k == j || (b >= d.weeks ? d.lo[k] != d.weeks : d.lo[k] < b)) {
        return false;
      }
    }
    return true;
  }

  /**
   * True when the open week can no longer be filled past the room of a candidate kept out of it
   * that could move in (so that it would be {@link #dominated} when it closes).
   */
  boolean cannotFill() {
    int w = d.current;
    int left = d.capacity[w] - d.used[w];
    int smallest = Integer.MAX_VALUE;
    for (int i = 0; i < d.n; i++) {
      if (d.lo[i] > w && d.minutes[i] <= left && d.minutes[i] < smallest && couldMoveInto(i, w)) {
        smallest = d.minutes[i];
      }
    }
    if (smallest == Integer.MAX_VALUE) {
      return false;
    }
    d.collect();
    return left - d.subsetSum(left, w, true) >= smallest;
  }

  /**
   * True when another node closed week {@code closed} with the same candidates done and a past at
   * least as good; records this past otherwise. Only when nothing is placed after that week.
   */
  boolean seenBefore(int closed) {
    Arrays.fill(doneSet, 0);
    double past = 0;
    double pastSide = 0;
    long sum = 0;
    for (int i = 0; i < d.n; i++) {
      if (d.lo[i] == d.hi[i] && d.lo[i] < d.weeks) {
        if (d.lo[i] > closed) {
          return false;
        }
        doneSet[i >>> 6] |= 1L << i;
        past += d.objective[i * d.stride + d.lo[i]];
        pastSide += d.side == null ? 0 : d.side[i * d.stride + d.lo[i]];
        sum += d.lo[i];
      }
    }
    return transpositions.seen(closed, doneSet, past, pastSide, sum);
  }
}
