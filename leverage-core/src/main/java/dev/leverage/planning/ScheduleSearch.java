package dev.leverage.planning;

import java.util.Arrays;

/**
 * Branch and bound for a several-weeks schedule that reaches a {@link ScheduleGoal}: the most of
 * one objective, optionally with a second one held at or above a floor (how foundation first is
 * solved: the foundation output first, then the output with the foundation output held).
 *
 * <p><b>Search.</b> Week by week. Every candidate has a domain of weeks {@code [lo, hi]}, where
 * week {@code weeks} stands for "not done"; the earliest open week is filled by deciding, one
 * candidate at a time, "this week" or "later". Requirements keep the domains consistent ({@code lo}
 * of a candidate at least that of its requirements, {@code hi} of a requirement at most that of
 * what needs it), and a candidate that no longer fits the open week moves on.
 *
 * <p><b>Bound.</b> A Lagrangian relaxation of the weekly capacities, one price per minute of each
 * week (and one for the floor): each candidate then picks its best week on its own, except that it
 * keeps one of its requirements, which makes the requirements a forest solved exactly by a dynamic
 * program over weeks; the requirements it drops get prices of their own. Any prices give a proven
 * upper bound; a projected subgradient method (Polyak steps towards the best schedule found,
 * warm-started from the previous node) tightens it. The open week's capacity is also kept exactly
 * in a second bound (a knapsack at the same prices). Capacities are first lowered to the largest
 * sum of durations that fits them, and weeks whose price rules a candidate out are removed from its
 * domain (reduced-cost fixing). The relaxed schedule is offered as a schedule whenever it fits.
 *
 * <p><b>Dominance.</b> Among the best schedules, take one with the smallest sum of the weeks of the
 * candidates done; none of the following cuts it off. A candidate that could move into an earlier
 * week's leftover room, with its requirements done by then, without being worth less there (and
 * worth more than nothing, if it is not done): the week is closed only when none is left (and is
 * given up early when it can no longer be filled past one). Two candidates of closed weeks, or one
 * not done, whose swap strictly gains. A week closed with the same candidates done as an earlier
 * node whose past was at least as good ({@link Transpositions}). Candidates of equal duration that
 * need nothing and that nothing needs are ordered when one loses at least as much as the other by
 * every week of delay.
 *
 * <p><b>Limits.</b> After {@code nodeLimit} nodes the search stops; the bounds of the branches left
 * open then bound what it could still find. Values within a relative 1e−9 count as equal. Memory is
 * {@code O(n·weeks)} plus a table of at most {@link #TABLE_BYTES} bytes, whatever the search does.
 * Not thread-safe while running.
 */
final class ScheduleSearch {
  static final double TOLERANCE = 1e-9;

  /** The most memory the table of explored pasts may take. */
  static final long TABLE_BYTES = 8L << 20;

  private static final int ROOT_ITERATIONS = 400;
  private static final int WEEK_ITERATIONS = 8;
  private static final int INNER_ITERATIONS = 3;
  private static final int MAX_REDUCTIONS = 3;
  private static final int MAX_PAIRS = 400;
  private static final long MAX_KNAPSACK_CELLS = 4_000_000L;

  private static final int LO = 0;
  private static final int HI = 1;
  private static final int PLACE = 2;

  private final ScheduleGoal goal;
  private final ScheduleProblem problem;
  private final int n;
  private final int weeks;
  private final int stride;
  private final int[] minutes;
  private final int[] capacity;
  private final double[] objective;
  private final double[] side;
  private final double floor;
  private final long nodeLimit;
  private final boolean[] movable;

  /** Requirements and the order of equal candidates, as the search sees them. */
  private final int[][] requires;

  private final int[][] dependents;
  private final int[] topological;

  // Domains, with a trail to undo them.
  private final int[] lo;
  private final int[] hi;
  private final boolean[] placed;
  private final int[] used;
  private double fixedObjective;
  private double fixedSide;
  private int current;
  private int[] trail = new int[256];
  private int trailSize;

  // One frame per branching: the trail mark, the branch taken and the bound of the node.
  private int[] frameMark = new int[64];
  private int[] frameItem = new int[64];
  private int[] frameCurrent = new int[64];
  private boolean[] frameIn = new boolean[64];
  private boolean[] frameDone = new boolean[64];
  private double[] frameBound = new double[64];
  private int frames;

  private final int[] best;
  private double bestObjective;
  private boolean improving;

  private final Transpositions transpositions;
  private final long[] doneSet;

  // Lagrangian prices and working memory.
  private final double[] rho;
  private final double[] bestRho;
  private double mu;
  private double bestMu;
  private double theta = 1;
  private final int[] edgeStart;
  private final double[] edgePrice;
  private final double[] bestEdgePrice;
  private final int[] dropped;
  private final int[] droppedDependent;
  private final int[] droppedRequirement;
  private int droppedCount;
  private final int[] undecided;
  private int undecidedCount;
  private final int[] parent;
  private final int[] childStart;
  private final int[] childFill;
  private final int[] children;
  private final double[] value;
  private final double[] suffix;
  private final int[] suffixAt;
  private final double[] adjust;
  private final double[] edgeSuffix;
  private final int[] choice;
  private final int[] relaxed;
  private final long[] usage;
  private final double[] room;
  private final SubsetSum subsetSums = new SubsetSum();
  private final int[] durations;
  private final Sack sack = new Sack();
  private double forestBound;
  private boolean preferIn;

  /** Nodes evaluated. */
  long nodes;

  /** True when the search finished: the best schedule found is the best there is. */
  boolean complete;

  /** The bound of the root node. */
  double rootBound = Double.POSITIVE_INFINITY;

  /** An upper bound on the objective of every schedule: the best found when complete. */
  double upperBound;

  private ScheduleSearch(ScheduleGoal goal, long nodeLimit) {
    this.goal = goal;
    this.problem = goal.problem;
    this.n = problem.n;
    this.weeks = goal.weeks;
    this.stride = problem.weeks;
    this.minutes = problem.minutes;
    this.capacity = problem.capacity;
    this.objective = goal.objective;
    this.side = goal.side;
    this.floor = goal.floor;
    this.movable = goal.movable;
    this.nodeLimit = nodeLimit;
    this.requires = Precedence.withOrderOfEqualCandidates(goal, MAX_PAIRS);
    this.dependents = Precedence.dependentsOf(requires);
    this.topological = Precedence.topological(requires, dependents);
    this.lo = new int[n];
    this.hi = new int[n];
    this.placed = new boolean[n];
    this.used = new int[weeks + 1];
    this.best = new int[n];
    int words = (n >>> 6) + 1;
    this.doneSet = new long[words];
    this.transpositions = new Transpositions(n, (int) (TABLE_BYTES / (8L * (words + 4))));
    this.rho = new double[weeks];
    this.bestRho = new double[weeks];
    this.edgeStart = new int[n + 1];
    for (int i = 0; i < n; i++) {
      edgeStart[i + 1] = edgeStart[i] + requires[i].length;
    }
    int edges = edgeStart[n];
    this.edgePrice = new double[edges * weeks];
    this.bestEdgePrice = new double[edges * weeks];
    this.dropped = new int[edges];
    this.droppedDependent = new int[edges];
    this.droppedRequirement = new int[edges];
    this.undecided = new int[n];
    this.parent = new int[n];
    this.childStart = new int[n + 1];
    this.childFill = new int[n];
    this.children = new int[n];
    int cells = n * (weeks + 1);
    this.value = new double[cells];
    this.suffix = new double[cells];
    this.suffixAt = new int[cells];
    this.adjust = new double[cells];
    this.edgeSuffix = new double[weeks + 1];
    this.choice = new int[n];
    this.relaxed = new int[n];
    this.usage = new long[weeks];
    this.room = new double[weeks];
    this.durations = new int[n];
  }

  /**
   * Searches for the schedule that reaches {@code goal}, stopping after {@code nodeLimit} nodes.
   *
   * @param start a feasible schedule to start from (with the side value at least the floor), or
   *     null for nothing done
   */
  static ScheduleSearch run(ScheduleGoal goal, int[] start, long nodeLimit) {
    ScheduleSearch search = new ScheduleSearch(goal, nodeLimit);
    search.search(start);
    return search;
  }

  /** The best schedule found: a week per candidate, −1 for not done. */
  int[] schedule() {
    return best.clone();
  }

  double bestObjective() {
    return bestObjective;
  }

  // ---------------------------------------------------------------------------------------------
  // Search.

  private void search(int[] start) {
    Arrays.fill(best, -1);
    if (start != null) {
      for (int i = 0; i < n; i++) {
        best[i] = start[i] >= weeks ? -1 : start[i];
      }
    }
    bestObjective = total(objective, best);
    for (int i = 0; i < n; i++) {
      lo[i] = movable[i] ? 0 : weeks;
      hi[i] = weeks;
    }
    improveByLocalSearch(best.clone());
    boolean branched = process(true);
    while (true) {
      if (!branched && !backtrack()) {
        complete = true;
        break;
      }
      if (nodes >= nodeLimit) {
        break;
      }
      branched = process(false);
    }
    upperBound = bestObjective;
    if (!complete) {
      // The open branches: the untried alternatives, and the node being evaluated (under the
      // deepest frame).
      double open = rootBound;
      if (frames > 0) {
        open = Double.NEGATIVE_INFINITY;
        for (int f = 0; f < frames; f++) {
          if (!frameDone[f] || f == frames - 1) {
            open = Math.max(open, frameBound[f]);
          }
        }
      }
      upperBound = Math.max(bestObjective, Math.min(open, rootBound));
    }
  }

  /** Evaluates the node of the current domains; true when it branched (pushed a frame). */
  private boolean process(boolean root) {
    nodes++;
    int reductions = 0;
    while (true) {
      if (!propagate()) {
        return false;
      }
      int next = weeks;
      for (int i = 0; i < n; i++) {
        if (lo[i] < hi[i] && lo[i] < next) {
          next = lo[i];
        }
      }
      for (int w = current; w < next; w++) {
        if (dominated(w)) {
          return false;
        }
      }
      boolean closedWeek = next > current;
      if (closedWeek && next < weeks && seenBefore(next - 1)) {
        return false;
      }
      current = next;
      if (current >= weeks) {
        leaf();
        return false;
      }
      if (cannotFill()) {
        return false;
      }
      boolean first = root && reductions == 0;
      double bound =
          lagrangian(first ? ROOT_ITERATIONS : closedWeek ? WEEK_ITERATIONS : INNER_ITERATIONS);
      if (first) {
        rootBound = bound;
        repairHeuristic();
      }
      if (!(bound > target())) {
        return false;
      }
      if (reductions < MAX_REDUCTIONS && fixByReducedCosts(forestBound)) {
        reductions++;
        continue;
      }
      int item = branchItem();
      pushFrame(item, bound);
      applyBranch(item, preferIn);
      return true;
    }
  }

  private double target() {
    return bestObjective + TOLERANCE * Math.max(1, Math.abs(bestObjective));
  }

  private void pushFrame(int item, double bound) {
    if (frames == frameMark.length) {
      int size = frames * 2;
      frameMark = Arrays.copyOf(frameMark, size);
      frameItem = Arrays.copyOf(frameItem, size);
      frameCurrent = Arrays.copyOf(frameCurrent, size);
      frameIn = Arrays.copyOf(frameIn, size);
      frameDone = Arrays.copyOf(frameDone, size);
      frameBound = Arrays.copyOf(frameBound, size);
    }
    frameMark[frames] = trailSize;
    frameItem[frames] = item;
    frameCurrent[frames] = current;
    frameIn[frames] = preferIn;
    frameDone[frames] = false;
    frameBound[frames] = bound;
    frames++;
  }

  private void applyBranch(int item, boolean in) {
    if (in) {
      setHi(item, current);
    } else {
      setLo(item, current + 1);
    }
  }

  /** Undoes to the deepest frame with an untried branch and applies it; false when none is left. */
  private boolean backtrack() {
    while (frames > 0) {
      int f = frames - 1;
      undo(frameMark[f]);
      current = frameCurrent[f];
      if (frameDone[f] || !(frameBound[f] > target())) {
        frames--;
        continue;
      }
      frameDone[f] = true;
      applyBranch(frameItem[f], !frameIn[f]);
      return true;
    }
    return false;
  }

  private void leaf() {
    int[] schedule = new int[n];
    for (int i = 0; i < n; i++) {
      schedule[i] = lo[i] >= weeks ? -1 : lo[i];
    }
    offer(schedule);
  }

  /** Takes {@code schedule} (feasible) as the best when it is better, then tries to improve it. */
  private void offer(int[] schedule) {
    if (side != null && total(side, schedule) < floor) {
      return;
    }
    double total = total(objective, schedule);
    if (total > target()) {
      System.arraycopy(schedule, 0, best, 0, n);
      bestObjective = total;
      if (!improving) {
        improving = true;
        improveByLocalSearch(schedule.clone());
        improving = false;
      }
    }
  }

  private double total(double[] values, int[] schedule) {
    return problem.total(values, schedule);
  }

  // ---------------------------------------------------------------------------------------------
  // Domains.

  private void record(int kind, int item, int old) {
    if (trailSize + 3 > trail.length) {
      trail = Arrays.copyOf(trail, trail.length * 2);
    }
    trail[trailSize++] = kind;
    trail[trailSize++] = item;
    trail[trailSize++] = old;
  }

  private void setLo(int i, int week) {
    if (week > lo[i]) {
      record(LO, i, lo[i]);
      lo[i] = week;
    }
  }

  private void setHi(int i, int week) {
    if (week < hi[i]) {
      record(HI, i, hi[i]);
      hi[i] = week;
    }
  }

  private void undo(int mark) {
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
  private boolean propagate() {
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

  // ---------------------------------------------------------------------------------------------
  // Dominance.

  /**
   * True when week {@code w}, now closed, leaves room for a candidate done later (or not at all)
   * that could move into it without being worth less, or when a swap with an earlier week strictly
   * gains: a schedule at least as good, with a smaller sum of weeks, lies in another branch.
   */
  private boolean dominated(int w) {
    int left = capacity[w] - used[w];
    for (int i = 0; i < n; i++) {
      if (lo[i] > w && minutes[i] <= left && couldMoveInto(i, w)) {
        return true;
      }
    }
    return n <= MAX_PAIRS && exchangeable(w);
  }

  /**
   * True when candidate {@code i}, done after week {@code w} or not at all, could move into it as
   * far as its requirements and its worth are concerned.
   */
  private boolean couldMoveInto(int i, int w) {
    if (!movable[i]) {
      return false;
    }
    for (int r : requires[i]) {
      if (lo[r] != hi[r] || lo[r] > w) {
        return false;
      }
    }
    return notLater(objective, i, w) && (side == null || notLater(side, i, w));
  }

  /**
   * True when candidate {@code i} is worth at least as much in week {@code w} as in any week left,
   * and more than nothing when it may be left out (a candidate worth nothing is not done for the
   * sake of an earlier week).
   */
  private boolean notLater(double[] values, int i, int w) {
    double here = values[i * stride + w];
    if (hi[i] >= weeks && !(here > 0)) {
      return false;
    }
    int last = Math.min(hi[i], weeks - 1);
    for (int v = lo[i]; v <= last; v++) {
      if (values[i * stride + v] > here) {
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
    for (int j = 0; j < n; j++) {
      if (!movable[j]) {
        continue;
      }
      boolean atW = lo[j] == w && hi[j] == w;
      boolean out = lo[j] == weeks;
      boolean later = lo[j] > w && lo[j] < hi[j];
      if (!atW && !out && !later) {
        continue;
      }
      for (int i = 0; i < n; i++) {
        int a = lo[i];
        if (i == j || a > w || hi[i] != a || (atW && a == w)) {
          continue;
        }
        if (later) {
          if (gainsWherever(i, a, j) && swapKeepsOrder(i, a, j, weeks)) {
            return true;
          }
        } else {
          int b = atW ? w : weeks;
          if (gainsBySwap(i, a, j, b) && swapKeepsOrder(i, a, j, b)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private double worth(double[] values, int i, int week) {
    return week >= weeks ? 0 : values[i * stride + week];
  }

  /**
   * Candidate {@code i} from week {@code a} to {@code b}, {@code j} from {@code b} to {@code a}.
   */
  private boolean gainsBySwap(int i, int a, int j, int b) {
    if (capacity[a] - used[a] + minutes[i] - minutes[j] < 0
        || (b < weeks && capacity[b] - used[b] + minutes[j] - minutes[i] < 0)) {
      return false;
    }
    double before = worth(objective, i, a) + worth(objective, j, b);
    double gain = worth(objective, i, b) + worth(objective, j, a) - before;
    return gain > TOLERANCE * Math.max(1, Math.abs(before))
        && (side == null
            || worth(side, i, b) + worth(side, j, a) >= worth(side, i, a) + worth(side, j, b));
  }

  /**
   * True when undecided candidate {@code j} in week {@code a} in place of {@code i}, with {@code i}
   * wherever {@code j} would have gone (it is no longer), strictly gains wherever that is.
   */
  private boolean gainsWherever(int i, int a, int j) {
    if (capacity[a] - used[a] + minutes[i] - minutes[j] < 0 || minutes[i] > minutes[j]) {
      return false;
    }
    double before = worth(objective, i, a);
    double tolerance = TOLERANCE * Math.max(1, Math.abs(before));
    for (int b = lo[j]; b <= hi[j]; b++) {
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
    for (int r : requires[j]) {
      if (r == i || hi[r] != lo[r] || lo[r] > a) {
        return false;
      }
    }
    for (int d : dependents[i]) {
      if (d == j || (b >= weeks ? lo[d] != weeks : lo[d] < b)) {
        return false;
      }
    }
    return true;
  }

  /**
   * True when the open week can no longer be filled past the room of a candidate kept out of it
   * that could move in (so that it would be {@link #dominated} when it closes).
   */
  private boolean cannotFill() {
    int w = current;
    int left = capacity[w] - used[w];
    int smallest = Integer.MAX_VALUE;
    for (int i = 0; i < n; i++) {
      if (lo[i] > w && minutes[i] <= left && minutes[i] < smallest && couldMoveInto(i, w)) {
        smallest = minutes[i];
      }
    }
    if (smallest == Integer.MAX_VALUE) {
      return false;
    }
    collectUndecided();
    return left - subsetSum(left, w, true) >= smallest;
  }

  /**
   * True when another node closed week {@code closed} with the same candidates done and a past at
   * least as good; records this past otherwise. Only when nothing is placed after that week.
   */
  private boolean seenBefore(int closed) {
    Arrays.fill(doneSet, 0);
    double past = 0;
    double pastSide = 0;
    long sum = 0;
    for (int i = 0; i < n; i++) {
      if (lo[i] == hi[i] && lo[i] < weeks) {
        if (lo[i] > closed) {
          return false;
        }
        doneSet[i >>> 6] |= 1L << i;
        past += objective[i * stride + lo[i]];
        pastSide += side == null ? 0 : side[i * stride + lo[i]];
        sum += lo[i];
      }
    }
    return transpositions.seen(closed, doneSet, past, pastSide, sum);
  }

  // ---------------------------------------------------------------------------------------------
  // Bound.

  /**
   * The bound of the current node after up to {@code iterations} subgradient steps. Leaves the
   * prices of the best Lagrangian bound in place, with the relaxed schedule and the subtree values
   * at those prices, and that bound in {@link #forestBound}.
   */
  private double lagrangian(int iterations) {
    prepareForest();
    for (int w = current; w < weeks; w++) {
      room[w] = capacity[w] - used[w];
    }
    tightenRoom();
    double bound = Double.POSITIVE_INFINITY;
    int stale = 0;
    for (int iteration = 0; iteration < iterations; iteration++) {
      double l = evaluate(rho, mu, edgePrice);
      if (iteration == 0 || l < bound - TOLERANCE * Math.max(1, Math.abs(bound))) {
        bound = l;
        System.arraycopy(rho, 0, bestRho, 0, weeks);
        bestMu = mu;
        for (int d = 0; d < droppedCount; d++) {
          System.arraycopy(edgePrice, dropped[d] * weeks, bestEdgePrice, dropped[d] * weeks, weeks);
        }
        stale = 0;
      } else if (++stale >= 4) {
        theta = Math.max(theta / 2, 1e-4);
        stale = 0;
      }
      double target = target();
      if (!(bound > target)) {
        return bound;
      }
      offerRelaxedSchedule();
      double step = step(l - target);
      if (step == 0) {
        // A zero subgradient: these prices are optimal for the node.
        break;
      }
      for (int w = current; w < weeks; w++) {
        rho[w] = Math.max(0, rho[w] - step * (room[w] - usage[w]));
      }
      if (side != null) {
        mu = Math.max(0, mu - step * (sideOfChoice() - floor));
      }
      for (int d = 0; d < droppedCount; d++) {
        int e = dropped[d] * weeks;
        int r = choice[droppedRequirement[d]];
        int i = choice[droppedDependent[d]];
        for (int w = current; w < weeks; w++) {
          double h = (r <= w ? 1 : 0) - (i <= w ? 1 : 0);
          edgePrice[e + w] = Math.max(0, edgePrice[e + w] - step * h);
        }
      }
    }
    for (int d = 0; d < droppedCount; d++) {
      System.arraycopy(bestEdgePrice, dropped[d] * weeks, edgePrice, dropped[d] * weeks, weeks);
    }
    System.arraycopy(bestRho, 0, rho, 0, weeks);
    mu = bestMu;
    evaluate(rho, mu, edgePrice);
    theta = Math.max(theta, 0.05);
    forestBound = bound;
    if (bound > target()) {
      bound = Math.min(bound, openWeekBound());
    }
    return bound;
  }

  /** The Polyak step towards {@code excess} below the current value, or 0 at a zero subgradient. */
  private double step(double excess) {
    double norm = 0;
    for (int w = current; w < weeks; w++) {
      double g = room[w] - usage[w];
      if (rho[w] > 0 || g < 0) {
        norm += g * g;
      }
    }
    if (side != null) {
      double g = sideOfChoice() - floor;
      if (mu > 0 || g < 0) {
        norm += g * g;
      }
    }
    for (int d = 0; d < droppedCount; d++) {
      int e = dropped[d] * weeks;
      int r = choice[droppedRequirement[d]];
      int i = choice[droppedDependent[d]];
      for (int w = current; w < weeks; w++) {
        double h = (r <= w ? 1 : 0) - (i <= w ? 1 : 0);
        if (edgePrice[e + w] > 0 || h < 0) {
          norm += h * h;
        }
      }
    }
    return norm == 0 ? 0 : theta * excess / norm;
  }

  private double sideOfChoice() {
    double total = fixedSide;
    for (int k = 0; k < undecidedCount; k++) {
      int i = undecided[k];
      if (choice[i] < weeks) {
        total += side[i * stride + choice[i]];
      }
    }
    return total;
  }

  private void collectUndecided() {
    int count = 0;
    for (int i : topological) {
      if (lo[i] < hi[i]) {
        undecided[count++] = i;
      }
    }
    undecidedCount = count;
  }

  /**
   * The undecided candidates in requirement order, each keeping one undecided requirement (the
   * latest, then the most constrained), and the requirements dropped.
   */
  private void prepareForest() {
    collectUndecided();
    Arrays.fill(childStart, 0);
    droppedCount = 0;
    for (int k = 0; k < undecidedCount; k++) {
      int i = undecided[k];
      int kept = -1;
      for (int r : requires[i]) {
        if (lo[r] < hi[r] && (kept < 0 || lo[r] > lo[kept] || hi[r] < hi[kept])) {
          kept = r;
        }
      }
      parent[i] = kept;
      if (kept >= 0) {
        childStart[kept + 1]++;
      }
      int[] required = requires[i];
      for (int e = 0; e < required.length; e++) {
        int r = required[e];
        if (lo[r] < hi[r] && r != kept) {
          dropped[droppedCount] = edgeStart[i] + e;
          droppedDependent[droppedCount] = i;
          droppedRequirement[droppedCount] = r;
          droppedCount++;
        }
      }
    }
    for (int i = 0; i < n; i++) {
      childStart[i + 1] += childStart[i];
    }
    System.arraycopy(childStart, 0, childFill, 0, n);
    for (int k = 0; k < undecidedCount; k++) {
      int i = undecided[k];
      if (parent[i] >= 0) {
        children[childFill[parent[i]]++] = i;
      }
    }
  }

  /** Lowers each week's room to the largest sum of durations of candidates that fits it. */
  private void tightenRoom() {
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
  private int subsetSum(int limit, int week, boolean exactWeek) {
    int count = 0;
    for (int k = 0; k < undecidedCount; k++) {
      int i = undecided[k];
      if (!exactWeek || lo[i] == week) {
        durations[count++] = minutes[i];
      }
    }
    return subsetSums.largest(limit, durations, count);
  }

  /**
   * The Lagrangian function at the given prices: fills the subtree values (best value of each
   * candidate and what it keeps below it, for each of its weeks), their suffix maxima, the relaxed
   * choice of each candidate and the minutes it uses per week.
   */
  private double evaluate(double[] prices, double sidePrice, double[] edges) {
    boolean adjusted = droppedCount > 0;
    if (adjusted) {
      priceDroppedRequirements(edges);
    }
    double l = fixedObjective;
    if (side != null) {
      l += sidePrice * (fixedSide - floor);
    }
    for (int w = current; w < weeks; w++) {
      l += prices[w] * room[w];
      usage[w] = 0;
    }
    int width = weeks + 1;
    for (int k = undecidedCount - 1; k >= 0; k--) {
      int i = undecided[k];
      int base = i * width;
      int from = lo[i];
      int to = Math.min(hi[i], weeks - 1);
      int row = i * stride;
      for (int w = from; w <= to; w++) {
        double g = objective[row + w] - prices[w] * minutes[i];
        if (side != null) {
          g += sidePrice * side[row + w];
        }
        if (adjusted) {
          g += adjust[base + w];
        }
        value[base + w] = g;
      }
      if (hi[i] >= weeks) {
        value[base + weeks] = 0;
      }
      for (int c = childStart[i]; c < childStart[i + 1]; c++) {
        int child = children[c];
        int childBase = child * width;
        int childLo = lo[child];
        for (int w = from; w <= hi[i]; w++) {
          value[base + w] += suffix[childBase + Math.max(w, childLo)];
        }
      }
      // Suffix maxima over the domain, ties to the later week (or to not done).
      double running = Double.NEGATIVE_INFINITY;
      int at = hi[i];
      for (int w = hi[i]; w >= from; w--) {
        if (value[base + w] > running) {
          running = value[base + w];
          at = w;
        }
        suffix[base + w] = running;
        suffixAt[base + w] = at;
      }
      if (parent[i] < 0) {
        l += running;
      }
    }
    for (int k = 0; k < undecidedCount; k++) {
      int i = undecided[k];
      int p = parent[i];
      int w = suffixAt[i * width + (p < 0 ? lo[i] : Math.max(lo[i], choice[p]))];
      choice[i] = w;
      if (w < weeks) {
        usage[w] += minutes[i];
      }
    }
    return l;
  }

  /**
   * Adds to each candidate's value in each week what the prices of the dropped requirements pay: a
   * requirement done by week w earns the prices of weeks w onwards, what needs it pays them.
   */
  private void priceDroppedRequirements(double[] edges) {
    int width = weeks + 1;
    for (int k = 0; k < undecidedCount; k++) {
      int i = undecided[k];
      Arrays.fill(adjust, i * width + lo[i], i * width + hi[i] + 1, 0);
    }
    for (int d = 0; d < droppedCount; d++) {
      int e = dropped[d];
      double total = 0;
      for (int w = weeks - 1; w >= current; w--) {
        total += edges[e * weeks + w];
        edgeSuffix[w] = total;
      }
      if (total == 0) {
        continue;
      }
      int r = droppedRequirement[d];
      int i = droppedDependent[d];
      for (int w = lo[r]; w <= Math.min(hi[r], weeks - 1); w++) {
        adjust[r * width + w] += edgeSuffix[w];
      }
      for (int w = lo[i]; w <= Math.min(hi[i], weeks - 1); w++) {
        adjust[i * width + w] -= edgeSuffix[w];
      }
    }
  }

  /** Offers the relaxed schedule when it keeps the capacities and every requirement. */
  private void offerRelaxedSchedule() {
    for (int w = current; w < weeks; w++) {
      if (usage[w] > capacity[w] - used[w]) {
        return;
      }
    }
    for (int i = 0; i < n; i++) {
      relaxed[i] = lo[i] == hi[i] ? lo[i] : choice[i];
      if (relaxed[i] >= weeks) {
        relaxed[i] = -1;
      }
    }
    for (int k = 0; k < undecidedCount; k++) {
      int i = undecided[k];
      if (relaxed[i] >= 0) {
        for (int r : requires[i]) {
          if (relaxed[r] < 0 || relaxed[r] > relaxed[i]) {
            return;
          }
        }
      }
    }
    offer(relaxed.clone());
  }

  /**
   * The Lagrangian bound at the current prices that keeps the open week's capacity exactly: each
   * candidate is in the open week or in its best other week at the prices (a knapsack), with the
   * requirements among undecided candidates dropped.
   */
  private double openWeekBound() {
    int open = current;
    double l = fixedObjective;
    if (side != null) {
      l += mu * (fixedSide - floor);
    }
    for (int w = open + 1; w < weeks; w++) {
      l += rho[w] * room[w];
    }
    long left = capacity[open] - used[open];
    sack.clear();
    for (int c = 0; c < undecidedCount; c++) {
      int i = undecided[c];
      double out = hi[i] >= weeks ? 0 : Double.NEGATIVE_INFINITY;
      for (int w = Math.max(lo[i], open + 1); w <= Math.min(hi[i], weeks - 1); w++) {
        out = Math.max(out, gain(i, w) - rho[w] * minutes[i]);
      }
      double in = lo[i] == open ? gain(i, open) : Double.NEGATIVE_INFINITY;
      if (out == Double.NEGATIVE_INFINITY) {
        l += in;
        left -= minutes[i];
      } else {
        l += out;
        if (in > out && minutes[i] <= capacity[open] - used[open]) {
          sack.add(minutes[i], in - out);
        }
      }
    }
    return left < 0 ? Double.NEGATIVE_INFINITY : l + sack.best((int) left, MAX_KNAPSACK_CELLS);
  }

  private double gain(int i, int w) {
    double g = objective[i * stride + w];
    return side == null ? g : g + mu * side[i * stride + w];
  }

  /**
   * Removes from the ends of the domains of candidates that keep no requirement the weeks whose
   * Lagrangian bound (at the best prices) cannot beat the best schedule; true if any changed.
   */
  private boolean fixByReducedCosts(double bound) {
    double target = target();
    int width = weeks + 1;
    boolean changed = false;
    for (int k = 0; k < undecidedCount; k++) {
      int i = undecided[k];
      if (parent[i] >= 0) {
        continue;
      }
      int base = i * width;
      double top = suffix[base + lo[i]];
      int a = lo[i];
      int b = hi[i];
      while (a < b && !(bound - top + value[base + a] > target)) {
        a++;
      }
      while (b > a && !(bound - top + value[base + b] > target)) {
        b--;
      }
      if (a != lo[i] || b != hi[i]) {
        setLo(i, a);
        setHi(i, b);
        changed = true;
      }
    }
    return changed;
  }

  /**
   * The candidate of the open week whose relaxed choice is the clearest (the largest difference
   * between its value in the open week and later), and in {@link #preferIn} which way it goes.
   */
  private int branchItem() {
    int width = weeks + 1;
    int chosen = -1;
    double clearest = -1;
    for (int k = 0; k < undecidedCount; k++) {
      int i = undecided[k];
      if (lo[i] != current) {
        continue;
      }
      int base = i * width;
      double in = value[base + current];
      double later = suffix[base + current + 1];
      double regret = Math.abs(in - later);
      if (chosen < 0 || regret > clearest) {
        chosen = i;
        clearest = regret;
        preferIn = in >= later;
      }
    }
    return chosen;
  }

  // ---------------------------------------------------------------------------------------------
  // Heuristics.

  /**
   * Builds a schedule from the relaxed one at the root's prices (each candidate in the first week
   * from its relaxed one where it fits, requirements first) and improves it.
   */
  private void repairHeuristic() {
    int[] schedule = new int[n];
    Arrays.fill(schedule, -1);
    long[] load = new long[weeks];
    for (int i = 0; i < n; i++) {
      if (lo[i] == hi[i] && lo[i] < weeks) {
        schedule[i] = lo[i];
        load[lo[i]] += minutes[i];
      }
    }
    int[] rank = new int[n];
    for (int k = 0; k < n; k++) {
      rank[topological[k]] = k;
    }
    Integer[] order = new Integer[undecidedCount];
    for (int k = 0; k < undecidedCount; k++) {
      order[k] = undecided[k];
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
      int earliest = Math.max(choice[i], lo[i]);
      boolean ready = true;
      for (int r : requires[i]) {
        ready &= schedule[r] >= 0;
        earliest = Math.max(earliest, schedule[r]);
      }
      if (!ready) {
        continue;
      }
      for (int w = earliest; w <= Math.min(hi[i], weeks - 1); w++) {
        if (load[w] + minutes[i] <= capacity[w]) {
          if (objective[i * stride + w] > 0 || dependents[i].length > 0) {
            schedule[i] = w;
            load[w] += minutes[i];
          }
          break;
        }
      }
    }
    if (problem.isFeasibleWithin(schedule, weeks)
        && (side == null || total(side, schedule) >= floor)) {
      improveByLocalSearch(schedule);
    }
  }

  /** Improves {@code schedule} (feasible) by local moves and offers the result. */
  private void improveByLocalSearch(int[] schedule) {
    LocalSearch.improve(goal, schedule);
    offer(schedule);
  }
}
