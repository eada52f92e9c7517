package dev.leverage.planning;

import dev.leverage.internal.Growth;
import java.util.Arrays;

/**
 * Improves a feasible several-weeks schedule in place by moves that keep it feasible: a candidate
 * to another week (or out), two candidates of different weeks swapped, a candidate added together
 * with the requirements it still lacks. Stops when no move gains more than the tolerance, or after
 * a bounded number of passes. Stateless.
 */
final class LocalSearch {
  private static final int MAX_PASSES = 64;
  private static final int MAX_BUNDLE = 8;

  private final ScheduleProblem p;
  private final int weeks;
  private final int stride;
  private final double[] objective;
  private final double[] side;
  private final double floor;
  private final boolean[] movable;
  private final int[] schedule;
  private final long[] load;
  private double sideTotal;

  private LocalSearch(ScheduleGoal goal, int[] schedule) {
    this.p = goal.problem();
    this.weeks = goal.weeks();
    this.stride = p.weeks;
    this.objective = goal.objective();
    this.side = goal.side();
    this.floor = goal.floor();
    this.movable = goal.movable();
    this.schedule = schedule;
    this.load = new long[weeks];
    for (int i = 0; i < p.n; i++) {
      if (schedule[i] >= 0) {
        load[schedule[i]] += p.minutes[i];
        sideTotal += side == null ? 0 : side[i * stride + schedule[i]];
      }
    }
  }

  /**
   * Improves {@code schedule} (a week per candidate below the goal's weeks, −1 for not done;
   * feasible, with the side value at least the floor when held) in place.
   */
  static void improve(ScheduleGoal goal, int[] schedule) {
    new LocalSearch(goal, schedule).run();
  }

  private void run() {
    for (int pass = 0; pass < MAX_PASSES; pass++) {
      boolean improved = false;
      for (int i = 0; i < p.n; i++) {
        improved |= relocate(i);
      }
      for (int i = 0; i < p.n; i++) {
        if (schedule[i] < 0 && movable[i]) {
          improved |= insertWithRequirements(i);
        }
      }
      if (p.n <= 400) {
        for (int i = 0; i < p.n; i++) {
          for (int j = i + 1; j < p.n; j++) {
            improved |= swap(i, j);
          }
        }
      }
      if (!improved) {
        for (int w = 0; w < weeks; w++) {
          improved |= refill(w);
        }
      }
      if (!improved) {
        return;
      }
    }
  }

  private double value(double[] values, int i, int w) {
    return w < 0 || values == null ? 0 : values[i * stride + w];
  }

  private static boolean gains(double gain, double scale) {
    return gain > ScheduleSearch.TOLERANCE * Math.max(1, Math.abs(scale));
  }

  /** True when candidate {@code i} may be in week {@code w} (−1: not done) as to requirements. */
  private boolean ordered(int i, int w) {
    if (w < 0) {
      for (int d : p.dependents[i]) {
        if (schedule[d] >= 0) {
          return false;
        }
      }
      return true;
    }
    for (int r : p.requires[i]) {
      if (schedule[r] < 0 || schedule[r] > w) {
        return false;
      }
    }
    for (int d : p.dependents[i]) {
      if (schedule[d] >= 0 && schedule[d] < w) {
        return false;
      }
    }
    return true;
  }

  private boolean relocate(int i) {
    int from = schedule[i];
    int bestWeek = from;
    double bestGain = 0;
    double here = value(objective, i, from);
    for (int w = -1; w < weeks; w++) {
      if (w == from || (w >= 0 && !movable[i])) {
        continue;
      }
      if (w >= 0 && load[w] + p.minutes[i] > p.capacity[w]) {
        continue;
      }
      double gain = value(objective, i, w) - here;
      if (!(gain > bestGain) || !gains(gain, here)) {
        continue;
      }
      if (side != null && sideTotal - value(side, i, from) + value(side, i, w) < floor) {
        continue;
      }
      if (ordered(i, w)) {
        bestGain = gain;
        bestWeek = w;
      }
    }
    if (bestWeek == from) {
      return false;
    }
    move(i, bestWeek);
    return true;
  }

  private void move(int i, int w) {
    int from = schedule[i];
    if (from >= 0) {
      load[from] -= p.minutes[i];
    }
    sideTotal += value(side, i, w) - value(side, i, from);
    schedule[i] = w;
    if (w >= 0) {
      load[w] += p.minutes[i];
    }
  }

  private boolean swap(int i, int j) {
    int a = schedule[i];
    int b = schedule[j];
    if (a == b || (b >= 0 && !movable[i]) || (a >= 0 && !movable[j])) {
      return false;
    }
    double gain =
        value(objective, i, b)
            + value(objective, j, a)
            - value(objective, i, a)
            - value(objective, j, b);
    if (!gains(gain, value(objective, i, a) + value(objective, j, b))) {
      return false;
    }
    int mi = p.minutes[i];
    int mj = p.minutes[j];
    if (a >= 0 && load[a] - mi + mj > p.capacity[a]) {
      return false;
    }
    if (b >= 0 && load[b] - mj + mi > p.capacity[b]) {
      return false;
    }
    if (side != null) {
      double after =
          sideTotal + value(side, i, b) + value(side, j, a) - value(side, i, a) - value(side, j, b);
      if (after < floor) {
        return false;
      }
    }
    schedule[i] = b;
    schedule[j] = a;
    if (ordered(i, b) && ordered(j, a)) {
      schedule[i] = a;
      schedule[j] = b;
      move(i, -1);
      move(j, a);
      move(i, b);
      return true;
    }
    schedule[i] = a;
    schedule[j] = b;
    return false;
  }

  private int[] sackItem = new int[16];
  private int[] sackWeight = new int[16];
  private double[] sackGain = new double[16];
  private static final long MAX_CELLS = 4_000_000L;

  /**
   * Chooses the candidates of week {@code w} anew, exactly (a knapsack): those in it may stay or be
   * dropped, those not done or done later may move in, each for what it gains over where it is.
   * Candidates that something done needs stay; moves keep the requirements.
   */
  private boolean refill(int w) {
    long room = p.capacity[w];
    int k = 0;
    double current = 0;
    boolean[] needed = new boolean[p.n];
    for (int i = 0; i < p.n; i++) {
      if (schedule[i] >= 0 || (schedule[i] != w && movable[i] && ordered(i, w))) {
        for (int r : p.requires[i]) {
          needed[r] |= schedule[r] == w;
        }
      }
    }
    boolean[] stays = new boolean[p.n];
    for (int i = 0; i < p.n; i++) {
      int at = schedule[i];
      double gain;
      if (at == w) {
        if (needed[i] || side != null && value(side, i, w) != 0) {
          stays[i] = true;
          room -= p.minutes[i];
          continue;
        }
        gain = value(objective, i, w);
        current += gain;
      } else {
        if (!movable[i] || (side != null && value(side, i, at) != 0)) {
          continue;
        }
        if (!ordered(i, w)) {
          continue;
        }
        gain = value(objective, i, w) - value(objective, i, at);
      }
      if (gain <= 0 || p.minutes[i] > p.capacity[w]) {
        continue;
      }
      sackItem = Growth.toHold(sackItem, k + 1);
      sackWeight = Growth.toHold(sackWeight, k + 1);
      sackGain = Growth.toHold(sackGain, k + 1);
      sackItem[k] = i;
      sackWeight[k] = p.minutes[i];
      sackGain[k] = gain;
      k++;
    }
    if (room <= 0 || k == 0) {
      return false;
    }
    int divisor = 0;
    for (int j = 0; j < k; j++) {
      divisor = Sack.gcd(divisor, sackWeight[j]);
    }
    int cells = (int) (room / divisor);
    if ((long) (cells + 1) * k > MAX_CELLS) {
      return false;
    }
    double[] table = new double[cells + 1];
    long[] taken = new long[(int) (((long) (cells + 1) * k + 63) >>> 6)];
    for (int j = 0; j < k; j++) {
      int weight = sackWeight[j] / divisor;
      for (int c = cells; c >= weight; c--) {
        double take = table[c - weight] + sackGain[j];
        if (take > table[c]) {
          table[c] = take;
          long cell = (long) j * (cells + 1) + c;
          taken[(int) (cell >>> 6)] |= 1L << cell;
        }
      }
    }
    if (!gains(table[cells] - current, current)) {
      return false;
    }
    boolean[] in = new boolean[k];
    int c = cells;
    for (int j = k - 1; j >= 0; j--) {
      long cell = (long) j * (cells + 1) + c;
      if ((taken[(int) (cell >>> 6)] & (1L << cell)) != 0) {
        in[j] = true;
        c -= sackWeight[j] / divisor;
      }
    }
    for (int j = 0; j < k; j++) {
      stays[sackItem[j]] = in[j];
    }
    for (int i = 0; i < p.n; i++) {
      if (schedule[i] == w && !stays[i]) {
        move(i, -1);
      }
    }
    for (int j = 0; j < k; j++) {
      if (in[j] && schedule[sackItem[j]] != w) {
        move(sackItem[j], w);
      }
    }
    return true;
  }

  /** Adds candidate {@code i} with the requirements it lacks, all in one week, when that gains. */
  private boolean insertWithRequirements(int i) {
    int[] bundle = new int[MAX_BUNDLE];
    int size = 0;
    int[] todo = new int[MAX_BUNDLE * 4];
    int top = 0;
    todo[top++] = i;
    int earliest = 0;
    while (top > 0) {
      int next = todo[--top];
      boolean seen = false;
      for (int k = 0; k < size; k++) {
        seen |= bundle[k] == next;
      }
      if (seen) {
        continue;
      }
      if (size == MAX_BUNDLE || !movable[next]) {
        return false;
      }
      bundle[size++] = next;
      for (int r : p.requires[next]) {
        if (schedule[r] >= 0) {
          earliest = Math.max(earliest, schedule[r]);
        } else {
          if (top == todo.length) {
            return false;
          }
          todo[top++] = r;
        }
      }
    }
    if (size == 1) {
      return false;
    }
    long minutes = 0;
    for (int k = 0; k < size; k++) {
      minutes += p.minutes[bundle[k]];
    }
    int bestWeek = -1;
    double bestGain = 0;
    for (int w = earliest; w < weeks; w++) {
      if (load[w] + minutes > p.capacity[w]) {
        continue;
      }
      double gain = 0;
      double sideGain = 0;
      for (int k = 0; k < size; k++) {
        gain += value(objective, bundle[k], w);
        sideGain += value(side, bundle[k], w);
      }
      if (gain > bestGain && gains(gain, 0) && (side == null || sideTotal + sideGain >= floor)) {
        bestGain = gain;
        bestWeek = w;
      }
    }
    if (bestWeek < 0) {
      return false;
    }
    int[] members = Arrays.copyOf(bundle, size);
    for (int k : members) {
      move(k, bestWeek);
    }
    return true;
  }
}
