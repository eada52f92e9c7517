package dev.leverage.planning;

/**
 * The best several-weeks schedule of a {@link ScheduleProblem}: the most output, or in
 * foundation-first mode the most foundation output and then the most output (lexicographic), found
 * by {@link ScheduleSearch}; exact, or with a proven upper bound.
 *
 * <p>Candidates that can never add output (their output is not positive in any week and nothing
 * worth doing needs them) are not done, and weeks in which no candidate has any output left (past
 * the horizon) stay empty: a schedule that does something there is worth the same without it.
 * Foundation first runs two searches: the foundation output first, then the output among schedules
 * that keep the foundation output found. Immutable after construction.
 */
final class ScheduleOptimum {
  /** The week of each candidate, −1 when it is not done. */
  final int[] week;

  final double output;
  final double foundationOutput;
  final boolean exact;

  /**
   * A proven upper bound on the output of the best schedule (in foundation-first mode: of the best
   * schedule among those with the most foundation output).
   */
  final double upperBound;

  /** A proven upper bound on the foundation output of every schedule (foundation first only). */
  final double foundationUpperBound;

  final long nodes;

  private ScheduleOptimum(
      int[] week,
      double output,
      double foundationOutput,
      boolean exact,
      double upperBound,
      double foundationUpperBound,
      long nodes) {
    this.week = week;
    this.output = output;
    this.foundationOutput = foundationOutput;
    this.exact = exact;
    this.upperBound = upperBound;
    this.foundationUpperBound = foundationUpperBound;
    this.nodes = nodes;
  }

  /** Finds the best schedule, stopping each search after {@code nodeLimit} nodes. */
  static ScheduleOptimum find(ScheduleProblem problem, boolean foundationFirst, long nodeLimit) {
    ScheduleOptimum found = search(problem, foundationFirst, nodeLimit);
    int[] week = found.week.clone();
    withoutWhatAddsNothing(problem, week);
    double output = problem.output(week);
    return new ScheduleOptimum(
        week,
        output,
        problem.foundationOutput(week),
        found.exact,
        Math.max(found.upperBound, output),
        found.foundationUpperBound,
        found.nodes);
  }

  /**
   * Leaves out, until none is left, every candidate done that is worth nothing or less where it is
   * and that nothing done requires: the output and foundation output never fall.
   */
  private static void withoutWhatAddsNothing(ScheduleProblem problem, int[] week) {
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int i = 0; i < problem.n; i++) {
        if (week[i] < 0 || problem.output(i, week[i]) > 0) {
          continue;
        }
        boolean needed = false;
        for (int d : problem.dependents[i]) {
          needed |= week[d] >= 0;
        }
        if (!needed) {
          week[i] = -1;
          changed = true;
        }
      }
    }
  }

  private static ScheduleOptimum search(
      ScheduleProblem problem, boolean foundationFirst, long nodeLimit) {
    int n = problem.n;
    double[] output = problem.output;
    if (!foundationFirst) {
      boolean[] movable = useful(problem, output);
      int weeks = lastWeek(problem, output, movable);
      ScheduleSearch search =
          ScheduleSearch.run(
              ScheduleGoal.maximize(problem, output, weeks, movable), null, nodeLimit);
      int[] week = search.schedule();
      return new ScheduleOptimum(
          week,
          problem.output(week),
          problem.foundationOutput(week),
          search.complete,
          search.complete ? problem.output(week) : search.upperBound,
          Double.NaN,
          search.nodes);
    }
    double[] foundation = new double[output.length];
    for (int i = 0; i < n; i++) {
      if (problem.foundation[i]) {
        System.arraycopy(output, i * problem.weeks, foundation, i * problem.weeks, problem.weeks);
      }
    }
    boolean[] first = useful(problem, foundation);
    ScheduleGoal foundationGoal =
        ScheduleGoal.maximize(problem, foundation, lastWeek(problem, foundation, first), first);
    ScheduleSearch secure = ScheduleSearch.run(foundationGoal, null, nodeLimit);
    int[] start = secure.schedule();
    double found = problem.foundationOutput(start);
    double floor = found - ScheduleSearch.TOLERANCE * Math.max(1, Math.abs(found));
    boolean[] movable = useful(problem, output);
    for (int i = 0; i < n; i++) {
      movable[i] |= start[i] >= 0;
    }
    int weeks = Math.max(lastWeek(problem, output, movable), lastUsed(start));
    ScheduleGoal outputGoal =
        ScheduleGoal.maximize(problem, output, weeks, movable).holding(foundation, floor);
    ScheduleSearch then = ScheduleSearch.run(outputGoal, start, nodeLimit);
    int[] week = then.schedule();
    boolean exact = secure.complete && then.complete;
    return new ScheduleOptimum(
        week,
        problem.output(week),
        problem.foundationOutput(week),
        exact,
        then.complete ? problem.output(week) : then.upperBound,
        secure.complete ? found : secure.upperBound,
        secure.nodes + then.nodes);
  }

  /**
   * Candidates that may be worth doing: positive {@code values} in some week, or needed by one that
   * is.
   */
  private static boolean[] useful(ScheduleProblem problem, double[] values) {
    boolean[] useful = new boolean[problem.n];
    for (int k = problem.n - 1; k >= 0; k--) {
      int i = problem.topological[k];
      for (int w = 0; w < problem.weeks && !useful[i]; w++) {
        useful[i] = values[i * problem.weeks + w] > 0;
      }
      for (int d : problem.dependents[i]) {
        useful[i] |= useful[d];
      }
    }
    return useful;
  }

  /** One past the last week in which a useful candidate has a value other than 0. */
  private static int lastWeek(ScheduleProblem problem, double[] values, boolean[] movable) {
    int last = 0;
    for (int i = 0; i < problem.n; i++) {
      if (movable[i]) {
        for (int w = problem.weeks - 1; w >= last; w--) {
          if (values[i * problem.weeks + w] != 0) {
            last = w + 1;
            break;
          }
        }
      }
    }
    return last;
  }

  private static int lastUsed(int[] week) {
    int last = 0;
    for (int w : week) {
      last = Math.max(last, w + 1);
    }
    return last;
  }
}
