package dev.leverage.planning;

import dev.leverage.activity.Activity;
import dev.leverage.activity.ActivityOutput;
import dev.leverage.unit.Effort;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Plans at budgets far past a week, run in a JVM of its own with a small heap by {@link
 * PlannerAtScaleTest}: the planner's memory is bounded by its table limit whatever the budget, so a
 * DAG of requirements at a billion minutes, and the frontier of a 100,000,000-hour budget, plan in
 * a heap that one number per budget minute would overflow many times over. Prints one line per
 * plan: its output, whether it is exact, and how many steps its frontier has.
 */
final class HugeBudgets {
  private HugeBudgets() {}

  public static void main(String[] args) {
    long budget = Long.parseLong(args[0]);
    Random random = new Random(3);
    List<ActivityOutput> dag = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      Activity.Builder activity =
          Activity.builder()
              .id(String.format("a%02d", i))
              .by("m")
              .time(Effort.ofMinutes(budget / 200 + (long) (random.nextDouble() * budget / 20)));
      if (i > 0 && random.nextBoolean()) {
        for (int k = 0; k < 1 + random.nextInt(3); k++) {
          activity.requires(String.format("a%02d", random.nextInt(i)));
        }
      }
      Activity built = activity.build();
      dag.add(new ActivityOutput(built, built.hours(), 1 + random.nextInt(100), List.of()));
    }
    Plan plan =
        Planner.builder()
            .budget(Effort.ofMinutes(budget))
            .maxSearchNodes(200)
            .build()
            .plan("m", dag);
    Frontier frontier = plan.frontier();
    System.out.printf(
        "dag at %d minutes: output %s, exact %s, %d activities, frontier %d points%n",
        budget, plan.output(), plan.exact(), plan.activities().size(), frontier.points().size());
  }
}
