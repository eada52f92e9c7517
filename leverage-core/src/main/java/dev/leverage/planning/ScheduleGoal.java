package dev.leverage.planning;

/**
 * What a search for a several-weeks schedule maximizes: an objective over the first {@code weeks}
 * weeks of a {@link ScheduleProblem}, with the candidates that may be done at all, and optionally a
 * second value (the side value) held at or above a floor. Shares its arrays, which must not change;
 * immutable otherwise.
 */
final class ScheduleGoal {
  final ScheduleProblem problem;
  final int weeks;

  /** Per candidate and week, at {@code i * problem.weeks + w}. */
  final double[] objective;

  /** Like {@link #objective}, or null when no side value is held. */
  final double[] side;

  final double floor;
  final boolean[] movable;

  private ScheduleGoal(
      ScheduleProblem problem,
      int weeks,
      double[] objective,
      boolean[] movable,
      double[] side,
      double floor) {
    this.problem = problem;
    this.weeks = weeks;
    this.objective = objective;
    this.movable = movable;
    this.side = side;
    this.floor = floor;
  }

  /**
   * {@return the goal of maximizing {@code objective} within the first {@code weeks} weeks of
   * {@code problem}, doing only the {@code movable} candidates}
   */
  static ScheduleGoal maximize(
      ScheduleProblem problem, double[] objective, int weeks, boolean[] movable) {
    return new ScheduleGoal(problem, weeks, objective, movable, null, 0);
  }

  /** {@return this goal with {@code side} (like the objective) held at least at {@code floor}} */
  ScheduleGoal holding(double[] side, double floor) {
    return new ScheduleGoal(problem, weeks, objective, movable, side, floor);
  }
}
