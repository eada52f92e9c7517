package dev.leverage.planning;

import dev.leverage.InvalidModelException;
import dev.leverage.Problem;
import dev.leverage.activity.ActivityOutput;
import dev.leverage.unit.Effort;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The plan of one week (§7) for a {@link Planner}: fixed activities first, then the best set of the
 * others within the hours they leave, by the cheapest exact method that applies (everything that
 * fits, a core knapsack without requirements, else the branch and bound of {@link Optimum}), in
 * execution order.
 */
final class SingleWeek {
  private SingleWeek() {}

  /**
   * Plans {@code candidates} of {@code manager} within {@code budget} with {@code planner}'s
   * settings; a problem with the budget is reported at {@code budgetPath}.
   */
  static Plan plan(
      Planner planner,
      String manager,
      Effort budget,
      String budgetPath,
      List<ActivityOutput> candidates) {
    Commitments commitments = Commitments.of(candidates);
    long fullBudget = Math.round(budget.minutes());
    Problem over = commitments.overBudget(manager, fullBudget, budgetPath);
    if (over != null) {
      throw new InvalidModelException(List.of(over));
    }
    Candidates c = Candidates.of(commitments.free);
    long budgetMinutes = fullBudget - commitments.fixedMinutes;
    long total = 0;
    for (int minutes : c.minutes) {
      total += minutes;
    }
    long capacity = Math.min(budgetMinutes, total);
    BitSet eligible = new BitSet(c.n);
    long eligibleMinutes = 0;
    for (int i = 0; i < c.n; i++) {
      if (c.closureMinutes[i] <= capacity) {
        eligible.set(i);
        eligibleMinutes += c.minutes[i];
      }
    }
    BitSet chosen = null;
    Optimum optimum = null;
    if (eligibleMinutes <= capacity) {
      chosen =
          BestClosure.of(
              c,
              eligible,
              c.primary(planner.foundationFirst()),
              c.secondary(planner.foundationFirst()));
    } else if (!planner.foundationFirst() && c.independent) {
      chosen = CoreKnapsack.solve(c, capacity, planner.maxTableCells());
    }
    if (chosen == null) {
      optimum =
          Optimum.find(
              c,
              capacity,
              planner.foundationFirst(),
              planner.maxSearchNodes(),
              planner.maxTableCells(),
              true);
      chosen = optimum.chosen;
    }
    boolean exact = optimum == null || optimum.exact;
    List<PlannedActivity> planned = new ArrayList<>();
    long cumulative = 0;
    for (ActivityOutput fixed : commitments.fixed) {
      int minutes = Candidates.minutes(fixed.hours());
      cumulative += minutes;
      planned.add(new PlannedActivity(fixed, minutes, cumulative));
    }
    BitSet done = chosen;
    for (int i : ExecutionOrder.of(c, done::get, i -> c.items.get(i).leverage())) {
      cumulative += c.minutes[i];
      planned.add(
          new PlannedActivity(commitments.originalOf(c.items.get(i)), c.minutes[i], cumulative));
    }
    return Plan.builder()
        .manager(manager)
        .budget(budget)
        .foundationFirst(planner.foundationFirst())
        .activities(planned)
        .exact(exact)
        .gap(exact ? 0 : optimum.gap(capacity))
        .solution(
            new Solution(
                c,
                budgetMinutes,
                capacity,
                planner.foundationFirst(),
                planner.maxSearchNodes(),
                planner.maxTableCells(),
                chosen,
                exact,
                optimum))
        .build();
  }
}
