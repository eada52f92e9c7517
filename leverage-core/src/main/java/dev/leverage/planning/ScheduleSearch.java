package dev.leverage.planning;

import dev.leverage.internal.Growth;

/**
 * Branch and bound for a several-weeks schedule that reaches a {@link ScheduleGoal}: the most of
 * one objective, optionally with a second one held at or above a floor (how foundation first is
 * solved: the foundation output first, then the output with the foundation output held).
 *
 * <p><b>Search.</b> Week by week. Every candidate has a domain of weeks ({@link WeekDomains}); the
 * earliest open week is filled by deciding, one candidate at a time, "this week" or "later".
 * Branches are bounded by a {@link LagrangianBound} and cut off by the {@link Dominance} rules; the
 * best schedule found is the {@link Incumbent}.
 *
 * <p><b>Limits.</b> After {@code nodeLimit} nodes the search stops; the bounds of the branches left
 * open then bound what it could still find. Values within a relative {@link #TOLERANCE} count as
 * equal. Memory is {@code O(n·weeks)} plus a table of at most {@link Dominance#TABLE_BYTES} bytes,
 * whatever the search does. Not thread-safe while running.
 */
final class ScheduleSearch {
  static final double TOLERANCE = 1e-9;

  private static final int ROOT_ITERATIONS = 400;
  private static final int WEEK_ITERATIONS = 8;
  private static final int INNER_ITERATIONS = 3;
  private static final int MAX_REDUCTIONS = 3;

  private final WeekDomains d;
  private final Incumbent incumbent;
  private final Dominance dominance;
  private final RequirementForest forest;
  private final LagrangianBound lagrangian;
  private final long nodeLimit;

  // One frame per branching: the trail mark, the branch taken and the bound of the node.
  private int[] frameMark = new int[64];
  private int[] frameItem = new int[64];
  private int[] frameCurrent = new int[64];
  private boolean[] frameIn = new boolean[64];
  private boolean[] frameDone = new boolean[64];
  private double[] frameBound = new double[64];
  private int frames;

  /** Nodes evaluated. */
  long nodes;

  /** True when the search finished: the best schedule found is the best there is. */
  boolean complete;

  /** The bound of the root node. */
  double rootBound = Double.POSITIVE_INFINITY;

  /** An upper bound on the objective of every schedule: the best found when complete. */
  double upperBound;

  private ScheduleSearch(ScheduleGoal goal, int[] start, long nodeLimit) {
    this.d = new WeekDomains(goal);
    this.incumbent = new Incumbent(d, start);
    this.dominance = new Dominance(d);
    this.forest = new RequirementForest(d);
    this.lagrangian = new LagrangianBound(d, forest, incumbent);
    this.nodeLimit = nodeLimit;
  }

  /**
   * Searches for the schedule that reaches {@code goal}, stopping after {@code nodeLimit} nodes.
   *
   * @param start a feasible schedule to start from (with the side value at least the floor), or
   *     null for nothing done
   */
  static ScheduleSearch run(ScheduleGoal goal, int[] start, long nodeLimit) {
    ScheduleSearch search = new ScheduleSearch(goal, start, nodeLimit);
    search.search();
    return search;
  }

  /** The best schedule found: a week per candidate, −1 for not done. */
  int[] schedule() {
    return incumbent.schedule();
  }

  double bestObjective() {
    return incumbent.objective();
  }

  private void search() {
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
    upperBound = incumbent.objective();
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
      upperBound = Math.max(incumbent.objective(), Math.min(open, rootBound));
    }
  }

  /** Evaluates the node of the current domains; true when it branched (pushed a frame). */
  private boolean process(boolean root) {
    nodes++;
    int reductions = 0;
    while (true) {
      if (!d.propagate()) {
        return false;
      }
      int next = d.weeks;
      for (int i = 0; i < d.n; i++) {
        if (d.lo[i] < d.hi[i] && d.lo[i] < next) {
          next = d.lo[i];
        }
      }
      for (int w = d.current; w < next; w++) {
        if (dominance.dominated(w)) {
          return false;
        }
      }
      boolean closedWeek = next > d.current;
      if (closedWeek && next < d.weeks && dominance.seenBefore(next - 1)) {
        return false;
      }
      d.current = next;
      if (d.current >= d.weeks) {
        leaf();
        return false;
      }
      if (dominance.cannotFill()) {
        return false;
      }
      boolean first = root && reductions == 0;
      double bound =
          lagrangian.bound(
              first ? ROOT_ITERATIONS : closedWeek ? WEEK_ITERATIONS : INNER_ITERATIONS);
      if (first) {
        rootBound = bound;
        incumbent.repair(forest.choice);
      }
      if (!(bound > incumbent.target())) {
        return false;
      }
      if (reductions < MAX_REDUCTIONS
          && forest.fixByReducedCosts(lagrangian.forestBound(), incumbent.target())) {
        reductions++;
        continue;
      }
      int item = forest.branchItem();
      pushFrame(item, bound);
      applyBranch(item, forest.preferIn);
      return true;
    }
  }

  private void pushFrame(int item, double bound) {
    int size = frames + 1;
    frameMark = Growth.toHold(frameMark, size);
    frameItem = Growth.toHold(frameItem, size);
    frameCurrent = Growth.toHold(frameCurrent, size);
    frameIn = Growth.toHold(frameIn, size);
    frameDone = Growth.toHold(frameDone, size);
    frameBound = Growth.toHold(frameBound, size);
    frameMark[frames] = d.mark();
    frameItem[frames] = item;
    frameCurrent[frames] = d.current;
    frameIn[frames] = forest.preferIn;
    frameDone[frames] = false;
    frameBound[frames] = bound;
    frames++;
  }

  private void applyBranch(int item, boolean in) {
    if (in) {
      d.setHi(item, d.current);
    } else {
      d.setLo(item, d.current + 1);
    }
  }

  /** Undoes to the deepest frame with an untried branch and applies it; false when none is left. */
  private boolean backtrack() {
    while (frames > 0) {
      int f = frames - 1;
      d.undo(frameMark[f]);
      d.current = frameCurrent[f];
      if (frameDone[f] || !(frameBound[f] > incumbent.target())) {
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
    int[] schedule = new int[d.n];
    for (int i = 0; i < d.n; i++) {
      schedule[i] = d.lo[i] >= d.weeks ? -1 : d.lo[i];
    }
    incumbent.offer(schedule);
  }
}
