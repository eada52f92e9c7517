package dev.leverage.planning;

/**
 * The obviously correct several-weeks scheduler: every assignment of a week (or none) to every
 * candidate, kept when it is feasible; the best by output, or by foundation output and then output.
 * For up to about 8 candidates and 3 weeks.
 */
final class ScheduleBruteForce {
  private final ScheduleProblem problem;
  private final boolean foundationFirst;
  private final int[] week;
  int[] best;
  double bestOutput = Double.NEGATIVE_INFINITY;
  double bestFoundation = Double.NEGATIVE_INFINITY;

  private ScheduleBruteForce(ScheduleProblem problem, boolean foundationFirst) {
    this.problem = problem;
    this.foundationFirst = foundationFirst;
    this.week = new int[problem.n];
  }

  static ScheduleBruteForce solve(ScheduleProblem problem, boolean foundationFirst) {
    ScheduleBruteForce brute = new ScheduleBruteForce(problem, foundationFirst);
    brute.assign(0);
    return brute;
  }

  private void assign(int k) {
    if (k == problem.n) {
      if (problem.isFeasible(week)) {
        double output = problem.output(week);
        double foundation = problem.foundationOutput(week);
        boolean better =
            foundationFirst
                ? foundation > bestFoundation + 1e-9
                    || (foundation >= bestFoundation - 1e-9 && output > bestOutput + 1e-9)
                : output > bestOutput + 1e-9;
        if (better) {
          bestOutput = output;
          bestFoundation = foundation;
          best = week.clone();
        }
      }
      return;
    }
    for (int w = -1; w < problem.weeks; w++) {
      week[k] = w;
      assign(k + 1);
    }
  }
}
