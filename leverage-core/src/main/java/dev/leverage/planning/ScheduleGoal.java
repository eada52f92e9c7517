package dev.leverage.planning;

/**
 * What a search for a several-weeks schedule maximizes: an objective over the first {@code weeks}
 * weeks of a {@link ScheduleProblem}, with the candidates that may be done at all, and optionally a
 * second value (the side value) held at or above a floor. Shares its arrays, which must not change.
 *
 * @param objective per candidate and week, at {@code i * problem.weeks + w}
 * @param movable the candidates that may be done at all
 * @param side like {@code objective}, or null when no side value is held
 * @param floor the least side value (when there is one)
 */
record ScheduleGoal(
    ScheduleProblem problem,
    int weeks,
    double[] objective,
    boolean[] movable,
    double[] side,
    double floor) {

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
